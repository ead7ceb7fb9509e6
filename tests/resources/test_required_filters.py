"""A list the API answers only with one of its filters (`x-required-one-of`) is refused before
anything is sent, by the resource method and by the endpoint function alike."""

from __future__ import annotations

import datetime
import importlib
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from mocked_api import BASE_URL
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ConfigurationError, ServiceTitanClient
from servicetitan_crm._document import Operation
from servicetitan_crm.generated.document import DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from codegen.resource_names import read_names  # noqa: E402

NAMES = read_names(ROOT / "openapi" / "sources" / "resource_names.tsv")
REQUIRING = [operation for operation in DOCUMENT.operations if operation.required_one_of]
A_TIME = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
EMPTY_PAGE = {"page": 1, "pageSize": 50, "hasMore": False, "totalCount": None, "data": []}


def resource_method(st: ServiceTitanClient, operation: Operation) -> Any:
    name = NAMES[operation.operation_id]
    target: Any = st
    for part in name.resource.split("."):
        target = getattr(target, part)
    return getattr(target, name.method)


def endpoint(operation: Operation) -> Any:
    package = "servicetitan_crm.generated.api"
    return importlib.import_module(f"{package}.{operation.package}.{operation.module}")


def path_arguments(operation: Operation) -> list[object]:
    return [
        uuid.UUID(int=1) if parameter.type.kind == "uuid" else 1
        for parameter in operation.parameters
        if parameter.location == "path"
    ]


def refusal(operation: Operation) -> str:
    by_name = {p.name: p.attribute for p in operation.parameters}
    attributes = [by_name[name] for name in operation.required_one_of]
    return f"at least one of these filters: {', '.join(attributes)}"


def api_requests(httpx2_mock: HTTPXMock) -> list[str]:
    return [str(r.url) for r in httpx2_mock.get_requests() if str(r.url).startswith(BASE_URL)]


def test_the_document_names_operations_that_require_a_filter() -> None:
    assert REQUIRING
    for operation in REQUIRING:
        query = {p.name for p in operation.parameters if p.location == "query"}
        assert set(operation.required_one_of) <= query, operation.operation_id


@pytest.mark.parametrize("operation", REQUIRING, ids=lambda operation: operation.operation_id)
async def test_the_resource_method_refuses_a_call_without_any_of_them(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock, operation: Operation
) -> None:
    method = resource_method(mocked, operation)

    with pytest.raises(ConfigurationError, match=refusal(operation)):
        method(*path_arguments(operation))
    assert api_requests(httpx2_mock) == []


@pytest.mark.parametrize("operation", REQUIRING, ids=lambda operation: operation.operation_id)
async def test_the_endpoint_function_refuses_a_call_without_any_of_them(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock, operation: Operation
) -> None:
    with pytest.raises(ConfigurationError, match=refusal(operation)):
        await endpoint(operation).asyncio(*path_arguments(operation), client=mocked)
    assert api_requests(httpx2_mock) == []


@pytest.mark.parametrize("operation", REQUIRING, ids=lambda operation: operation.operation_id)
@pytest.mark.parametrize("layer", ["resource", "endpoint"])
async def test_each_required_filter_alone_is_enough(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock, operation: Operation, layer: str
) -> None:
    httpx2_mock.add_response(json=EMPTY_PAGE, is_reusable=True)
    by_name = {p.name: p for p in operation.parameters}
    for name in operation.required_one_of:
        parameter = by_name[name]
        value: object = "1,2" if parameter.type.kind == "string" else A_TIME
        arguments = {parameter.attribute: value}
        if layer == "resource":
            call = resource_method(mocked, operation)(*path_arguments(operation), **arguments)
            await call
        else:
            await endpoint(operation).asyncio(
                *path_arguments(operation), client=mocked, **arguments
            )
        assert name in str(api_requests(httpx2_mock)[-1]), name
