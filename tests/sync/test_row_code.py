"""The code written for a table reads every value exactly as the column's reader says.

`_row_code` writes one straight-line function per table, with the common checks inline; the
readers of `_rows` are the rule. For every kind of column and a spread of values (fitting,
unfit, null, absent, under a null or a non-object parent), the written function gives the
reader's value, or None with the property named in `unfit`, and a boolean as the row's
representation of it (Python's, or SQLite's 0 and 1).
"""

from __future__ import annotations

import decimal
from typing import Any, get_args

import pytest

from servicetitan_crm._sync._envelope import JsonNumber
from servicetitan_crm._sync._rows import UNFIT, _compile, _reader
from servicetitan_crm._sync._tables import Column, ColumnKind

ABSENT = object()

VALUES: dict[ColumnKind, list[Any]] = {
    "int": [0, -7, 2**63 - 1, 2**63, -(2**63) - 1, True, 1.5, "12", JsonNumber("1.0")],
    "number": [
        0,
        12,
        1.25,
        float("inf"),
        JsonNumber("39.801"),
        JsonNumber("-0.000"),
        JsonNumber("1e5"),
        JsonNumber("1E400000"),
        JsonNumber("1" * 101 + ".5"),
        "12.5",
        True,
        [],
    ],
    "bool": [True, False, 0, 1, "true", JsonNumber("1.0")],
    "text": ["Ada", "Zoë", "", "a\x00b", "\ud800", 12, True, {"a": 1}],
    "timestamp": ["2024-05-01T12:00:00.1234567Z", "2024-13-01T00:00:00Z", "soon", 5],
    "date": ["2024-05-01", "2024-02-30", "2024-05-01T00:00:00Z", 20240501],
    "uuid": ["6F9619FF-8B86-D011-B42D-00C04FC964FF", "not-a-uuid", 7],
    "json": [{"a": [1, JsonNumber("2.50")]}, [1, "x"], "text", "\ud800"],
}

BOOLEANS: list[tuple[object, object]] = [(False, True), (0, 1)]


def test_every_column_kind_has_values_here() -> None:
    assert set(VALUES) == set(get_args(ColumnKind))


def expected(column: Column, value: Any, booleans: tuple[object, object]) -> tuple[Any, bool]:
    """What the column's reader makes of `value`: (the stored value, whether it is unfit)."""
    read = _reader(column)(value)
    if read is UNFIT:
        return None, True
    if column.kind == "bool" and read is not None:
        return booleans[1] if read else booleans[0], False
    return read, False


def record_with(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"id": 1}
    if value is ABSENT:
        return record
    inner = record
    for key in path[:-1]:
        inner = inner.setdefault(key, {})
    inner[path[-1]] = value
    return record


@pytest.mark.parametrize("booleans", BOOLEANS)
@pytest.mark.parametrize("kind", sorted(VALUES))
@pytest.mark.parametrize("path", [("value",), ("outer", "inner", "value")])
def test_each_value_is_read_as_its_reader_reads_it(
    kind: ColumnKind, path: tuple[str, ...], booleans: tuple[object, object]
) -> None:
    column = Column("value", path, kind, "Schema.value", kind)
    read = _compile([column], booleans)
    for value in [*VALUES[kind], None, ABSENT]:
        unfit: list[str] = []
        (got,) = read(record_with(path, value), unfit)
        want, is_unfit = expected(column, None if value is ABSENT else value, booleans)
        assert (got, unfit) == (want, [column.wire] if is_unfit else []), value
        assert type(got) is type(want), value


@pytest.mark.parametrize("parent", [None, 7, "text", [1]])
def test_a_parent_that_is_null_or_not_an_object(parent: Any) -> None:
    columns = [
        Column("outer_a", ("outer", "a"), "text", "S.outer.a", "string"),
        Column("outer_b", ("outer", "b"), "int", "S.outer.b", "int64"),
    ]
    unfit: list[str] = []
    values = _compile(columns, (False, True))({"outer": parent}, unfit)
    assert values == (None, None)
    # Under a null object the values are null; under anything else they did not fit.
    assert unfit == ([] if parent is None else ["outer.a", "outer.b"])


def test_an_array_of_scalars_reads_each_item_itself() -> None:
    column = Column("value", (), "int", "S.ids[]", "int64")
    read = _compile([column], (False, True))
    unfit: list[str] = []
    assert [read(item, unfit) for item in [3, 2**64, None]] == [(3,), (None,), (None,)]  # type: ignore[arg-type]
    assert unfit == [""]


def test_a_number_keeps_its_digits() -> None:
    column = Column("balance", ("balance",), "number", "S.balance", "decimal")
    (value,) = _compile([column], (False, True))({"balance": JsonNumber("0.10")}, [])
    assert value == "0.10" and type(value) is str
    assert decimal.Decimal(str(value)) == decimal.Decimal("0.10")


def test_the_written_source_is_kept() -> None:
    column = Column("name", ("name",), "text", "S.name", "string")
    assert "def read_columns(record, unfit):" in _compile([column], (False, True)).__source__  # type: ignore[attr-defined]
