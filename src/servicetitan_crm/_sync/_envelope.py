"""An export response read so that each record keeps its own text, byte for byte.

`json.loads` would give the records as objects, and writing them back costs more than reading
them (about twice, for a customer) and is not the server's text. This reads the envelope with
the standard library's own scanner: each element of `data` is decoded where it stands, and the
slice of the body it spans is kept beside it. Same cost as `json.loads`, and the stored record is
exactly what the server sent. A number with a fraction or an exponent is decoded as its
text (`JsonNumber`), so the typed columns get it digit for digit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

__all__ = ["JsonNumber", "decode_record", "split_envelope"]


class JsonNumber(str):
    """A JSON number with a fraction or an exponent, as its text: a `decimal` stays exact."""

    __slots__ = ()


_DECODER = json.JSONDecoder(parse_float=JsonNumber)
# The decoder's own scanner (the C one): one JSON value at an index, no whitespace skipped.
# `raw_decode` wraps it in a call and an exception translation per element; the loop below
# calls it directly. Typeshed does not list the attribute.
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")
_BLANKS = frozenset(" \t\n\r")
_SEPARATORS = frozenset(",]")


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    assert match is not None  # `*` matches the empty string anywhere
    return match.end()


def _expect(text: str, index: int, what: str) -> None:
    found = text[index : index + 1] or "the end"
    raise ValueError(f"expected {what} at character {index}, found {found!r}")


def _elements(text: str, index: int) -> tuple[list[tuple[Any, str]], int]:
    """The array starting after its `[` at `index`: (value, text) pairs, and where it ends."""
    elements: list[tuple[Any, str]] = []
    append = elements.append
    scan = _SCAN
    index = _skip(text, index)
    if text.startswith("]", index):
        return elements, index + 1
    while True:
        try:
            value, end = scan(text, index)
        except StopIteration as stop:
            raise json.JSONDecodeError("Expecting value", text, stop.value) from None
        append((value, text[index:end]))
        # Compact JSON (what the API sends) needs no whitespace skipping between elements.
        separator = text[end : end + 1]
        if separator not in _SEPARATORS:
            end = _skip(text, end)
            separator = text[end : end + 1]
        if separator == ",":
            index = end + 1
            if text[index : index + 1] in _BLANKS:
                index = _skip(text, index)
        elif separator == "]":
            return elements, end + 1
        else:
            _expect(text, end, "',' or ']'")


def decode_record(text: str) -> Any:
    """One stored record's text decoded as a response's records are (numbers as `JsonNumber`)."""
    return _DECODER.decode(text)


def split_envelope(text: str) -> tuple[dict[str, Any], list[tuple[Any, str]] | None]:
    """The top-level object's members other than an array `data`, and that array's elements
    with their text (None when `data` is absent or not an array: then it is among the members).

    Raises ValueError (`json.JSONDecodeError` is one) when the text is not one JSON object.
    """
    members: dict[str, Any] = {}
    data: list[tuple[Any, str]] | None = None
    index = _skip(text, 0)
    if not text.startswith("{", index):
        _expect(text, index, "a JSON object")
    index = _skip(text, index + 1)
    closed = text.startswith("}", index)
    while not closed:
        if not text.startswith('"', index):
            _expect(text, index, "a member name")
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if not text.startswith(":", index):
            _expect(text, index, "':'")
        index = _skip(text, index + 1)
        if key == "data" and text.startswith("[", index):
            data, index = _elements(text, index + 1)
            members.pop(key, None)
        else:
            members[key], index = _DECODER.raw_decode(text, index)
            if key == "data":
                data = None
        index = _skip(text, index)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("}", index):
            closed = True
        else:
            _expect(text, index, "',' or '}'")
    index = _skip(text, index + 1)
    if index != len(text):
        _expect(text, index, "the end of the body")
    return members, data
