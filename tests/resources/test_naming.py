"""Every operation of the document has exactly one resource method, which calls it with the same
types; a new operation gets an inferred name, and an explicit row overrides it."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import shutil
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._document import Operation, Parameter, Type
from servicetitan_crm.generated.document import DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "src" / "servicetitan_crm" / "generated"
sys.path.insert(0, str(ROOT / "scripts"))

from codegen.resource_names import (  # noqa: E402
    ResourceName,
    bound_parameters,
    complete_names,
    inferred_name,
    read_names,
)
from codegen.resource_options import PAGING_PARAMETERS  # noqa: E402

NAMES = read_names(ROOT / "openapi" / "sources" / "resource_names.tsv")
BOUND = bound_parameters(DOCUMENT, NAMES)


def resource_at(st: ServiceTitanClient, path: str) -> Any:
    target: Any = st
    for part in path.split("."):
        target = getattr(target, part)
        if part in BOUND:
            target = target(31)
    return target


def endpoint(operation: Operation) -> Any:
    package = "servicetitan_crm.generated.api"
    return importlib.import_module(f"{package}.{operation.package}.{operation.module}")


def test_the_naming_table_maps_every_operation_to_one_method_and_back() -> None:
    places = [(name.resource, name.method) for name in NAMES.values()]

    assert set(NAMES) == {operation.operation_id for operation in DOCUMENT.operations}
    assert len(set(places)) == len(places) == len(DOCUMENT.operations)


@pytest.mark.parametrize("operation", DOCUMENT.operations, ids=lambda op: op.operation_id)
def test_each_method_calls_its_operation_with_the_endpoint_types(operation: Operation) -> None:
    st = ServiceTitanClient(tenant=1, client_id="i", client_secret="s", app_key="k")
    name = NAMES[operation.operation_id]
    bound = getattr(resource_at(st, name.resource), name.method)
    function = endpoint(operation).asyncio
    ours, theirs = typing.get_type_hints(bound), typing.get_type_hints(function)

    assert f"{operation.module}.asyncio" in inspect.getsource(bound)
    assert bound.__doc__.startswith(name.summary)
    passed_on = [] if operation.kind == "export" else operation.query_parameters
    for parameter in passed_on:
        if operation.kind == "list" and parameter.name in PAGING_PARAMETERS:
            continue
        assert ours[parameter.attribute] == theirs[parameter.attribute], parameter.name
    if operation.kind == "call":
        assert ours["return"] == theirs["return"]


def test_an_operation_without_a_row_gets_an_inferred_one_and_a_row_overrides_it() -> None:
    operation = next(DOCUMENT.of_kind("list"))
    without = {key: row for key, row in NAMES.items() if key != operation.operation_id}

    rows, inferred = complete_names(DOCUMENT, without)
    assert [row.operation_id for row in inferred] == [operation.operation_id]
    assert len(rows) == len(DOCUMENT.operations)
    assert len({(row.resource, row.method) for row in rows}) == len(rows)

    rows, inferred = complete_names(DOCUMENT, NAMES)
    assert inferred == []
    assert NAMES[operation.operation_id] in rows


def a_path_parameter(name: str, kind: str = "integer") -> Parameter:
    return Parameter(name, name, "path", Type(kind), True)  # type: ignore[arg-type]


def an_operation(operation_id: str, method: str, path: str, kind: str = "call") -> Operation:
    names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    return Operation(
        operation_id=operation_id,
        tag=operation_id.partition("_")[0],
        method=method,
        path=path,
        kind=kind,  # type: ignore[arg-type]
        package="x",
        module="x",
        parameters=tuple(a_path_parameter(name) for name in names),
        body=None,
        body_required=False,
        status=200,
        response=None,
    )


@pytest.mark.parametrize(
    ("operation", "expected"),
    [
        (
            an_operation("Memberships_GetList", "get", "/memberships", "list"),
            ("memberships", "list", ()),
        ),
        (
            an_operation("Memberships_Get", "get", "/memberships/{id}"),
            ("memberships", "get", ("membership_id",)),
        ),
        (
            an_operation("Memberships_GetNotes", "get", "/memberships/{id}/notes", "list"),
            ("memberships.notes", "list", ("membership_id",)),
        ),
        (
            an_operation("Memberships_CancelMembership", "post", "/memberships/{id}/cancel"),
            ("memberships", "cancel", ("membership_id",)),
        ),
        (
            an_operation("Memberships_AddPerk", "put", "/memberships/{id}/perks/{perkId}"),
            ("memberships.perks", "add", ("membership_id", "perk_id")),
        ),
        (
            an_operation("ExportMemberships_Perks", "get", "/export/memberships/perks", "export"),
            ("exports", "membership_perks", ()),
        ),
        (
            an_operation(
                "Bookings_Archive",
                "post",
                "/booking-provider/{booking_provider}/bookings/{id}/archive",
            ),
            ("booking_provider.bookings", "archive", ("booking_id",)),
        ),
    ],
    ids=lambda value: value.operation_id if isinstance(value, Operation) else "",
)
def test_a_new_operation_is_named_from_its_path_and_operation_id(
    operation: Operation, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    name = inferred_name(operation, set(), BOUND)

    assert (name.resource, name.method, name.arguments) == expected
    assert operation.route in name.summary


def test_an_inferred_name_never_takes_a_place_already_named() -> None:
    operation = an_operation("Customers_GetArchived", "get", "/customers", "list")
    taken = {(row.resource, row.method) for row in NAMES.values()}

    name = inferred_name(operation, taken, BOUND)

    assert (name.resource, name.method) not in taken
    assert name == dataclasses.replace(name, resource="customers")


def test_the_drift_check_compares_the_resource_modules(tmp_path: Path) -> None:
    generate = importlib.import_module("generate")
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
    assert "render_from_model(document, fresh)" in inspect.getsource(generate.generate)


def test_rows_are_written_back_as_read() -> None:
    row = ResourceName("A_B", "a.b", "list", ("a_id",), "List the bs of an a.")
    assert row.row() == ["A_B", "a.b", "list", "a_id", "List the bs of an a."]
