"""The simulator routes exactly the document's operations, and answers only what it documents.

Each test hands the simulator a model changed as a new export would change it (an operation
removed or added, a property removed, enum values removed, a sort order no longer offered) and
sees the change served. Every case is derived from the document, operation by operation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from servicetitan_crm._document import Document, EnumSchema, Operation
from servicetitan_crm.generated.document import DOCUMENT
from servicetitan_crm_simulator import Simulator
from servicetitan_crm_simulator._config import GENERIC_RECORDS

from .document_requests import parameter_value, request_of, required_body

# A literal segment no documented path has: an operation added at a path ending in it.
ADDED_SEGMENT = "simulator-added"

Served = Callable[[Document], Any]


def without_operation(document: Document, operation_id: str) -> Document:
    kept = tuple(op for op in document.operations if op.operation_id != operation_id)
    return dataclasses.replace(document, operations=kept)


def with_added_copy(document: Document, operation: Operation) -> tuple[Document, Operation]:
    """`document` with a copy of `operation` at its path plus a new literal segment."""
    added = dataclasses.replace(
        operation,
        operation_id=f"{operation.operation_id}SimulatorAdded",
        path=f"{operation.path}/{ADDED_SEGMENT}",
    )
    return dataclasses.replace(document, operations=(*document.operations, added)), added


def with_enum(document: Document, enum: EnumSchema) -> Document:
    enums = tuple(enum if other.name == enum.name else other for other in document.enums)
    return dataclasses.replace(document, enums=enums)


def record_schema(document: Document, operation: Operation) -> str | None:
    """The schema of the records `operation` answers: a list's or feed's item, else its body."""
    if operation.item is not None:
        return operation.item
    response = operation.response
    return response.ref if response is not None and response.kind == "object" else None


def records_of(operation: Operation, body: Any) -> list[dict[str, Any]]:
    if operation.kind in ("list", "export"):
        records: list[dict[str, Any]] = body["data"]
        return records
    return [body] if isinstance(body, dict) else []


def property_names(document: Document, schema_name: str) -> set[str]:
    return {prop.name for prop in document.schema(schema_name).properties}


def of_kind(*kinds: str) -> list[Operation]:
    return [op for op in DOCUMENT.operations if op.kind in kinds]


def ids(operations: list[Operation]) -> list[str]:
    return [op.operation_id for op in operations]


def over_kind(kind: str) -> pytest.MarkDecorator:
    """Parametrize a test over the document's operations of `kind`."""
    return pytest.mark.parametrize("operation", of_kind(kind), ids=ids(of_kind(kind)))


async def served_with_added_copy(
    served: Served, operation: Operation
) -> tuple[Simulator, httpx2.AsyncClient, Operation]:
    """A client of a simulator whose document has a copy of `operation` at a new path."""
    document, added = with_added_copy(DOCUMENT, operation)
    simulator, api = await served(document)
    return simulator, api, added


# --- routes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("operation", DOCUMENT.operations, ids=ids(list(DOCUMENT.operations)))
async def test_an_operation_the_document_no_longer_has_is_not_served(
    served: Served, operation: Operation
) -> None:
    document = without_operation(DOCUMENT, operation.operation_id)
    simulator, api = await served(document)
    method, path, body = request_of(DOCUMENT, operation)

    response = await api.request(method, path, json=body)

    # Answered as any path no operation has, or by a remaining operation whose template takes
    # it (`/contacts/contact-methods` is then `/contacts/{id}` with a malformed id).
    assert response.status_code in (400, 404, 405), response.text
    if response.status_code == 405:
        assert method not in response.headers["allow"]
    assert simulator.stats.operations[operation.operation_id] == 0


@over_kind("list")
async def test_a_literal_segment_wins_over_a_parameter_segment(
    served: Served, operation: Operation
) -> None:
    simulator, api, added = await served_with_added_copy(served, operation)
    method, path, _ = request_of(DOCUMENT, added)

    answered = await api.get(path)
    other_method = await api.delete(path.split("?")[0])

    assert answered.status_code == 200, answered.text
    assert simulator.stats.operations[added.operation_id] == 1
    assert other_method.status_code == 405
    assert other_method.headers["allow"] == method


@over_kind("list")
async def test_an_added_list_is_paged_with_records_of_its_item_schema(
    served: Served, operation: Operation
) -> None:
    _, api, added = await served_with_added_copy(served, operation)
    _, path, _ = request_of(DOCUMENT, added)
    joiner = "&" if "?" in path else "?"
    size = GENERIC_RECORDS // 3

    first = (await api.get(f"{path}{joiner}pageSize={size}&includeTotal=true")).json()
    last_page = -(-GENERIC_RECORDS // size)
    last = (await api.get(f"{path}{joiner}pageSize={size}&page={last_page}")).json()

    assert (first["page"], first["pageSize"], first["hasMore"]) == (1, size, True)
    assert first["totalCount"] == GENERIC_RECORDS
    assert (last["hasMore"], last["totalCount"]) == (False, None)
    assert len(last["data"]) == GENERIC_RECORDS - (last_page - 1) * size
    assert added.item is not None
    for record in first["data"] + last["data"]:
        assert set(record) == property_names(DOCUMENT, added.item)


@over_kind("export")
async def test_an_added_export_feed_is_followed_to_its_end(
    served: Served, operation: Operation
) -> None:
    simulator, api, added = await served_with_added_copy(served, operation)
    simulator.config.export_batch_size = GENERIC_RECORDS // 3
    _, path, _ = request_of(DOCUMENT, added)
    records: list[dict[str, Any]] = []
    token = None

    for _ in range(GENERIC_RECORDS + 1):
        query = "" if token is None else f"?from={token}"
        batch = (await api.get(path + query)).json()
        records += batch["data"]
        token = batch["continueFrom"]
        if not batch["hasMore"]:
            break
    again = (await api.get(f"{path}?from={token}")).json()

    assert len(records) == GENERIC_RECORDS
    assert len({record["id"] for record in records}) == GENERIC_RECORDS
    assert (again["data"], again["hasMore"]) == ([], False)
    assert added.item is not None
    assert all(set(record) == property_names(DOCUMENT, added.item) for record in records)


@over_kind("call")
async def test_an_added_call_answers_its_documented_status_and_body(
    served: Served, operation: Operation
) -> None:
    _, api, added = await served_with_added_copy(served, operation)
    method, path, body = request_of(DOCUMENT, added)

    response = await api.request(method, path, json=body)

    assert response.status_code == added.status, response.text
    schema = record_schema(DOCUMENT, added)
    if added.response is None:
        assert response.content == b""
    elif schema is not None:
        answer = response.json()
        assert set(answer) == property_names(DOCUMENT, schema)
        path_id = next((p for p in added.parameters if p.name == "id"), None)
        if path_id is not None and "id" in answer:
            assert str(answer["id"]) == parameter_value(DOCUMENT, path_id.type)


async def test_an_added_call_refuses_a_body_without_what_its_schema_requires(
    served: Served,
) -> None:
    requiring = [
        op
        for op in of_kind("call")
        if op.body is not None and required_body(DOCUMENT, op.body) and op.body_required
    ]
    assert requiring
    for operation in requiring:
        document, added = with_added_copy(DOCUMENT, operation)
        _, api = await served(document)
        method, path, body = request_of(DOCUMENT, added)

        response = await api.request(method, path, json={})

        assert response.status_code == 400, (operation.operation_id, response.text)
        assert set(response.json()["errors"]) >= set(body)


# --- answers ---------------------------------------------------------------------------------
def answering_records(document: Document) -> list[Operation]:
    """Operations whose seeded answer carries records, reached without a record's id."""
    return [
        op
        for op in document.operations
        if record_schema(document, op) is not None and op.method == "get" and "{" not in op.path
    ]


ANSWERING = answering_records(DOCUMENT)


async def seeded_records(
    served: Served, document: Document, operation: Operation
) -> list[dict[str, Any]]:
    _, api = await served(document)
    method, path, _ = request_of(document, operation)
    if operation.kind == "export":
        path = path.split("?")[0] + "?includeRecentChanges=true"
    response = await api.request(method, path)
    assert response.status_code == 200, response.text
    return records_of(operation, response.json())


@pytest.mark.parametrize("operation", ANSWERING, ids=ids(ANSWERING))
async def test_a_property_the_document_no_longer_has_is_not_sent(
    served: Served, operation: Operation
) -> None:
    schema_name = record_schema(DOCUMENT, operation)
    assert schema_name is not None
    schema = DOCUMENT.schema(schema_name)
    kept = tuple(prop for prop in schema.properties if prop.name == "id" or prop.required)
    narrowed = dataclasses.replace(schema, properties=kept or schema.properties[:1])
    document = dataclasses.replace(
        DOCUMENT,
        objects=tuple(narrowed if s.name == schema_name else s for s in DOCUMENT.objects),
    )

    records = await seeded_records(served, document, operation)

    for record in records:
        assert set(record) == {prop.name for prop in narrowed.properties}


def enum_properties(document: Document, schema_name: str) -> list[tuple[str, EnumSchema]]:
    return [
        (prop.name, document.enum(prop.type.ref))
        for prop in document.schema(schema_name).properties
        if prop.type.kind == "enum" and prop.type.ref is not None
    ]


WITH_ENUMS = [
    op
    for op in ANSWERING
    if enum_properties(DOCUMENT, record_schema(DOCUMENT, op) or "")
    and op.kind in ("list", "export")
]


@pytest.mark.parametrize("operation", WITH_ENUMS, ids=ids(WITH_ENUMS))
async def test_a_seeded_record_carries_only_enum_values_the_document_lists(
    served: Served, operation: Operation
) -> None:
    schema_name = record_schema(DOCUMENT, operation)
    assert schema_name is not None
    before = await seeded_records(served, DOCUMENT, operation)
    assert before
    first = before[0]
    document = DOCUMENT
    left: dict[str, Any] = {}
    for name, enum in enum_properties(DOCUMENT, schema_name):
        # One value stays, another than the first record's where there is one to choose.
        others = [value for value in enum.values if value != first[name]] or list(enum.values)
        document = with_enum(document, dataclasses.replace(enum, values=(others[-1],)))
        left[name] = others[-1]

    after = await seeded_records(served, document, operation)

    assert len(after) == len(before)
    for record in after:
        for name, value in left.items():
            assert record[name] in (value, None)
    unchanged = [name for name in first if name not in left]
    for old, new in zip(before, after, strict=True):
        assert [old[name] for name in unchanged] == [new[name] for name in unchanged]
    if any(first[name] not in (value, None) for name, value in left.items()):
        assert after[0] != first


SORTED_LISTS = [
    op
    for op in of_kind("list")
    if "{" not in op.path and any(p.name == "sort" and p.type.ref for p in op.parameters)
]


@pytest.mark.parametrize("operation", SORTED_LISTS, ids=ids(SORTED_LISTS))
async def test_a_sort_order_the_document_no_longer_lists_is_refused(
    served: Served, operation: Operation
) -> None:
    sort = next(p for p in operation.parameters if p.name == "sort")
    assert sort.type.ref is not None
    offered = DOCUMENT.enum(sort.type.ref)
    narrowed = EnumSchema(f"{offered.name}SimulatorNarrowed", "Narrowed", offered.values[:-1])
    narrowed_sort = dataclasses.replace(
        sort, type=dataclasses.replace(sort.type, ref=narrowed.name)
    )
    changed = dataclasses.replace(
        operation,
        parameters=tuple(narrowed_sort if p is sort else p for p in operation.parameters),
    )
    document = dataclasses.replace(
        DOCUMENT,
        operations=tuple(changed if op is operation else op for op in DOCUMENT.operations),
        enums=(*DOCUMENT.enums, narrowed),
    )
    _, api = await served(document)
    _, path, _ = request_of(document, changed)
    joiner = "&" if "?" in path else "?"

    still = await api.get(f"{path}{joiner}sort={str(offered.values[0]).replace('+', '%2B')}")
    dropped = await api.get(f"{path}{joiner}sort={str(offered.values[-1]).replace('+', '%2B')}")

    assert still.status_code == 200, still.text
    assert dropped.status_code == 400
    assert "sort" in dropped.json()["errors"]
