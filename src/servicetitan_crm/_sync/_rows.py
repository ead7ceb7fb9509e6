"""A record read into its table's row and its child tables' rows.

Each column has a reader that returns the value as the database takes it, or `UNFIT` when the
value does not fit the column (a string in an int64 property, an int64 out of range, a malformed
timestamp, a number PostgreSQL's NUMERIC cannot hold, text no database can store). An unfit value
becomes NULL, its property is named in the row's `_unfit` column, and the record is stored all the
same (its text, in `record`, keeps the value). Only a record without an integer `id` or a
timestamp `modifiedOn` cannot be stored, because those key and order the rows: it raises
ValueError naming the record and the field.

Numbers arrive as `JsonNumber` (the exact text of the JSON number, see `_envelope`), so a
`decimal` balance reaches the database digit for digit.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from ._envelope import JsonNumber
from ._limits import (
    INT32_RANGE,
    INT64_RANGE,
    NUMERIC_EXPONENT_RANGE,
    PLAIN_NUMBER_CHARS,
)
from ._row_code import ColumnsReader, RowParts, Rules, compile_columns, compile_row
from ._tables import (
    ACTIVE_PROPERTY,
    ID_PROPERTY,
    MERGED_PROPERTY,
    MODIFIED_PROPERTY,
    ChildTable,
    Column,
    ColumnKind,
    Table,
)
from ._timestamps import canonical_timestamp

__all__ = ["UNFIT", "Booleans", "FeedRow", "RecordState", "row_reader"]

# A boolean column's values (false, true) as the row holds them.
Booleans = tuple[object, object]


class _Unfit:
    def __repr__(self) -> str:
        return "UNFIT"


UNFIT: Any = _Unfit()


class RecordState:
    """`_state`: what the record is now (see the README's sync section)."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    DELETED = "deleted"
    MERGED = "merged"
    # `active` null or not a boolean: the server did not say.
    UNKNOWN = "unknown"


class FeedRow(NamedTuple):
    """One record ready for its tables.

    `values` in the upsert's order: tenant, id, modified_on, the other typed columns, `_state`,
    `_unfit`, `record`. `children` has the rows of each child table of the feed (in the table's
    order), each row (tenant, parent_id, position, *item columns).
    """

    id: int
    modified_on: str
    values: tuple[object, ...]
    children: tuple[Sequence[tuple[object, ...]], ...] = ()

    @property
    def text(self) -> str:
        """The record as the server sent it (the last value, `record`)."""
        text = self.values[-1]
        assert isinstance(text, str)
        return text


def _int_reader(bits: int) -> Callable[[Any], object]:
    low, high = INT32_RANGE if bits == 32 else INT64_RANGE

    def read(value: Any) -> object:
        # `type(...) is`: a bool is an int to isinstance, and JSON gives exact types.
        if value is None or (type(value) is int and low <= value <= high):
            return value
        return UNFIT

    return read


def _number(value: Any) -> object:
    kind = type(value)
    if kind is JsonNumber:
        text = str(value)
        if len(text) > PLAIN_NUMBER_CHARS or "e" in text or "E" in text:
            try:
                exponent = decimal.Decimal(text).adjusted()
            except decimal.InvalidOperation:
                return UNFIT
            if not NUMERIC_EXPONENT_RANGE[0] <= exponent <= NUMERIC_EXPONENT_RANGE[1]:
                return UNFIT
        return text
    if kind is int:
        return str(value)
    if kind is float:
        return repr(value) if math.isfinite(value) else UNFIT
    return None if value is None else UNFIT


def _bool(value: Any) -> object:
    if value is None or value is True or value is False:
        return value
    return UNFIT


def _storable(text: str) -> bool:
    """Whether both databases store the text: no NUL, no lone surrogate (from `\\ud800`)."""
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(value: Any) -> object:
    if value is None or (type(value) is str and _storable(value)):
        return value
    return UNFIT


def _timestamp(value: Any) -> object:
    if value is None:
        return None
    if type(value) is not str:
        return UNFIT
    try:
        return canonical_timestamp(value)
    except ValueError:
        return UNFIT


def _date(value: Any) -> object:
    if value is None:
        return None
    if type(value) is str and len(value) == len("2024-05-01"):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            return UNFIT
    return UNFIT


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _uuid(value: Any) -> object:
    if value is None:
        return None
    if type(value) is str and _UUID.fullmatch(value):
        return value.lower()
    return UNFIT


def _plain(value: Any) -> Any:
    """A decoded value with its `JsonNumber`s as numbers again, for `json.dumps`."""
    if type(value) is JsonNumber:
        return decimal.Decimal(value)
    if type(value) is dict:
        return {key: _plain(item) for key, item in value.items()}
    if type(value) is list:
        return [_plain(item) for item in value]
    return value


class _NumberEncoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, decimal.Decimal):
            return float(o)
        return super().default(o)


def _json(value: Any) -> object:
    if value is None:
        return None
    text = json.dumps(_plain(value), cls=_NumberEncoder, ensure_ascii=False)
    return text if _storable(text) else UNFIT


_READERS: dict[ColumnKind, Callable[[Any], object]] = {
    "number": _number,
    "bool": _bool,
    "text": _text,
    "timestamp": _timestamp,
    "date": _date,
    "uuid": _uuid,
    "json": _json,
}


def _reader(column: Column) -> Callable[[Any], object]:
    return _int_reader(column.bits) if column.kind == "int" else _READERS[column.kind]


def _dig(value: Any, path: tuple[str, ...]) -> Any:
    """The value at `path` under `value`; None under a null object, UNFIT under a non-object."""
    for key in path:
        if value is None:
            return None
        if type(value) is not dict:
            return UNFIT
        value = value.get(key)
    return value


def _rules(booleans: Booleans) -> Rules:
    return Rules(
        limits={32: INT32_RANGE, 64: INT64_RANGE},
        unfit=UNFIT,
        storable=_storable,
        number=JsonNumber,
        plain_number_chars=PLAIN_NUMBER_CHARS,
        booleans=booleans,
    )


def _compile(columns: Sequence[Column], booleans: Booleans) -> ColumnsReader:
    readers = [_reader(column) for column in columns]
    return compile_columns(columns, readers, _rules(booleans))


def _child_reader(
    child: ChildTable, tenant: int, booleans: Booleans
) -> Callable[[Any, int, list[str]], list[tuple[object, ...]]]:
    """The rows of `child` from its array (the row function passes neither None nor `[]`)."""
    read_item = _compile(child.columns, booleans)
    objects = any(column.path for column in child.columns)
    nulls = (None,) * len(child.columns)
    where = child.wire

    def read(items: Any, parent: int, unfit: list[str]) -> list[tuple[object, ...]]:
        if type(items) is not list:
            unfit.append(where)
            return []
        rows: list[tuple[object, ...]] = []
        bad: list[str] = []
        for at, item in enumerate(items):
            if objects and type(item) is not dict:
                rows.append((tenant, parent, at, *nulls))
                if item is not None:
                    unfit.append(f"{where}[{at}]")
                continue
            rows.append((tenant, parent, at, *read_item(item, bad)))
            if bad:
                unfit += [f"{where}[{at}].{wire}" if wire else f"{where}[{at}]" for wire in bad]
                bad.clear()
        return rows

    return read


def _state_of(table: Table) -> Callable[[dict[str, Any]], str]:
    inactive = RecordState.DELETED if table.deletable else RecordState.INACTIVE
    merges = table.merges
    has_active = table.has_active

    def state(record: dict[str, Any]) -> str:
        if merges and type(record.get(MERGED_PROPERTY)) is int:
            return RecordState.MERGED
        if not has_active:
            return RecordState.ACTIVE
        active = record.get(ACTIVE_PROPERTY)
        if active is True:
            return RecordState.ACTIVE
        return inactive if active is False else RecordState.UNKNOWN

    return state


def _shown(value: Any) -> str:
    """A value as a refusal names it: a JSON number as its text, anything else as its repr."""
    return str(value) if type(value) is JsonNumber else repr(value)


def _keys(record: Any) -> tuple[int, str]:
    """The record's id and its canonical `modifiedOn`, or a ValueError naming what is wrong."""
    if type(record) is not dict:
        raise ValueError(f"a record is {type(record).__name__}, not an object")
    get = record.get
    record_id = get(ID_PROPERTY)
    if type(record_id) is not int or not INT64_RANGE[0] <= record_id <= INT64_RANGE[1]:
        raise ValueError(f"{ID_PROPERTY} is {_shown(record_id)}, not an integer")
    modified = get(MODIFIED_PROPERTY)
    if type(modified) is not str:
        raise ValueError(
            f"record {record_id}: {MODIFIED_PROPERTY} is {_shown(modified)}, not a timestamp"
        )
    try:
        return record_id, canonical_timestamp(modified)
    except ValueError as error:
        raise ValueError(f"record {record_id}: {error}") from None


def row_reader(
    table: Table, tenant: int, booleans: Booleans = (False, True)
) -> Callable[[Any, str], FeedRow]:
    """A function from one record, decoded and as text, to its `FeedRow`; its booleans are
    `booleans` (false, true): Python's, or what the database binds fastest."""
    columns = table.columns[2:]
    parts = RowParts(
        tenant=tenant,
        keys=_keys,
        children=[(child.path, _child_reader(child, tenant, booleans)) for child in table.children],
        state=_state_of(table),
        row=FeedRow,
        dig=_dig,
    )
    readers = [_reader(column) for column in columns]
    read: Callable[[Any, str], FeedRow] = compile_row(columns, readers, _rules(booleans), parts)
    return read
