"""Every operation's success body is checked against its documented shape, on both layers.

Each operation with a documented JSON 200 body is called through its generated endpoint function
and through `st.<resource>.<method>` with bodies of the wrong JSON type, and each call must raise
`ResponseDecodeError` naming the operation.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ResponseDecodeError, ServiceTitanClient
from servicetitan_crm._envelope import checked_json

from .operation_calls import (
    OPERATIONS,
    WITH_BODY,
    answer_with,
    call_endpoint,
    call_resource,
    endpoint_modules,
    endpoint_of,
    resolved,
    route,
)


def wrong_bodies(schema: dict[str, Any]) -> list[Any]:
    """JSON bodies whose type is not the documented one."""
    documented = resolved(schema)
    # A page or export batch is an allOf of its envelope and its items.
    kind = documented.get("type", "object")
    candidates: dict[str, list[Any]] = {
        "object": ["42", 42, [42], True, 4.5],
        "array": ["42", {"id": 42}, 42, True, 4.5],
        "integer": ["42", {"id": 42}, [42], True, 4.5],
        "number": ["4.5", {"id": 42}, [42], True],
        "string": [42, {"id": 42}, [42], True],
        "boolean": ["true", 1, {"id": 42}, [42]],
    }
    bodies = list(candidates[kind])
    if not schema.get("nullable"):
        bodies.append(None)
    if kind == "array":
        items = resolved(documented["items"])
        item_kind = items.get("type", "object")
        bodies.append([candidates[item_kind][0]])
    return bodies


def test_every_operation_with_a_documented_body_is_walked() -> None:
    """The walk below covers every operation that documents a JSON 200 body; the others
    document none, and their endpoint functions return None."""
    assert WITH_BODY
    modules = endpoint_modules()
    assert {route(operation) for operation, _ in OPERATIONS.values()} == set(modules)


@pytest.mark.parametrize("operation_id", WITH_BODY)
async def test_a_wrong_json_type_is_a_decode_error_naming_the_operation(
    operation_id: str, st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    _, schema = OPERATIONS[operation_id]
    assert schema is not None
    operation = endpoint_of(operation_id).OPERATION

    for body in wrong_bodies(schema):
        answer_with(httpx2_mock, body)
        with pytest.raises(ResponseDecodeError) as raised:
            await call_endpoint(st, operation_id)
        assert raised.value.operation == operation, body

        with pytest.raises(ResponseDecodeError) as raised:
            await call_resource(st, operation_id)
        assert raised.value.operation == operation, body


def body_response(body: Any) -> httpx2.Response:
    return httpx2.Response(
        200,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        request=httpx2.Request("GET", "https://api.example.test/x"),
    )


@pytest.mark.parametrize(
    ("body", "expected", "items", "reason"),
    [
        ([1, "2"], "array", "integer", "item 1 is a string, not an integer"),
        ([1, True], "array", "integer", "item 1 is a boolean, not an integer"),
        (["a", None], "array", "string", "item 1 is null, not a string"),
        (4.5, "integer", "any", "the body is a number, not an integer"),
        (None, "integer", "any", "the body is null, not an integer"),
        ("1", "number", "any", "the body is a string, not a number"),
    ],
)
def test_scalar_shapes_name_what_is_wrong(
    body: Any, expected: Any, items: Any, reason: str
) -> None:
    with pytest.raises(ResponseDecodeError, match=reason) as raised:
        checked_json("GET /x", body_response(body), expected, items=items)
    assert raised.value.operation == "GET /x"


@pytest.mark.parametrize(
    ("body", "expected", "items", "nullable"),
    [
        ([1, 2], "array", "integer", False),
        ([], "array", "string", False),
        (None, "integer", "any", True),
        (7, "number", "any", False),
        (7.5, "number", "any", False),
        (False, "boolean", "any", False),
    ],
)
def test_documented_scalar_shapes_pass_unchanged(
    body: Any, expected: Any, items: Any, nullable: bool
) -> None:
    response = body_response(body)
    assert checked_json("GET /x", response, expected, items=items, nullable=nullable) == body
