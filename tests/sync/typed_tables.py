"""The oracle for the typed tables: each column read back and compared with its record's property.

Independent of the row building it checks: values are found by walking the stored record's JSON
(numbers decoded as `Decimal`) along each column's document path and compared by kind, and child
tables are compared with the record's arrays item by item, in order.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from servicetitan_crm._sync._feeds import FEEDS, Feed, canonical_timestamp
from servicetitan_crm._sync._tables import Column

INT64 = (-(2**63), 2**63 - 1)
# PostgreSQL's NUMERIC: 131072 digits before the decimal point, 16383 after.
NUMERIC_EXPONENTS = (-16383, 131071)
# PostgreSQL keeps microseconds: its timestamps are the record's to within one.
POSTGRESQL_TIME_TOLERANCE = datetime.timedelta(microseconds=1)


@dataclasses.dataclass
class Comparison:
    """How many values were compared, and the first mismatches (table, key, column, got, want)."""

    values: int = 0
    child_rows: int = 0
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    mismatches: list[tuple[str, object, str, object, object]] = dataclasses.field(
        default_factory=list
    )

    def check(self, table: str, key: object, column: str, got: object, want: object) -> None:
        self.values += 1
        if got != want and len(self.mismatches) < 20:
            self.mismatches.append((table, key, column, got, want))


@contextmanager
def _rows_of(database: str) -> Iterator[Any]:
    if database.startswith("postgresql://"):
        with psycopg.connect(database, options="-c search_path=servicetitan") as connection:
            yield lambda sql: connection.execute(sql).fetchall()
    else:
        with sqlite3.connect(database) as connection:
            yield lambda sql: connection.execute(sql).fetchall()


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _timestamp(text: str) -> str | None:
    try:
        return canonical_timestamp(text)
    except ValueError:
        return None


def _expected(column: Column, value: Any, postgres: bool) -> object:
    """The column's value for the property's `value` (None where it does not fit)."""
    kind = column.kind
    if value is None:
        return None
    if kind == "int":
        return value if type(value) is int and INT64[0] <= value <= INT64[1] else None
    if kind == "number":
        if not isinstance(value, decimal.Decimal | int) or type(value) is bool:
            return None
        number = decimal.Decimal(value)
        fits = NUMERIC_EXPONENTS[0] <= number.adjusted() <= NUMERIC_EXPONENTS[1]
        return number if fits else None
    if kind == "bool":
        return value if type(value) is bool else None
    if kind == "timestamp":
        return _timestamp(value) if type(value) is str else None
    if kind == "json":
        return value
    return value if type(value) is str else None


def _actual(column: Column, value: Any, want: object, postgres: bool) -> object:
    """The stored value in the form `_expected` gives (within PostgreSQL's precision)."""
    if value is None:
        return None
    kind = column.kind
    if kind == "number":
        return decimal.Decimal(str(value))
    if kind == "bool":
        return bool(value)
    if kind == "timestamp" and postgres and isinstance(want, str):
        exact = datetime.datetime.fromisoformat(want[:26] + "+00:00")
        return want if abs(value - exact) <= POSTGRESQL_TIME_TOLERANCE else value
    if kind == "json" and isinstance(value, str):
        return json.loads(value, parse_float=decimal.Decimal)
    if kind in ("uuid", "date"):
        return str(value)
    return value


def compare_tables(database: str, feeds: Sequence[Feed] = FEEDS) -> Comparison:
    """Every typed column of every row against its record, every child table against the
    records' arrays."""
    postgres = database.startswith("postgresql://")
    record_sql = "record::text" if postgres else "record"
    result = Comparison()
    with _rows_of(database) as rows_of:
        for feed in feeds:
            layout = feed.layout
            names = ", ".join(column.name for column in layout.columns)
            records = {}
            for tenant, record_id, text, *values in rows_of(
                f"SELECT tenant, id, {record_sql}, {names} FROM {layout.name}"
            ):
                record = json.loads(text, parse_float=decimal.Decimal)
                records[(tenant, record_id)] = record
                result.rows[layout.name] = result.rows.get(layout.name, 0) + 1
                for column, value in zip(layout.columns, values, strict=True):
                    want = _expected(column, _at(record, column.path), postgres)
                    got = _actual(column, value, want, postgres)
                    result.check(layout.name, (tenant, record_id), column.name, got, want)
            for child in layout.children:
                held: dict[tuple[int, int], list[tuple[object, ...]]] = defaultdict(list)
                columns = ", ".join(column.name for column in child.columns)
                for tenant, parent, position, *values in rows_of(
                    f"SELECT tenant, parent_id, position, {columns} FROM {child.name} "
                    "ORDER BY tenant, parent_id, position"
                ):
                    held[(tenant, parent)].append((position, *values))
                    result.child_rows += 1
                for key in held.keys() - records.keys():
                    result.check(child.name, key, "parent", "an orphan", "a parent row")
                for key, record in records.items():
                    items = _at(record, child.path)
                    want_rows = []
                    got_rows = []
                    for position, item in enumerate(items if isinstance(items, list) else []):
                        want_rows.append(
                            (
                                position,
                                *(
                                    _expected(c, _at(item, c.path) if c.path else item, postgres)
                                    for c in child.columns
                                ),
                            )
                        )
                    for position, *values in held.get(key, []):
                        want = want_rows[position] if position < len(want_rows) else ()
                        got_rows.append(
                            (
                                position,
                                *(
                                    _actual(c, v, w, postgres)
                                    for c, v, w in zip(
                                        child.columns, values, want[1:] or values, strict=True
                                    )
                                ),
                            )
                        )
                    result.check(child.name, key, child.wire, got_rows, want_rows)
    return result


def assert_tables_match_records(database: str, feeds: Sequence[Feed] = FEEDS) -> Comparison:
    comparison = compare_tables(database, feeds)
    assert not comparison.mismatches, comparison.mismatches
    return comparison
