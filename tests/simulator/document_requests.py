"""Requests every documented check of an operation accepts, built from the document model."""

from __future__ import annotations

import re
from typing import Any

from servicetitan_crm._document import Document, Operation, Type

# A path parameter's value that names no seeded record and passes any documented type check.
_VALUE_BY_KIND = {
    "integer": "7",
    "number": "7.5",
    "boolean": "true",
    "date-time": "2020-01-01T00:00:00Z",
    "date": "2020-01-01",
    "uuid": "6f1c8a2e-0d4b-4b7e-9a51-2c3d4e5f6a7b",
}
_PATH_PARAMETER = re.compile(r"\{(\w+)\}")


def parameter_value(document: Document, type_: Type) -> str:
    """A value of a parameter of `type_` that its documented checks accept."""
    if type_.values:
        return type_.values[0]
    if type_.kind == "enum" and type_.ref is not None:
        return str(document.enum(type_.ref).values[0])
    return _VALUE_BY_KIND.get(type_.kind, "x")


def json_value(document: Document, type_: Type) -> Any:
    """A JSON value of `type_` with every property its schemas require."""
    match type_.kind:
        case "object" if type_.ref is not None:
            return required_body(document, type_.ref)
        case "array":
            return []
        case "map" | "object" | "any":
            return {}
        case "integer":
            return 7
        case "number":
            return 7.5
        case "boolean":
            return True
        case _:
            return parameter_value(document, type_)


def required_body(document: Document, schema_name: str) -> dict[str, Any]:
    schema = document.schema(schema_name)
    return {
        prop.name: json_value(document, prop.type) for prop in schema.properties if prop.required
    }


def request_of(document: Document, operation: Operation) -> tuple[str, str, Any]:
    """(method, path with query, body): a request every documented check of `operation` accepts."""
    values = {
        parameter.name: parameter_value(document, parameter.type)
        for parameter in operation.parameters
    }
    path = _PATH_PARAMETER.sub(lambda found: values[found.group(1)], operation.path)
    # Of the filters it requires one of, a lower time bound: it matches seeded records (modified
    # since 2020), ids and upper bounds may not.
    one_of = [p for p in operation.parameters if p.name in operation.required_one_of]
    one_of.sort(key=lambda p: (p.type.kind != "date-time", "after" not in p.name.lower()))
    query = [
        f"{parameter.name}={values[parameter.name]}"
        for parameter in operation.parameters
        if parameter.location == "query" and (parameter.required or parameter in one_of[:1])
    ]
    body = required_body(document, operation.body) if operation.body is not None else None
    return operation.method.upper(), path + ("?" + "&".join(query) if query else ""), body
