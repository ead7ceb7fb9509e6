"""Every operation's success body is checked against its documented shape, on both layers.

The operations, their documented 200 bodies and their resource methods are read from
openapi/openapi.yaml and openapi/sources/resource_names.tsv; each operation is called through
its generated endpoint function and through `st.<resource>.<method>` with bodies of the wrong
JSON type, and each call must raise `ResponseDecodeError` naming the operation.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx2
import pytest
import yaml
from pytest_httpx2 import HTTPXMock

import servicetitan_crm.generated.api as api_package
from servicetitan_crm import ResponseDecodeError, ServiceTitanClient
from servicetitan_crm._envelope import checked_json
from servicetitan_crm.generated.types import Unset

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())
NAMES = ROOT / "openapi" / "sources" / "resource_names.tsv"
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
BOOKING_PROVIDER = 31


def documented_operations() -> dict[str, tuple[str, dict[str, Any] | None]]:
    """operationId -> ("METHOD /path", the documented JSON schema of its 200 body or None)."""
    found = {}
    for path, item in DOCUMENT["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                answer = item[method]["responses"]["200"]
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                found[item[method]["operationId"]] = (f"{method.upper()} {path}", schema)
    return found


OPERATIONS = documented_operations()
WITH_BODY = sorted(op for op, (_, schema) in OPERATIONS.items() if schema is not None)


def route(operation: str) -> str:
    """ "GET /customers/{id}/notes/{}" for "GET /customers/{id}/notes/{noteId}": the generated
    OPERATION names path parameters by their Python names."""
    return re.sub(r"\{[^}]*\}", "{}", operation)


def endpoint_modules() -> dict[str, types.ModuleType]:
    """Generated endpoint modules by the route of their OPERATION."""
    modules = {}
    for info in pkgutil.walk_packages(api_package.__path__, f"{api_package.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION"):
            modules[route(module.OPERATION)] = module
    return modules


def resource_methods() -> dict[str, tuple[str, str]]:
    """operationId -> (resource path on the client, method name)."""
    rows = [line.split("\t") for line in NAMES.read_text().splitlines()]
    return {row[0]: (row[1], row[2]) for row in rows if row[0] and not row[0].startswith("#")}


def resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a reference (or a nullable single-member allOf) stands for."""
    while "$ref" in schema or len(schema.get("allOf", ())) == 1:
        schema = (
            SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema["allOf"][0]
        )
    return schema


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


def sample(annotation: Any) -> Any:
    """A valid value of a parameter's annotation (request models built from their required
    fields), so a call reaches the server."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(annotation) if m not in (type(None), Unset)]
        return sample(members[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin is list:
        return [sample(typing.get_args(annotation)[0])]
    if origin is dict:
        return {}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if attrs.has(annotation):
        hints = typing.get_type_hints(annotation)
        required = {
            field.name: sample(hints[field.name])
            for field in attrs.fields(annotation)
            if field.init and field.default is attrs.NOTHING
        }
        return annotation(**required)
    simple: dict[Any, Any] = {
        int: 1,
        float: 1.5,
        bool: True,
        str: "x",
        uuid.UUID: uuid.UUID(int=1),
        datetime.datetime: datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        datetime.date: datetime.date(2024, 1, 1),
    }
    return simple[annotation]


def required_arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(function)
    positional, keywords = [], {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name in ("self", "client"):
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = sample(hints[name])
        else:
            positional.append(sample(hints[name]))
    return positional, keywords


async def outcome(call: Any) -> Any:
    """What a resource method's result gives: awaited, or its first item when it streams."""
    if inspect.isawaitable(call):
        return await call
    async for item in call:
        return item
    return None


def answer_with(httpx2_mock: HTTPXMock, body: Any) -> None:
    httpx2_mock.reset()
    httpx2_mock.add_response(
        url=httpx2.URL("https://auth.example.test/connect/token"),
        json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"},
        is_optional=True,
        is_reusable=True,
    )
    httpx2_mock.add_callback(
        lambda request: httpx2.Response(
            200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        ),
        is_reusable=True,
        is_optional=True,
    )


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
    operation, schema = OPERATIONS[operation_id]
    assert schema is not None
    endpoint = endpoint_modules()[route(operation)]
    resource_path, method_name = resource_methods()[operation_id]
    target: Any = st
    for part in resource_path.split("."):
        target = getattr(target, part)
        if part == "booking_provider":
            target = target(BOOKING_PROVIDER)
    method = getattr(target, method_name)

    for body in wrong_bodies(schema):
        answer_with(httpx2_mock, body)
        args, kwargs = required_arguments(endpoint.asyncio)
        with pytest.raises(ResponseDecodeError) as raised:
            await endpoint.asyncio(*args, client=st, **kwargs)
        assert raised.value.operation == endpoint.OPERATION, body

        args, kwargs = required_arguments(method)
        with pytest.raises(ResponseDecodeError) as raised:
            await outcome(method(*args, **kwargs))
        assert raised.value.operation == endpoint.OPERATION, body


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
