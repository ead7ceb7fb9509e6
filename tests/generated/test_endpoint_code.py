"""What each endpoint returns and how it checks its arguments, decided in
`scripts/codegen/endpoint_code.py`, stated on the document's raw operations."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from openapi_python_client.strings import snake_case

from .conftest import DOCUMENT

RAW: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = RAW["components"]["schemas"]
SCALARS = {"integer": "int", "number": "float", "string": "str", "boolean": "bool"}


# By the generator's Python name of the operationId (`BookingProviderTags_GetList` ->
# `booking_provider_tags_get_list`).
BY_ID = {
    snake_case(operation["operationId"]): operation
    for item in RAW["paths"].values()
    for method, operation in item.items()
    if method != "parameters"
}


def raw_operation(endpoint: Any) -> dict[str, Any]:
    return BY_ID[endpoint.name]


def expected_return(operation: dict[str, Any]) -> str:
    content = operation["responses"]["200"].get("content")
    if content is None:
        return "None"
    schema = content["application/json"]["schema"]
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema["type"] == "array":
        return f"list[{schema['items']['$ref'].rsplit('/', 1)[-1]}]"
    scalar = SCALARS[schema["type"]]
    return f"{scalar} | None" if schema.get("nullable") else scalar


def expected_check(parameter: dict[str, Any]) -> str:
    schema = parameter["schema"]
    if "$ref" in schema or "allOf" in schema:
        kind = "enum"
    else:
        kind = {"date-time": "date-time", "uuid": "uuid"}.get(schema.get("format"), schema["type"])
    if parameter["in"] == "path":
        return {"integer": "path_integer", "uuid": "path_uuid"}.get(kind, "path_text")
    return {
        "enum": "query_enum",
        "date-time": "timestamp",
        "integer": "integer",
        "boolean": "boolean",
        "number": "number",
        "uuid": "uuid",
    }.get(kind, "text")


def endpoints(project: Any) -> list[Any]:
    return [
        endpoint
        for collection in project.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]


def test_every_endpoint_returns_its_documented_success_body(project: Any) -> None:
    success_type = project.env.globals["success_type"]
    found = {(e.method, e.path): success_type(e) for e in endpoints(project)}
    expected = {(e.method, e.path): expected_return(raw_operation(e)) for e in endpoints(project)}
    assert found == expected
    assert len(found) == len(BY_ID)


@pytest.mark.parametrize("location", ["path", "query"])
def test_every_argument_is_checked_by_the_function_for_its_type(
    project: Any, location: str
) -> None:
    argument_check = project.env.globals["argument_check"]
    checked = 0
    for endpoint in endpoints(project):
        raw = {
            parameter["name"]: parameter
            for parameter in raw_operation(endpoint).get("parameters", [])
            if parameter["in"] == location
        }
        parsed = endpoint.path_parameters if location == "path" else endpoint.query_parameters
        for parameter in parsed:
            expected = expected_check(raw[parameter.name.get_untrusted_value()])
            assert argument_check(parameter, location) == expected, (endpoint.path, parameter.name)
            checked += 1
    assert checked > 0
