"""Every operation has exactly one resource method, and the drift check covers the resources."""

from __future__ import annotations

import importlib.util
import inspect
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from servicetitan_crm import ServiceTitanClient

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "src" / "servicetitan_crm" / "generated"
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def script(name: str) -> ModuleType:
    # As when run as a script: its folder is on the path (generate.py imports scripts/codegen).
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def document_operation_ids() -> set[str]:
    document = yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def resource_at(st: ServiceTitanClient, path: str) -> Any:
    target: Any = st
    for part in path.split("."):
        target = getattr(target, part)
        if part == "booking_provider":
            target = target(31)
    return target


@pytest.fixture(scope="module")
def methods() -> list[Any]:
    """The emitter's reading of the naming table against the checked-in endpoint modules."""
    methods: list[Any] = script("emit_resources").read_methods(GENERATED)
    return methods


def test_the_naming_table_maps_every_operation_to_one_method_and_back(methods: list[Any]) -> None:
    operation_ids = [method.operation_id for method in methods]
    places = [(method.resource, method.name) for method in methods]

    assert len(operation_ids) == 86
    assert set(operation_ids) == document_operation_ids()
    assert len(set(operation_ids)) == len(operation_ids)
    assert len(set(places)) == len(places)


def test_every_method_of_the_table_is_on_the_client_and_calls_its_operation(
    methods: list[Any],
) -> None:
    st = ServiceTitanClient(tenant=1, client_id="i", client_secret="s", app_key="k")
    for method in methods:
        bound = getattr(resource_at(st, method.resource), method.name)
        function = method.endpoint.module.rsplit(".", 1)[1]
        assert f"{function}.asyncio" in inspect.getsource(bound), method.operation_id
        assert bound.__doc__.startswith(method.summary), method.operation_id


def test_the_drift_check_compares_the_resource_modules(tmp_path: Path) -> None:
    generate = script("generate")
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy / "resources" / "customers.py"
    edited.write_text(edited.read_text() + "\n# edited by hand\n")
    (copy / "resources" / "tags.py").unlink()

    assert generate.differences(GENERATED, copy) == [
        "differs: resources/customers.py",
        "missing from checked-in code: resources/tags.py",
    ]
    # ... and what the check compares against is a fresh build that includes them.
    assert "emit_resources_into(fresh)" in inspect.getsource(generate.main)
