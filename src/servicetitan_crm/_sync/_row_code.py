"""Functions written for one table (as attrs writes `__init__`) that read a record into its row:
straight-line code with the common checks inline, no call per column.

A customer has some thirty columns and three arrays; a loop calling a getter and a reader per
column costs more than decoding the record. The code written here does what `_rows`' readers do,
column by column: the value, or None and the property's name appended to `unfit`. Its source is
kept (`__source__`) for reading and for tracebacks.

- `compile_columns`: `(record, unfit) -> values`, the columns of an array item;
- `compile_row`: `(record, text) -> FeedRow`, a feed's whole row: its keys, its columns, its
  child rows (an absent or empty array costs no call), its state, `_unfit` and `record`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from ._tables import Column

__all__ = ["RowParts", "Rules", "compile_columns", "compile_row"]

ColumnsReader = Callable[[dict[str, Any], list[str]], tuple[object, ...]]


@dataclasses.dataclass(frozen=True, slots=True)
class Rules:
    """What the written code checks values against (`_rows` holds the values).

    `limits[bits]` is an integer column's range; `unfit` the marker a reader returns for a
    value that does not fit; `storable(text)` whether both databases store a text; a `number`
    (the decoder's type for a JSON number with a fraction) of at most `plain_number_chars`
    without an exponent always fits and is stored as its text; `booleans` (false, true) is what
    the row holds for a boolean.
    """

    limits: dict[int, tuple[int, int]]
    unfit: object
    storable: Callable[[str], bool]
    number: type
    plain_number_chars: int
    booleans: tuple[object, object] = (False, True)


@dataclasses.dataclass(frozen=True, slots=True)
class RowParts:
    """What a row function calls besides its columns' readers.

    `keys(record)` is (id, canonical modifiedOn) or a ValueError; `children[i]` is child table
    `i`'s path in the record and its reader, `(items, parent, unfit) -> rows`, called with any
    value but None and `[]`; `dig(record, path)` the value at a path of several names;
    `state(record)` the `_state`; `row(id, modified_on, values, children)` the `FeedRow`.
    """

    tenant: int
    keys: Callable[[Any], tuple[int, str]]
    children: Sequence[tuple[tuple[str, ...], Callable[[Any, int, list[str]], Any]]]
    state: Callable[[dict[str, Any]], str]
    row: Callable[..., Any]
    dig: Callable[[Any, tuple[str, ...]], Any]


def _none(key: str) -> None:
    return None


def _check(column: Column, value: str, limits: dict[int, tuple[int, int]]) -> str:
    """The condition under which `value` (not None) does not fit `column`, or "" to ask the
    column's reader."""
    if column.kind == "int":
        low, high = limits[column.bits]
        return f"type({value}) is not int or not {low} <= {value} <= {high}"
    if column.kind == "text":
        return (
            f"not (type({value}) is str and '\\x00' not in {value} "
            f"and ({value}.isascii() or storable({value})))"
        )
    return ""


def _column_lines(columns: Sequence[Column], rules: Rules) -> tuple[list[str], list[str]]:
    """The body lines reading `columns` from `record` (`g0` is its `get`), and their names."""
    lines: list[str] = []
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
        unfit = [f"        {value} = None", f"        unfit.append({column.wire!r})"]
        condition = _check(column, value, rules.limits)
        if column.kind == "bool":
            lines += [
                f"    if {value} is True:",
                f"        {value} = TRUE",
                f"    elif {value} is False:",
                f"        {value} = FALSE",
                f"    elif {value} is not None:",
                *unfit,
            ]
        elif condition:
            lines += [f"    if {value} is not None and ({condition}):", *unfit]
        else:
            if column.kind == "number":  # the usual number needs no call
                lines += [
                    f"    if type({value}) is NUMBER and len({value}) <= {rules.plain_number_chars}"
                    f" and 'e' not in {value} and 'E' not in {value}:",
                    f"        {value} = str({value})",
                ]
            lines += [
                f"    {'elif' if column.kind == 'number' else 'if'} {value} is not None:",
                f"        {value} = r{index}({value}) if {value} is not UNFIT else UNFIT",
                f"        if {value} is UNFIT:",
                *[f"    {line}" for line in unfit],
            ]
    return lines, names


def _namespace(readers: Sequence[Callable[[Any], object]], rules: Rules) -> dict[str, Any]:
    unfit = rules.unfit
    return {
        "UNFIT": unfit,
        "NUMBER": rules.number,
        "FALSE": rules.booleans[0],
        "TRUE": rules.booleans[1],
        "none": _none,
        "unfit_get": lambda key: unfit,
        "storable": rules.storable,
        **{f"r{index}": reader for index, reader in enumerate(readers)},
    }


def _compiled(source: str, name: str, namespace: dict[str, Any], where: str) -> Any:
    exec(compile(source, where, "exec"), namespace)
    function = namespace[name]
    function.__source__ = source
    return function


def compile_columns(
    columns: Sequence[Column], readers: Sequence[Callable[[Any], object]], rules: Rules
) -> ColumnsReader:
    """A function `(record, unfit) -> values` for `columns`, each read as `readers[i]` would
    (a boolean as `rules.booleans` has it). A column with an empty path is the value passed as
    `record` itself (an array's scalar item)."""
    lines = ["def read_columns(record, unfit):"]
    if any(column.path for column in columns):
        lines.append("    g0 = record.get")
    body, names = _column_lines(columns, rules)
    lines += body
    lines.append(f"    return ({', '.join(names)}{',' if len(names) == 1 else ''})")
    namespace = _namespace(readers, rules)
    read: ColumnsReader = _compiled(
        "\n".join(lines) + "\n", "read_columns", namespace, f"<columns of {len(columns)}>"
    )
    return read


def compile_row(
    columns: Sequence[Column],
    readers: Sequence[Callable[[Any], object]],
    rules: Rules,
    parts: RowParts,
) -> Callable[[Any, str], Any]:
    """A function `(record, text) -> FeedRow`: `parts.keys`, then `columns` as
    `compile_columns` reads them, then each child table's rows, `parts.state`, `_unfit` (the
    names of what did not fit, or None) and `text`, all in one tuple."""
    lines = [
        "def read_row(record, text):",
        "    record_id, modified_on = keys(record)",
        "    unfit = []",
        "    g0 = record.get",
    ]
    body, names = _column_lines(columns, rules)
    lines += body
    kids = []
    for index, (path, _) in enumerate(parts.children):
        items, kid = f"c{index}", f"k{index}"
        source = f"g0({path[0]!r})" if len(path) == 1 else f"dig(record, {path!r})"
        lines += [
            f"    {items} = {source}",
            f"    {kid} = () if {items} is None or {items} == [] "
            f"else child{index}({items}, record_id, unfit)",
        ]
        kids.append(kid)
    values = ", ".join(["TENANT", "record_id", "modified_on", *names])
    lines += [
        f"    values = ({values}, state(record), ', '.join(unfit) if unfit else None, text)",
        f"    return row(record_id, modified_on, values, ({''.join(k + ', ' for k in kids)}))",
    ]
    namespace = _namespace(readers, rules)
    namespace.update(
        TENANT=parts.tenant,
        keys=parts.keys,
        state=parts.state,
        row=parts.row,
        dig=parts.dig,
        **{f"child{index}": reader for index, (_, reader) in enumerate(parts.children)},
    )
    read: Callable[[Any, str], Any] = _compiled(
        "\n".join(lines) + "\n", "read_row", namespace, f"<row of {len(columns)} columns>"
    )
    return read
