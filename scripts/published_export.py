"""Read ServiceTitan's published CRM v2 export into plain facts.

ServiceTitan publishes one OpenAPI 3.0.1 JSON per API. This module keeps only the facts the build
and the change report use: operations (method, path, parameters, request and response schema
names, documented error statuses) and schemas (properties with type, format, nullability, `$ref`
targets, required lists, enum values). Prose (`summary`, `description`) and `example` blocks are
accepted and dropped. Schema names stay the export's own (`Crm.V2.*`); mapping them to our names
is the build's job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Json = dict[str, Any]

REF_PREFIX = "#/components/schemas/"
# Keys of a property schema that are facts; everything else (description, example, ...) is prose.
PROPERTY_FACTS = ("type", "format", "nullable")


class ExportError(ValueError):
    """The file is not a CRM v2 export this importer understands; the message says where."""


@dataclass(frozen=True)
class Parameter:
    """One path or query parameter. `enum_ref` names an export enum schema when the parameter
    references one instead of stating a type."""

    name: str
    location: str
    type: str
    format: str | None
    required: bool
    enum_ref: str | None


@dataclass(frozen=True)
class Operation:
    """One operation: its 200 body is None (no body), {"ref": name}, {"type": "array", "items":
    {"ref": name}} or a scalar schema such as {"type": "integer", "format": "int64", ...}."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Parameter, ...]
    request_body: str | None
    request_body_required: bool
    response: Json | None
    error_statuses: tuple[str, ...]


@dataclass(frozen=True)
class Export:
    """Operations in the export's order; schemas by export name, in the export's order."""

    operations: tuple[Operation, ...]
    schemas: dict[str, Json]


def ref_name(ref: str, where: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise ExportError(f"{where}: $ref {ref!r} does not point into components/schemas")
    return ref[len(REF_PREFIX) :]


def unwrap_ref(schema: Json, where: str) -> str | None:
    """The target of a plain `$ref` or of a one-element `oneOf` / `allOf` wrapper (the export
    wraps a `$ref` that carries nullability or a description), else None."""
    if "$ref" in schema:
        return ref_name(schema["$ref"], where)
    for wrapper in ("oneOf", "allOf", "anyOf"):
        wrapped = schema.get(wrapper)
        if wrapped is not None:
            if len(wrapped) != 1 or "$ref" not in wrapped[0]:
                raise ExportError(f"{where}: {wrapper} is read only as a wrapper of one $ref")
            return ref_name(wrapped[0]["$ref"], where)
    return None


def value_schema(schema: Json, where: str) -> Json:
    """A property, array item or map value as facts: {"ref": X} or type/format/nullable, with
    `items` and `additionalProperties` read the same way."""
    target = unwrap_ref(schema, where)
    facts: Json = {}
    if target is not None:
        facts["ref"] = target
    elif "type" not in schema and schema:
        raise ExportError(f"{where}: a property needs a type or a $ref")
    for key in PROPERTY_FACTS:
        if key in schema:
            facts[key] = schema[key]
    if "items" in schema:
        facts["items"] = value_schema(schema["items"], f"{where}.items")
    if "additionalProperties" in schema:
        extra = schema["additionalProperties"]
        facts["additionalProperties"] = (
            value_schema(extra, f"{where}.additionalProperties") if isinstance(extra, dict) else {}
        )
    return facts


def schema_facts(name: str, schema: Json) -> Json:
    """An enum (values plus x-enumNames) or an object (required list and properties)."""
    if "enum" in schema:
        facts: Json = {"kind": "enum", "type": schema["type"], "enum": list(schema["enum"])}
        if "x-enumNames" in schema:
            facts["x-enumNames"] = list(schema["x-enumNames"])
        return facts
    if schema.get("type") != "object":
        raise ExportError(f"schema {name}: only objects and enums are expected")
    return {
        "kind": "object",
        "required": list(schema.get("required", [])),
        "properties": {
            prop: value_schema(spec, f"{name}.{prop}")
            for prop, spec in schema.get("properties", {}).items()
        },
    }


def parameter_facts(parameter: Json, where: str) -> Parameter:
    schema = parameter.get("schema", {})
    enum_ref = unwrap_ref(schema, where)
    return Parameter(
        name=parameter["name"],
        location=parameter["in"],
        type="string" if enum_ref else schema["type"],
        format=schema.get("format"),
        required=bool(parameter.get("required")),
        enum_ref=enum_ref,
    )


def response_facts(response: Json, where: str) -> Json | None:
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    return value_schema(schema, where)


def body_name(operation: Json, where: str) -> str | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    schema = body.get("content", {}).get("application/json", {}).get("schema", {})
    target = unwrap_ref(schema, f"{where} requestBody")
    if target is None:
        raise ExportError(f"{where}: a request body must reference a named schema")
    return target


def operation_facts(method: str, path: str, operation: Json, shared: list[Json]) -> Operation:
    where = operation.get("operationId") or f"{method.upper()} {path}"
    if "operationId" not in operation:
        raise ExportError(f"{where}: every operation needs an operationId")
    statuses = sorted(operation.get("responses", {}), key=str)
    if "200" not in statuses:
        raise ExportError(f"{where}: no 200 response")
    tags = operation.get("tags") or [operation["operationId"].split("_", 1)[0]]
    return Operation(
        operation_id=operation["operationId"],
        method=method.upper(),
        path=path,
        tag=tags[0],
        parameters=tuple(
            parameter_facts(parameter, f"{where} parameter {parameter.get('name')}")
            for parameter in merged_parameters(shared, operation.get("parameters", []))
        ),
        request_body=body_name(operation, where),
        request_body_required=bool(operation.get("requestBody", {}).get("required")),
        response=response_facts(operation["responses"]["200"], f"{where} 200"),
        error_statuses=tuple(status for status in statuses if status != "200"),
    )


def merged_parameters(shared: list[Json], own: list[Json]) -> list[Json]:
    """Parameters listed on the path item apply to each of its operations, unless the operation
    lists one with the same name and location."""
    overridden = {(p.get("in"), p.get("name")) for p in own}
    return [p for p in shared if (p.get("in"), p.get("name")) not in overridden] + own


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def parse_export(document: Json) -> Export:
    """Facts of an already parsed export document."""
    if not str(document.get("openapi", "")).startswith("3."):
        raise ExportError("not an OpenAPI 3 document (no `openapi: 3.x` field)")
    operations = [
        operation_facts(method, path, operation, item.get("parameters", []))
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
    seen: set[str] = set()
    for found in operations:
        if found.operation_id in seen:
            raise ExportError(f"operationId {found.operation_id} appears twice")
        seen.add(found.operation_id)
    schemas = document.get("components", {}).get("schemas", {})
    return Export(
        operations=tuple(operations),
        schemas={name: schema_facts(name, schema) for name, schema in schemas.items()},
    )


def load_export(path: Path) -> Export:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ExportError(f"{path}: not JSON ({error})") from error
    if not isinstance(document, dict):
        raise ExportError(f"{path}: the top level is not an object")
    return parse_export(document)
