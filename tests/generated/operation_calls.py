"""Calling any operation of the document, on both layers, for tests that walk all of them.

The operations and their documented 200 bodies come from openapi/openapi.yaml, their resource
methods from openapi/sources/resource_names.tsv; arguments are built from the signatures.
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
import yaml
from pytest_httpx2 import HTTPXMock

import servicetitan_crm.generated.api as api_package
from servicetitan_crm import ServiceTitanClient
from servicetitan_crm.generated.document import DOCUMENT as FACTS
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


def required_arguments(
    function: Callable[..., Any], operation_id: str
) -> tuple[list[Any], dict[str, Any]]:
    """What a call needs: its required arguments, and the first filter of those the operation
    requires one of (`x-required-one-of`)."""
    hints = typing.get_type_hints(function)
    positional, keywords = [], {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name in ("self", "client"):
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = sample(hints[name])
        else:
            positional.append(sample(hints[name]))
    operation = FACTS.operation(operation_id)
    if operation.required_one_of:
        wire = operation.required_one_of[0]
        attribute = next(p.attribute for p in operation.parameters if p.name == wire)
        keywords[attribute] = sample(hints[attribute])
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


def resource_method(st: ServiceTitanClient, operation_id: str) -> Any:
    """The bound `st.<resource>.<method>` that calls the operation."""
    resource_path, method_name = resource_methods()[operation_id]
    target: Any = st
    for part in resource_path.split("."):
        target = getattr(target, part)
        if part == "booking_provider":
            target = target(BOOKING_PROVIDER)
    return getattr(target, method_name)


def endpoint_of(operation_id: str) -> types.ModuleType:
    operation, _ = OPERATIONS[operation_id]
    return endpoint_modules()[route(operation)]


async def call_endpoint(st: ServiceTitanClient, operation_id: str) -> Any:
    endpoint = endpoint_of(operation_id)
    args, kwargs = required_arguments(endpoint.asyncio, operation_id)
    return await endpoint.asyncio(*args, client=st, **kwargs)


async def call_resource(st: ServiceTitanClient, operation_id: str) -> Any:
    method = resource_method(st, operation_id)
    args, kwargs = required_arguments(method, operation_id)
    return await outcome(method(*args, **kwargs))
