"""Read `openapi/openapi.yaml` into `servicetitan_crm._document.Document`: one typed model.

Every rule that turns the document's JSON into facts lives here: how an `allOf` wrapper, a
nullable `$ref`, a page or an export envelope is recognised, and which Python names the generated
SDK gives each schema, property and parameter (openapi-python-client's own naming functions, so the
names always agree with the generated code).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Literal, cast

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from servicetitan_crm._document import (
    Document,
    EnumSchema,
    Kind,
    ObjectSchema,
    Operation,
    OperationKind,
    Parameter,
    Property,
    Type,
)

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "patch", "delete")
SCHEMA_PREFIX = "#/components/schemas/"
PARAMETER_PREFIX = "#/components/parameters/"
# openapi-python-client's `field_prefix` default: what it puts before a name that is not an
# identifier (generator-config.yml does not change it).
FIELD_PREFIX = "field_"
# The envelopes that make an operation a paged list or an export feed (see openapi/DECISIONS.md).
PAGE_ENVELOPE = "PageEnvelope"
EXPORT_ENVELOPE = "ExportEnvelope"
RECORDS_PROPERTY = "data"
# The operation extension naming query parameters of which at least one is required.
REQUIRED_ONE_OF = "x-required-one-of"
# Formats of `type: string` that the SDK converts to another Python type.
STRING_KINDS: dict[str | None, Kind] = {"date-time": "date-time", "date": "date", "uuid": "uuid"}


class DocumentError(ValueError):
    """The document has a shape this model does not know; names where."""


def ref_name(ref: str, where: str) -> str:
    if not ref.startswith(SCHEMA_PREFIX):
        raise DocumentError(f"{where}: unsupported $ref {ref!r}")
    return ref[len(SCHEMA_PREFIX) :]


def referenced(schema: Json) -> str | None:
    """The schema a `$ref` or a one-member `allOf` (a nullable or described `$ref`) points at."""
    if "$ref" in schema:
        return cast(str, schema["$ref"])
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and "$ref" in parts[0]:
        return cast(str, parts[0]["$ref"])
    return None


class Reader:
    """Reads one document; `read()` returns its model."""

    def __init__(self, document: Json, digest: str) -> None:
        self.document = document
        self.digest = digest
        self.schemas: dict[str, Json] = document.get("components", {}).get("schemas", {})

    def read(self) -> Document:
        info = self.document.get("info", {})
        objects, enums = [], []
        for name in self.schemas:
            if self.is_enum(name):
                enums.append(self.enum_schema(name))
            else:
                objects.append(self.object_schema(name))
        return Document(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            digest=self.digest,
            operations=tuple(self.operations()),
            objects=tuple(objects),
            enums=tuple(enums),
        )

    # Schemas

    def is_enum(self, name: str) -> bool:
        return "enum" in self.schemas[name]

    def enum_schema(self, name: str) -> EnumSchema:
        values = tuple(self.schemas[name]["enum"])
        return EnumSchema(name=name, model=ClassName(name, ""), values=values)

    def parts(self, name: str, schema: Json) -> list[Json]:
        """The object parts of a schema: itself, or each member of its `allOf`, refs followed."""
        if "allOf" not in schema:
            return [schema]
        found: list[Json] = []
        for member in schema["allOf"]:
            ref = member.get("$ref")
            if ref is not None:
                target = ref_name(ref, name)
                found.extend(self.parts(target, self.schemas[target]))
            else:
                found.extend(self.parts(name, member))
        return found

    def object_schema(self, name: str) -> ObjectSchema:
        properties: dict[str, Property] = {}
        open_ = True
        for part in self.parts(name, self.schemas[name]):
            required = set(part.get("required", ()))
            for wire, prop in part.get("properties", {}).items():
                properties[wire] = Property(
                    name=wire,
                    attribute=PythonIdentifier(wire, FIELD_PREFIX),
                    type=self.type_of(prop, f"{name}.{wire}"),
                    required=wire in required,
                    nullable=bool(prop.get("nullable", False)),
                )
            if part.get("additionalProperties") is False:
                open_ = False
        return ObjectSchema(
            name=name,
            model=ClassName(name, ""),
            properties=tuple(properties.values()),
            open=open_,
        )

    def type_of(self, schema: Json, where: str) -> Type:
        ref = referenced(schema)
        if ref is not None:
            target = ref_name(ref, where)
            if target not in self.schemas:
                raise DocumentError(f"{where}: $ref to a missing schema {target!r}")
            return Type("enum" if self.is_enum(target) else "object", ref=target)
        kind = schema.get("type")
        form = schema.get("format")
        if kind == "array":
            return Type("array", items=self.type_of(schema.get("items", {}), f"{where}[]"))
        if kind == "object" or (kind is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties")
            values = self.type_of(extra, f"{where}{{}}") if isinstance(extra, dict) else None
            return Type("map", items=values)
        if kind == "string":
            return Type(
                STRING_KINDS.get(form, "string"),
                format=form,
                values=tuple(schema.get("enum", ())),
                pattern=schema.get("pattern"),
            )
        if kind in ("integer", "number", "boolean"):
            return Type(kind, format=form)
        if kind is None:
            return Type("any")
        raise DocumentError(f"{where}: unsupported type {kind!r}")

    # Operations

    def operations(self) -> list[Operation]:
        found = []
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    found.append(self.operation(path, method, item[method], shared))
        return found

    def parameter(self, entry: Json, where: str) -> Parameter:
        if "$ref" in entry:
            raise DocumentError(f"{where}: parameter references are not supported")
        location = entry["in"]
        if location not in ("path", "query"):
            raise DocumentError(f"{where}: parameter {entry['name']!r} in {location!r}")
        schema = entry.get("schema", {})
        return Parameter(
            name=entry["name"],
            attribute=PythonIdentifier(entry["name"], FIELD_PREFIX),
            location=cast(Literal["path", "query"], location),
            type=self.type_of(schema, f"{where} {entry['name']}"),
            required=bool(entry.get("required", location == "path")),
            minimum=schema.get("minimum"),
            maximum=schema.get("maximum"),
        )

    def success(self, operation: Json, where: str) -> tuple[int, Type | None, bool]:
        statuses = sorted(code for code in operation.get("responses", {}) if code.startswith("2"))
        if not statuses:
            raise DocumentError(f"{where}: no success response")
        response = operation["responses"][statuses[0]]
        content = response.get("content", {})
        media = content.get("application/json") or next(iter(content.values()), None)
        if media is None or "schema" not in media:
            return int(statuses[0]), None, False
        schema = media["schema"]
        nullable = bool(schema.get("nullable", False))
        return int(statuses[0]), self.type_of(schema, f"{where} response"), nullable

    def kind_of(self, response: Type | None) -> tuple[OperationKind, str | None]:
        """A paged list or an export feed by its answer's envelope, and its record schema."""
        if response is None or response.kind != "object" or response.ref is None:
            return "call", None
        wrapper = self.schemas[response.ref]
        envelopes = {
            ref_name(member["$ref"], response.ref)
            for member in wrapper.get("allOf", [])
            if "$ref" in member
        }
        records = self.object_schema(response.ref)
        data = [p for p in records.properties if p.name == RECORDS_PROPERTY]
        item = data[0].type.items if data and data[0].type.kind == "array" else None
        record = item.ref if item is not None and item.kind == "object" else None
        if PAGE_ENVELOPE in envelopes:
            return "list", record
        if EXPORT_ENVELOPE in envelopes:
            return "export", record
        return "call", None

    def operation(self, path: str, method: str, operation: Json, shared: list[Json]) -> Operation:
        operation_id = operation["operationId"]
        where = f"{operation_id} ({method.upper()} {path})"
        parameters = [
            self.parameter(entry, where) for entry in [*shared, *operation.get("parameters", [])]
        ]
        body = operation.get("requestBody")
        body_schema = None
        if body is not None:
            media = body.get("content", {}).get("application/json", {})
            ref = referenced(media.get("schema", {}))
            body_schema = ref_name(ref, where) if ref is not None else None
        status, response, response_nullable = self.success(operation, where)
        kind, item = self.kind_of(response)
        tag = operation.get("tags", ["default"])[0]
        scopes = [
            scope
            for requirement in operation.get("security", [])
            for scope in requirement.get("oauth2", [])
        ]
        return Operation(
            operation_id=operation_id,
            tag=tag,
            method=method,
            path=path,
            kind=kind,
            package=snake_case(tag),
            module=PythonIdentifier(operation_id, FIELD_PREFIX),
            parameters=tuple(parameters),
            body=body_schema,
            body_required=bool(body is not None and body.get("required", False)),
            status=status,
            response=response,
            response_nullable=response_nullable,
            item=item,
            scopes=tuple(scopes),
            required_one_of=tuple(operation.get(REQUIRED_ONE_OF, ())),
        )


def document_of(data: bytes, where: str) -> Document:
    """The model of the document whose bytes are `data` (`where` names it in errors)."""
    loaded = yaml.safe_load(data)
    if not isinstance(loaded, dict):
        raise DocumentError(f"{where}: not an OpenAPI document")
    return Reader(loaded, hashlib.sha256(data).hexdigest()).read()


def read_document(path: Path) -> Document:
    """The model of the document at `path`."""
    return document_of(path.read_bytes(), str(path))
