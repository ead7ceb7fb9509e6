"""The sync's tables, derived from the document: one per export feed, one per array in it.

Nothing here is a hand-kept list: `tables_of(document)` reads the export operations
(`Document.of_kind("export")`), their record schemas, and walks each property:

- a scalar (integer, number, boolean, string, enum, date-time, date, uuid) is a typed column
  named by the property in snake_case (`createdOn` -> `created_on`);
- an object is flattened: its properties are columns prefixed with its name (`address_city`),
  to any depth;
- an array is a child table `<table>_<array>` keyed by (tenant, parent_id, position), whose
  columns are the item's (flattened the same way) or `value` for an array of scalars; an array
  inside an array item, a map and an untyped value are a JSON column;
- the table's name comes from the export path: `/export/customers/contacts` ->
  `customer_contacts` (every segment but the last singular, joined with `_`).

The values are pure descriptions (no SQL): `_schema` spells them for each database, `_rows`
reads records into them, `_reference` prints them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Literal

from .._document import Document, Operation, Type

__all__ = [
    "ChildTable",
    "Column",
    "ColumnKind",
    "Table",
    "snake_case",
    "table_for",
    "tables_of",
]

ColumnKind = Literal["int", "number", "bool", "text", "timestamp", "date", "uuid", "json"]

_SCALAR_KINDS: dict[str, ColumnKind] = {
    "integer": "int",
    "number": "number",
    "boolean": "bool",
    "string": "text",
    "enum": "text",
    "date-time": "timestamp",
    "date": "date",
    "uuid": "uuid",
}
# Where `export` starts a feed's path: `/export/customers` is the customers feed.
_EXPORT_SEGMENT = "export"
# The record properties every export record has: the key and the version.
ID_PROPERTY = "id"
MODIFIED_PROPERTY = "modifiedOn"
ACTIVE_PROPERTY = "active"
MERGED_PROPERTY = "mergedToId"
# Columns the sync adds to every feed table and child table; no property may take their names.
TABLE_RESERVED = frozenset({"tenant", "version", "record", "_state", "_synced_at", "_unfit"})
CHILD_RESERVED = frozenset({"tenant", "parent_id", "position"})


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """A typed column: its SQL name, where its value is in the record, its kind.

    `path` is the wire names from the record (or, in a child table, from the array item) down
    to the value; an empty path is the item itself (an array of scalars). `source` is the
    document's name for it (`ExportCustomerResponse.address.city`), `type` the document's type
    (`int64`, `CustomerType`, `decimal`).
    """

    name: str
    path: tuple[str, ...]
    kind: ColumnKind
    source: str
    type: str
    # An integer column's width in bits (int32 or int64); a wider value does not fit.
    bits: int = 64

    @property
    def wire(self) -> str:
        """`address.city`: how messages name the property."""
        return ".".join(self.path)


@dataclasses.dataclass(frozen=True, slots=True)
class ChildTable:
    """An array of the record: one row per item, keyed by (tenant, parent_id, position)."""

    name: str
    path: tuple[str, ...]
    source: str
    columns: tuple[Column, ...]

    @property
    def wire(self) -> str:
        return ".".join(self.path)


@dataclasses.dataclass(frozen=True, slots=True)
class Table:
    """A feed's table: its typed columns (`id` and `modified_on` first), its child tables."""

    name: str
    operation: Operation
    schema: str
    columns: tuple[Column, ...]
    children: tuple[ChildTable, ...]
    # Indexed besides the primary key: `modified_on` and the columns that refer to a record of
    # another feed (`customer_id`, `location_id`, ...).
    indexed: tuple[str, ...]
    # Whether the API deletes these records (a DELETE on the feed's resource): then an inactive
    # record is a deleted one.
    deletable: bool
    # The document the table was derived from.
    digest: str
    version: str

    @property
    def merges(self) -> bool:
        """Whether records carry `mergedToId` (customers and locations)."""
        return any(column.path == (MERGED_PROPERTY,) for column in self.columns)

    @property
    def has_active(self) -> bool:
        return any(column.path == (ACTIVE_PROPERTY,) for column in self.columns)

    @property
    def view(self) -> str:
        """The view of the current records: neither deleted nor merged."""
        return f"{self.name}_current"


def snake_case(name: str) -> str:
    """`createdOn` -> `created_on`, `tagTypeIds` -> `tag_type_ids`, `URLPath` -> `url_path`."""
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", spaced)
    return re.sub(r"[^0-9a-zA-Z]+", "_", spaced).strip("_").lower()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _feed_segments(operation: Operation) -> list[str]:
    segments = [segment for segment in operation.path.split("/") if segment]
    if not segments or segments[0] != _EXPORT_SEGMENT or len(segments) < 2:
        raise ValueError(f"{operation.route} is not an export path (/{_EXPORT_SEGMENT}/...)")
    return segments[1:]


def table_name(operation: Operation) -> str:
    """`/export/customers/contacts` -> `customer_contacts`; `/export/leads` -> `leads`."""
    segments = _feed_segments(operation)
    words = [_singular(segment) for segment in segments[:-1]] + [segments[-1]]
    return snake_case("_".join(words))


def _deletable(document: Document, operation: Operation) -> bool:
    """Whether a DELETE acts on the feed's resource: `/customers/{id}/contacts/{contactId}`
    for `/export/customers/contacts` (the same path once its parameters are left out)."""
    resource = _feed_segments(operation)
    for candidate in document.operations:
        if candidate.method != "delete":
            continue
        segments = [s for s in candidate.path.split("/") if s and not s.startswith("{")]
        if segments == resource:
            return True
    return False


class _Walk:
    """Columns and child tables of one record schema, found depth first in document order."""

    def __init__(self, document: Document, table: str) -> None:
        self.document = document
        self.table = table
        self.children: list[ChildTable] = []

    def columns(
        self, schema: str, path: tuple[str, ...], source: str, *, arrays: bool
    ) -> Iterator[Column]:
        for prop in self.document.schema(schema).properties:
            where = f"{source}.{prop.name}"
            yield from self.property((*path, prop.name), where, prop.type, arrays)

    def property(
        self, path: tuple[str, ...], source: str, kind: Type, arrays: bool
    ) -> Iterator[Column]:
        name = snake_case("_".join(path)) or "value"
        scalar = _SCALAR_KINDS.get(kind.kind)
        if scalar is not None:
            bits = 32 if kind.format == "int32" else 64
            yield Column(name, path, scalar, source, kind.describe(), bits)
        elif kind.kind == "object" and kind.ref is not None:
            yield from self.columns(kind.ref, path, source, arrays=arrays)
        elif kind.kind == "array" and kind.items is not None and arrays:
            item = _Walk(self.document, self.table)
            columns = tuple(item.property((), f"{source}[]", kind.items, arrays=False))
            child = ChildTable(f"{self.table}_{name}", path, source, columns)
            self.children.append(child)
        else:
            # A map, an untyped value, or an array inside an array item: its JSON.
            yield Column(name, path, "json", source, kind.describe())


def table_for(document: Document, operation: Operation) -> Table:
    """The table of one export operation of `document`."""
    if operation.item is None:
        raise ValueError(f"{operation.route} names no record schema")
    name = table_name(operation)
    walk = _Walk(document, name)
    columns = list(walk.columns(operation.item, (), operation.item, arrays=True))
    for key in (MODIFIED_PROPERTY, ID_PROPERTY):
        found = [column for column in columns if column.path == (key,)]
        if not found:
            raise ValueError(f"{operation.item} has no {key!r}: it cannot be a feed's record")
        columns.remove(found[0])
        columns.insert(0, found[0])
    _check_names(name, [column.name for column in columns], TABLE_RESERVED)
    for child in walk.children:
        _check_names(child.name, [column.name for column in child.columns], CHILD_RESERVED)
    references = {f"{_singular(table_name(op))}_id" for op in document.of_kind("export")}
    references |= {f"{table_name(op)}_id" for op in document.of_kind("export")}
    indexed = ["modified_on"] + [
        column.name for column in columns if column.kind == "int" and column.name in references
    ]
    return Table(
        name=name,
        operation=operation,
        schema=operation.item,
        columns=tuple(columns),
        children=tuple(walk.children),
        indexed=tuple(indexed),
        deletable=_deletable(document, operation),
        digest=document.digest,
        version=document.version,
    )


def _check_names(table: str, names: list[str], reserved: frozenset[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen or name in reserved:
            raise ValueError(
                f"{table}: two properties, or a property and a column the sync adds, are both "
                f"column {name!r}"
            )
        seen.add(name)


def tables_of(document: Document) -> tuple[Table, ...]:
    """Every export feed's table, in the document's order."""
    return tuple(table_for(document, operation) for operation in document.of_kind("export"))
