"""`servicetitan-crm schema`: every table's columns, their types in each database, and the
document property each comes from, as aligned text or as Markdown."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal

from ._schema import POSTGRESQL, SQLITE, SqlColumn
from ._tables import Column, Table

__all__ = ["ReferenceFormat", "render_reference"]

ReferenceFormat = Literal["text", "markdown"]
_HEADER = ("column", "SQLite", "PostgreSQL", "from the document")
# What the columns the sync adds hold (the property column of the reference).
_OWN_COLUMNS = {
    "tenant": "the tenant the record belongs to",
    "version": "modifiedOn as sent, to 100 ns (the upsert compares it)",
    "_state": "active, inactive, deleted, merged or unknown",
    "_unfit": "the properties whose value did not fit their column (NULL in it)",
    "record": "the record as the server sent it",
    "_synced_at": "when the row was last committed",
    "parent_id": "the id of the record the item belongs to",
    "position": "the item's index in the array, from 0",
}


def _describe(column: Column) -> str:
    return f"{column.source} ({column.type})"


def _lines(columns: Sequence[SqlColumn], sources: dict[str, Column]) -> list[tuple[str, ...]]:
    lines: list[tuple[str, ...]] = []
    for column in columns:
        source = sources.get(column.name)
        origin = _describe(source) if source is not None else _OWN_COLUMNS.get(column.name, "")
        sqlite = SQLITE.type_of(column.kind) if column.name != "version" else "-"
        lines.append((column.name, sqlite, POSTGRESQL.type_of(column.kind), origin))
    return lines


def _tables(table: Table) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    sources = {column.name: column for column in table.columns}
    title = f"{table.name} (GET {table.operation.path}, {table.schema}; view {table.view})"
    yield title, _lines(POSTGRESQL.row_columns(table), sources)
    for child in table.children:
        child_sources = {column.name: column for column in child.columns}
        title = f"{child.name} (items of {table.name}.{child.wire}, {child.source})"
        yield title, _lines(POSTGRESQL.child_columns(child), child_sources)


def _markdown(title: str, lines: list[tuple[str, ...]]) -> list[str]:
    out = [f"### {title}", "", "| " + " | ".join(_HEADER) + " |", "|---" * len(_HEADER) + "|"]
    out += ["| " + " | ".join((f"`{line[0]}`", *line[1:])) + " |" for line in lines]
    return [*out, ""]


def _text(title: str, lines: list[tuple[str, ...]]) -> list[str]:
    rows = [_HEADER, *lines]
    widths = [max(len(row[index]) for row in rows) for index in range(len(_HEADER) - 1)]
    out = [title]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.append("  " + "  ".join([*cells, row[-1]]).rstrip())
    return [*out, ""]


def render_reference(tables: Sequence[Table], style: ReferenceFormat) -> str:
    """The column reference of the feeds' tables (`tables_of(document)`, or each feed's layout)."""
    render = _markdown if style == "markdown" else _text
    out: list[str] = []
    if style == "markdown" and tables:
        out += [
            "# The sync's tables",
            "",
            "Printed by `servicetitan-crm schema --format markdown` from the OpenAPI document "
            f"(version {tables[0].version}); do not edit: `scripts/generate.py` writes it again "
            "after a document change.",
            "",
        ]
    for table in tables:
        for title, lines in _tables(table):
            out += render(title, lines)
    return "\n".join(out).rstrip() + "\n"
