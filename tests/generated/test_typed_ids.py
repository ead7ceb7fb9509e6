"""A record's own id is typed non-optional, and a record without it is refused by name.

Which schemas carry a typed id is read from openapi/openapi.yaml (`id` required and not nullable);
every operation answering such records is walked on both layers.
"""

from __future__ import annotations

import copy
import typing
import uuid
from typing import Any

import pytest
from pytest_httpx2 import HTTPXMock

import servicetitan_crm.generated.models as generated_models
from servicetitan_crm import ResponseDecodeError, ServiceTitanClient

from .operation_calls import (
    OPERATIONS,
    SCHEMAS,
    answer_with,
    call_endpoint,
    call_resource,
    endpoint_of,
    resolved,
)


def has_typed_id(name: str) -> bool:
    schema = SCHEMAS[name]
    identifier = schema.get("properties", {}).get("id")
    return (
        identifier is not None
        and "id" in schema.get("required", ())
        and not identifier.get("nullable")
    )


TYPED = sorted(name for name in SCHEMAS if has_typed_id(name))
# Schemas the server sends: every property but the typed id may be null.
TOLERANT = [
    name
    for name in TYPED
    if all(prop.get("nullable") for key, prop in SCHEMAS[name]["properties"].items() if key != "id")
]


def reference(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def wrapped(schema: dict[str, Any], record: dict[str, Any]) -> tuple[str | None, Any]:
    """(the record schema an operation answers with, a body carrying `record` in its place)."""
    documented = resolved(schema)
    if "allOf" in documented:  # a page or an export batch
        envelope, items = documented["allOf"]
        name = reference(items["properties"]["data"]["items"])
        if reference(envelope) == "PageEnvelope":
            return name, {"page": 1, "pageSize": 50, "hasMore": False, "data": [record]}
        return name, {"hasMore": False, "continueFrom": "t", "data": [record]}
    if documented.get("type") == "array":
        return reference(documented["items"]), [record]
    return reference(schema), record


def record_operations() -> list[str]:
    return sorted(
        operation_id
        for operation_id, (_, schema) in OPERATIONS.items()
        if schema is not None and wrapped(schema, {})[0] in TYPED
    )


def test_the_document_types_the_id_of_every_record_the_server_sends() -> None:
    assert TOLERANT
    for name in TOLERANT:
        hints = typing.get_type_hints(getattr(generated_models, name))
        assert hints["id"] in (int, uuid.UUID, str), name


@pytest.mark.parametrize("name", TOLERANT)
def test_a_record_without_its_id_or_with_a_null_one_is_refused_naming_the_field(
    name: str,
) -> None:
    model = getattr(generated_models, name)
    with pytest.raises(KeyError, match=rf"{name}\.id is missing"):
        model.from_dict({})
    with pytest.raises(TypeError, match=rf"{name}\.id is null"):
        model.from_dict({"id": None})
    with pytest.raises((TypeError, ValueError), match=rf"{name}\.id"):
        model.from_dict({"id": [1]})


@pytest.mark.parametrize("name", TOLERANT)
def test_a_record_with_its_id_and_nothing_else_decodes(name: str) -> None:
    model = getattr(generated_models, name)
    kind = typing.get_type_hints(model)["id"]
    wire = {int: 12, uuid.UUID: "6a1c4b6e-0f45-4b8e-9c39-8f1e1a3b7d21", str: "e-1"}[kind]
    record = model.from_dict({"id": wire})
    assert record.id == kind(wire)
    assert isinstance(record.id, kind)


@pytest.mark.parametrize("operation_id", record_operations())
async def test_an_answer_whose_record_lacks_its_id_names_the_operation_and_the_field(
    operation_id: str, st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    _, schema = OPERATIONS[operation_id]
    assert schema is not None
    name, _ = wrapped(schema, {})
    assert name is not None
    # Another documented property, so the body is recognisably a record of its schema.
    other = next(key for key in SCHEMAS[name]["properties"] if key != "id")
    operation = endpoint_of(operation_id).OPERATION

    for record in ({other: None}, {"id": None, other: None}):
        _, body = wrapped(schema, record)
        answer_with(httpx2_mock, copy.deepcopy(body))
        for call in (call_endpoint, call_resource):
            with pytest.raises(ResponseDecodeError) as raised:
                await call(st, operation_id)
            assert raised.value.operation == operation
            assert f"{name}.id is" in str(raised.value)
