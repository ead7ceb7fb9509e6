"""Models load per class on first use: importing the models package costs nothing per model.

Each check runs in a fresh interpreter, where nothing has imported a model yet.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import servicetitan_crm.generated.models as generated_models
import servicetitan_crm.models as models

MODELS_DIR = Path(generated_models.__file__).parent
MODEL_MODULES = sorted(path.stem for path in MODELS_DIR.glob("*.py") if path.stem != "__init__")
PREFIX = "servicetitan_crm.generated.models."


def loaded_after(program: str) -> list[str]:
    """The model modules loaded once `program` ran in a fresh interpreter."""
    report = (
        f"import sys, json\nprint(json.dumps([m for m in sys.modules if m.startswith({PREFIX!r})]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{program}\n{report}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return sorted(name.removeprefix(PREFIX) for name in json.loads(result.stdout))


@pytest.mark.parametrize(
    "program",
    ["import servicetitan_crm.models", "import servicetitan_crm.generated.models"],
)
def test_importing_the_models_package_loads_no_model(program: str) -> None:
    assert loaded_after(program) == []


def test_a_model_loads_its_own_module_and_what_it_refers_to_only() -> None:
    loaded = loaded_after("from servicetitan_crm.models import CustomerResponse")
    assert "customer_response" in loaded
    assert "customer_type" in loaded  # its `type` field
    assert "lead_response" not in loaded
    assert len(loaded) < len(MODEL_MODULES) // 4


def test_import_star_binds_every_model() -> None:
    namespace: dict[str, object] = {}
    exec("from servicetitan_crm.models import *", namespace)
    exported = {name for name in namespace if not name.startswith("__")}
    assert exported == set(models.__all__)
    assert len(exported) == len(MODEL_MODULES)
    assert all(isinstance(namespace[name], type) for name in exported)


def test_every_name_is_the_generated_class_and_is_listed_by_dir() -> None:
    for name in models.__all__:
        assert getattr(models, name) is getattr(generated_models, name)
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="CustomerRespons'"):
        models.CustomerRespons  # noqa: B018
    with pytest.raises(ImportError, match="CustomerRespons"):
        exec("from servicetitan_crm.models import CustomerRespons", {})
