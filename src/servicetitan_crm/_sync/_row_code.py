"""A table's columns read from a record by a function written for that table (as attrs writes
`__init__`): straight-line code with the common checks inline, no call per column.

A customer has some thirty columns; a loop calling a getter and a reader per column costs more
than decoding the record. The function this writes does what `_rows`' readers do, column by
column: the value, or None and the property's name appended to `unfit`. Its source is kept
(`__source__`) for reading and for tracebacks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._tables import Column

__all__ = ["compile_columns"]

ColumnsReader = Callable[[dict[str, Any], list[str]], tuple[object, ...]]


def _none(key: str) -> None:
    return None


def _check(column: Column, value: str, limits: dict[int, tuple[int, int]]) -> str:
    """The condition under which `value` (not None) does not fit `column`, or "" to ask the
    column's reader."""
    if column.kind == "int":
        low, high = limits[column.bits]
        return f"type({value}) is not int or not {low} <= {value} <= {high}"
    if column.kind == "bool":
        return f"{value} is not True and {value} is not False"
    if column.kind == "text":
        return (
            f"not (type({value}) is str and '\\x00' not in {value} "
            f"and ({value}.isascii() or storable({value})))"
        )
    return ""


def compile_columns(
    columns: Sequence[Column],
    readers: Sequence[Callable[[Any], object]],
    limits: dict[int, tuple[int, int]],
    unfit_value: object,
    storable: Callable[[str], bool],
) -> ColumnsReader:
    """A function `(record, unfit) -> values` for `columns`, each read as `readers[i]` would.

    A column with an empty path is the value passed as `record` itself (an array's scalar item).
    """
    lines = ["def read_columns(record, unfit):"]
    if any(column.path for column in columns):
        lines.append("    g0 = record.get")
    getters: dict[tuple[str, ...], str] = {(): "g0"}
    names = []
    for index, column in enumerate(columns):
        parent = column.path[:-1]
        for depth in range(1, len(parent) + 1):
            prefix = parent[:depth]
            if prefix in getters:
                continue
            outer, name = getters[prefix[:-1]], f"g{len(getters)}"
            obj = f"o{len(getters)}"
            lines += [
                f"    {obj} = {outer}({prefix[-1]!r})",
                f"    if type({obj}) is dict:",
                f"        {name} = {obj}.get",
                f"    elif {obj} is None:",
                f"        {name} = none",
                "    else:",
                f"        {name} = unfit_get",
            ]
            getters[prefix] = name
        value = f"v{index}"
        names.append(value)
        if column.path:
            lines.append(f"    {value} = {getters[parent]}({column.path[-1]!r})")
        else:  # an array's scalar item: the value itself
            lines.append(f"    {value} = record")
        condition = _check(column, value, limits)
        if condition:
            lines += [
                f"    if {value} is not None and ({condition}):",
                f"        {value} = None",
                f"        unfit.append({column.wire!r})",
            ]
        else:
            lines += [
                f"    if {value} is not None:",
                f"        {value} = r{index}({value}) if {value} is not UNFIT else UNFIT",
                f"        if {value} is UNFIT:",
                f"            {value} = None",
                f"            unfit.append({column.wire!r})",
            ]
    lines.append(f"    return ({', '.join(names)}{',' if len(names) == 1 else ''})")
    source = "\n".join(lines) + "\n"
    namespace: dict[str, Any] = {
        "UNFIT": unfit_value,
        "none": _none,
        "unfit_get": lambda key: unfit_value,
        "storable": storable,
        **{f"r{index}": reader for index, reader in enumerate(readers)},
    }
    exec(compile(source, f"<columns of {len(columns)}>", "exec"), namespace)
    read: ColumnsReader = namespace["read_columns"]
    read.__source__ = source  # type: ignore[attr-defined]
    return read
