"""Every operation of the export is in the document at its real method and path (relative to the
tenant server), with the real operationId, parameters, request body and 200 body."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from codegen.query_rules import SORT_PARAMETER
from spec_sources import TENANT_PREFIX, export_document, export_operations, schema_names, target

from servicetitan_crm.generated.document import DOCUMENT

OPERATIONS = export_operations()
OPERATION_OBJECTS = {
    operation["operationId"]: operation
    for item in export_document()["paths"].values()
    for operation in item.values()
}
NAMES = schema_names()
Operations = dict[str, tuple[str, str, dict[str, Any]]]

PAGED_PREFIX = "PaginatedResponse_Of_"
EXPORT_PREFIX = "ExportResponse_Of_"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def by_id(row: dict[str, str]) -> str:
    return row["operationId"]


def success_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    content = operation["responses"]["200"].get("content")
    if content is None:
        return None
    schema: dict[str, Any] = content["application/json"]["schema"]
    return schema


def schema_name(schema: dict[str, Any] | None) -> str:
    assert schema is not None
    return str(schema["$ref"]).rsplit("/", 1)[1]


def test_every_export_operation_is_in_the_document_once(operations_by_id: Operations) -> None:
    assert len(operations_by_id) == len(OPERATIONS) == len(DOCUMENT.operations)
    assert set(operations_by_id) == {row["operationId"] for row in OPERATIONS}


def test_operation_counts_per_tag(operations_by_id: Operations) -> None:
    tags = Counter(operation["tags"][0] for _, _, operation in operations_by_id.values())
    published = Counter(OPERATION_OBJECTS[row["operationId"]]["tags"][0] for row in OPERATIONS)
    assert tags == published == Counter(operation.tag for operation in DOCUMENT.operations)


def test_each_operation_is_tagged_with_its_controller(operations_by_id: Operations) -> None:
    for operation_id, (_, _, operation) in operations_by_id.items():
        assert operation["tags"] == [operation_id.split("_")[0]]


def test_counts_of_paged_lists_export_feeds_bare_arrays_and_empty_bodies(
    operations_by_id: Operations,
) -> None:
    schemas = [success_schema(op) for _, _, op in operations_by_id.values()]
    names = [schema_name(s) for s in schemas if s is not None and "$ref" in s]
    published = [row["response_200_schema"] for row in OPERATIONS]
    paged = sum(cell.startswith(PAGED_PREFIX) for cell in published)
    feeds = sum(cell.startswith(EXPORT_PREFIX) for cell in published)
    assert (
        sum(name.endswith("Page") for name in names) == paged == len(list(DOCUMENT.of_kind("list")))
    )
    assert sum(name.endswith("Batch") for name in names) == feeds
    assert feeds == len(list(DOCUMENT.of_kind("export")))
    bare_arrays = sum(cell.startswith("array<") for cell in published)
    assert sum(1 for s in schemas if s is not None and s.get("type") == "array") == bare_arrays
    assert schemas.count(None) == published.count("(no body)")


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_operation_sits_at_its_real_method_and_path(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    method, path, _ = operations_by_id[row["operationId"]]
    assert (method, TENANT_PREFIX + path) == (row["method"], row["path"])


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_path_parameters_have_the_real_types(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    """Integer ids are int64 (booking_provider too, see DECISIONS); contact-family ids are GUIDs."""
    operation = operations_by_id[row["operationId"]][2]
    documented = {
        p["name"]: p["schema"] for p in operation.get("parameters", []) if p["in"] == "path"
    }
    expected = {}
    for spec in row["path_params"].split(";"):
        name, kind = spec.split(":")
        if name == "tenant":
            continue
        if kind.startswith("integer") or name == "booking_provider":
            expected[name] = {"type": "integer", "format": "int64"}
        elif name in {"typeSlug", "preferenceName"}:
            expected[name] = {"type": "string"}
        else:
            expected[name] = {"type": "string", "format": "uuid"}
    assert documented == expected


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_every_query_parameter_is_there_and_optional(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    operation = operations_by_id[row["operationId"]][2]
    query = [p for p in operation.get("parameters", []) if p["in"] == "query"]
    expected = [] if row["query_params"] == "-" else row["query_params"].split(",")
    assert [p["name"] for p in query] == expected
    assert all(p["required"] is False for p in query)


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_query_parameter_types_follow_the_export(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    operation = operations_by_id[row["operationId"]][2]
    documented = {
        p["name"]: p["schema"] for p in operation.get("parameters", []) if p["in"] == "query"
    }
    for published in OPERATION_OBJECTS[row["operationId"]].get("parameters", []):
        if published["in"] != "query":
            continue
        schema = documented[published["name"]]
        enum = target(published["schema"])
        if published["name"] == SORT_PARAMETER:
            # A free string in the export; typed by our rule (tests/spec/test_query_rules.py).
            assert published["schema"]["type"] == "string"
            assert "$ref" in schema
        elif enum is not None:
            assert schema == ref(NAMES[enum])
        else:
            assert schema["type"] == published["schema"]["type"]
            fmt = published["schema"].get("format")
            assert schema.get("format") == {"guid": "uuid"}.get(fmt, fmt)


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_request_body_is_the_export_schema(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    operation = operations_by_id[row["operationId"]][2]
    if row["request_body_schema"] == "-":
        assert "requestBody" not in operation
        return
    body = operation["requestBody"]
    assert body["content"]["application/json"]["schema"] == ref(NAMES[row["request_body_schema"]])
    # The export marks no body required; document.yaml's request_bodies_required makes every
    # body required (the server refuses an empty one: DECISIONS.md, "Conformance").
    published = OPERATION_OBJECTS[row["operationId"]]["requestBody"]
    assert published.get("required") is not True
    assert body["required"] is True


@pytest.mark.parametrize("row", OPERATIONS, ids=by_id)
def test_success_body_is_the_export_schema(
    row: dict[str, str], operations_by_id: Operations
) -> None:
    schema = success_schema(operations_by_id[row["operationId"]][2])
    cell = row["response_200_schema"]
    if cell == "(no body)":
        assert schema is None
    elif cell.startswith("array<"):
        assert schema == {"type": "array", "items": ref(NAMES[cell[len("array<") : -1]])}
    elif cell == "integer|null":
        assert schema == {"type": "integer", "format": "int64", "nullable": True}
    else:
        assert schema == ref(NAMES[cell])


def test_update_booking_contact_echoes_the_request_model_as_documented(
    operations_by_id: Operations,
) -> None:
    operation = operations_by_id["Bookings_UpdateBookingContact"][2]
    request = operation["requestBody"]["content"]["application/json"]["schema"]
    assert success_schema(operation) == request == ref("UpdateBookingContactRequest")


def test_lead_dismiss_is_a_post_with_a_reason(operations_by_id: Operations) -> None:
    method, path, operation = operations_by_id["Leads_Dismiss"]
    assert (method, path) == ("POST", "/leads/{id}/dismiss")
    assert operation["requestBody"]["content"]["application/json"]["schema"] == ref(
        "DismissLeadRequest"
    )


def test_booking_provider_routes_are_rooted_below_the_tenant(operations_by_id: Operations) -> None:
    provider = [path for _, path, _ in operations_by_id.values() if "{booking_provider}" in path]
    published = [row for row in OPERATIONS if "{booking_provider}" in row["path"]]
    assert provider and len(provider) == len(published)
    assert all(
        path.startswith("/booking-provider/{booking_provider}/bookings") for path in provider
    )


def test_tag_types_route_from_the_hand_written_yaml_is_not_an_operation(
    operations_by_id: Operations,
) -> None:
    assert not any("tagtypes" in path for _, path, _ in operations_by_id.values())
