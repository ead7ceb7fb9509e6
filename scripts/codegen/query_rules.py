"""Rules the document states about query parameters beyond their types (openapi/DECISIONS.md).

- `sort`: the API reads `+Field` (ascending) or `-Field` (descending). Which fields an operation
  sorts by follows from its filters: `Id` always, `CreatedOn` where it filters on the creation
  time, `ModifiedOn` where it filters on the modification time. Each distinct field set becomes
  one enum schema (`SortByIdCreatedOnModifiedOn`), so the SDK types the value and a misspelt
  field is a type error.
- `x-required-one-of`: the query parameters of which the API requires at least one, per
  operation, from `openapi/sources/required_filters.tsv`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Json = dict[str, Any]

SORT_PARAMETER = "sort"
# Each sort field, and the filters whose presence on an operation means the API sorts by it
# (an empty tuple: every operation with `sort` sorts by it).
SORT_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Id", ()),
    ("CreatedOn", ("createdBefore", "createdOnOrAfter")),
    ("ModifiedOn", ("modifiedBefore", "modifiedOnOrAfter")),
)
SORT_DIRECTIONS = (("+", "ASCENDING"), ("-", "DESCENDING"))
SORT_SCHEMA_PREFIX = "SortBy"
REQUIRED_ONE_OF = "x-required-one-of"
REQUIRED_FILTERS_TABLE = "required_filters.tsv"


class QueryRuleError(ValueError):
    """A source table names something the export does not have."""


def sort_fields(query_names: Iterable[str]) -> tuple[str, ...]:
    """The fields an operation with these query parameters sorts by, in a fixed order."""
    names = set(query_names)
    return tuple(field for field, filters in SORT_FIELDS if not filters or names & set(filters))


def sort_schema_name(fields: tuple[str, ...]) -> str:
    return SORT_SCHEMA_PREFIX + "".join(fields)


def member_name(value: str) -> str:
    """`-ModifiedOn` -> MODIFIED_ON_DESCENDING."""
    direction = dict(SORT_DIRECTIONS)[value[0]]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value[1:]).upper() + "_" + direction


def sort_schema(fields: tuple[str, ...]) -> Json:
    """The enum of every `sort` value for one field set."""
    values = [sign + field for field in fields for sign, _ in SORT_DIRECTIONS]
    return {
        "type": "string",
        "description": (
            "A sort order: + (ascending) or - (descending) and a field ("
            + ", ".join(fields)
            + "). The API matches the value case-insensitively; the SDK sends it as listed."
        ),
        "enum": values,
        "x-enum-varnames": [member_name(value) for value in values],
    }


def read_required_filters(folder: Path) -> dict[str, tuple[str, ...]]:
    """operationId -> the query parameters of which at least one is required."""
    path = folder / REQUIRED_FILTERS_TABLE
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and row[0][:1] != "#"]
    table: dict[str, tuple[str, ...]] = {}
    for row in rows[1:]:
        operation_id, names = row[0], row[1]
        if operation_id in table:
            raise QueryRuleError(f"{path.name}: two rows for {operation_id}")
        table[operation_id] = tuple(name for name in names.split(",") if name)
    return table


def required_one_of(
    operation_id: str, query_names: Iterable[str], table: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """The operation's required filters; each must be one of its query parameters."""
    names = table.get(operation_id, ())
    unknown = [name for name in names if name not in set(query_names)]
    if unknown:
        raise QueryRuleError(
            f"{REQUIRED_FILTERS_TABLE}: {operation_id} has no query parameter {unknown[0]!r}"
        )
    return names
