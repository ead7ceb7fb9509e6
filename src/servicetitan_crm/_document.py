"""The facts of the OpenAPI document, as typed values that code outside the generated SDK reads.

    from servicetitan_crm.generated.document import DOCUMENT

    for operation in DOCUMENT.operations: ...
    DOCUMENT.schema("ExportCustomerResponse").properties

`scripts/codegen` reads `openapi/openapi.yaml` once into these types and writes them out as
`servicetitan_crm.generated.document`; the simulator (which records it serves), the sync (which
tables and columns it keeps) and the tests (what they count) read them from there, so a property
or an operation added to the document reaches each of them with no hand edit. This module imports
nothing else of the package, so the generator can use it before any code is generated.

Only facts are kept: names, types, required/nullable, where a parameter goes; the document's prose
stays in the document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Literal

__all__ = [
    "Document",
    "EnumSchema",
    "Kind",
    "ObjectSchema",
    "Operation",
    "OperationKind",
    "Parameter",
    "Property",
    "Type",
]

# What a value is on the wire. Strings with a format the SDK converts get their own kind
# (`date-time`, `date`, `uuid`); `map` is an object with free keys (`additionalProperties`).
Kind = Literal[
    "integer",
    "number",
    "boolean",
    "string",
    "date-time",
    "date",
    "uuid",
    "enum",
    "object",
    "array",
    "map",
    "any",
]
# "list": a paged list (page/pageSize, a page envelope); "export": an export feed (from, a
# continuation envelope); "call": anything else.
OperationKind = Literal["list", "export", "call"]


@dataclasses.dataclass(frozen=True, slots=True)
class Type:
    """The type of a property, parameter or response body."""

    kind: Kind
    # The document's `format` as written (int32, int64, double, decimal, multiline, ...).
    format: str | None = None
    # The schema this refers to: an enum for kind "enum", an object for kind "object".
    ref: str | None = None
    # The item type of an array, or the value type of a map.
    items: Type | None = None
    # The values an inline `enum` allows (a schema-level enum is kind "enum" with `ref`).
    values: tuple[str, ...] = ()
    # A regular expression the value must match (the document's `pattern`).
    pattern: str | None = None

    def describe(self) -> str:
        """A short spelling for messages and reports: `int64`, `CustomerAddress`, `array of ...`."""
        if self.kind == "array" and self.items is not None:
            return f"array of {self.items.describe()}"
        if self.kind == "map" and self.items is not None:
            return f"map of {self.items.describe()}"
        if self.ref is not None:
            return self.ref
        return self.format or self.kind


@dataclasses.dataclass(frozen=True, slots=True)
class Property:
    """One property of an object schema."""

    name: str  # as on the wire (camelCase)
    attribute: str  # the attribute of the generated model (snake_case, `zip_` for `zip`)
    type: Type
    required: bool
    nullable: bool


@dataclasses.dataclass(frozen=True, slots=True)
class ObjectSchema:
    """An object schema: its properties in the document's order (`allOf` parts merged)."""

    name: str
    model: str  # the generated class, importable from `servicetitan_crm.models`
    properties: tuple[Property, ...]
    # Whether unknown properties are allowed (the generated model keeps them).
    open: bool = True

    def property(self, name: str) -> Property:
        """The property with this wire name; `KeyError` naming the schema when there is none."""
        for candidate in self.properties:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{self.name} has no property {name!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class EnumSchema:
    """An enum schema: its wire values in the document's order."""

    name: str
    model: str
    values: tuple[str, ...] | tuple[int, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Parameter:
    """A path or query parameter of an operation."""

    name: str  # as on the wire
    attribute: str  # the keyword argument of the generated endpoint function
    location: Literal["path", "query"]
    type: Type
    required: bool
    minimum: int | None = None
    maximum: int | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Operation:
    """One operation: where it is, what it takes, what it answers."""

    operation_id: str
    tag: str
    method: str  # lower case, as in the document
    path: str  # relative to the server URL (which carries the tenant)
    kind: OperationKind
    # The generated endpoint module: `servicetitan_crm.generated.api.<package>.<module>`.
    package: str
    module: str
    parameters: tuple[Parameter, ...]
    body: str | None  # the request body's schema
    body_required: bool
    status: int  # the documented success status
    response: Type | None  # the success body; None when it has none
    # Whether the success body may be JSON null (a bare nullable number, say).
    response_nullable: bool = False
    # The record schema of a list's pages or an export's batches.
    item: str | None = None
    scopes: tuple[str, ...] = ()
    # Query parameters (wire names) of which the API requires at least one
    # (`x-required-one-of` in the document).
    required_one_of: tuple[str, ...] = ()

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def route(self) -> str:
        """`GET /customers/{id}`: how messages and reports name the operation."""
        return f"{self.method.upper()} {self.path}"


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """Everything the document says that code outside the generated SDK needs."""

    title: str
    version: str  # `info.version`
    digest: str  # sha256 of openapi/openapi.yaml: changes whenever the document does
    operations: tuple[Operation, ...]
    objects: tuple[ObjectSchema, ...]
    enums: tuple[EnumSchema, ...]

    def operation(self, operation_id: str) -> Operation:
        """The operation with this id; `KeyError` naming it when the document has none."""
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(f"the document has no operation {operation_id!r}")

    def schema(self, name: str) -> ObjectSchema:
        """The object schema with this name; `KeyError` naming it when the document has none."""
        for schema in self.objects:
            if schema.name == name:
                return schema
        raise KeyError(f"the document has no object schema {name!r}")

    def enum(self, name: str) -> EnumSchema:
        for schema in self.enums:
            if schema.name == name:
                return schema
        raise KeyError(f"the document has no enum schema {name!r}")

    def of_kind(self, kind: OperationKind) -> Iterator[Operation]:
        """The operations of one kind (lists, exports or plain calls), in document order."""
        return (operation for operation in self.operations if operation.kind == kind)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(operation.tag for operation in self.operations))
