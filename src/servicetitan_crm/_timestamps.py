"""Timestamps as the API writes them: parsed into aware datetimes that remember their text.

The API sends up to 7 fractional digits (finer than a datetime's microseconds) and some fields
without a zone. Parsed values are always aware (a missing zone means UTC, as the API documents)
and `format_timestamp` writes the original text back, so a model's `to_dict()` round-trips byte
for byte. The generated models call `read_timestamp` for every timestamp field they decode.
"""

from __future__ import annotations

import datetime

_UTC = datetime.UTC
_ZERO_OFFSET = datetime.timedelta(0)


class Timestamp(datetime.datetime):
    """A `datetime` that remembers the exact text the API sent.

    Values derived by arithmetic or `replace()` are plain datetimes without the text, and are
    formatted afresh.
    """

    __slots__ = ("_wire_text",)

    _wire_text: str


# Bound once: the lookups are measurable when a batch holds thousands of timestamps.
_from_text = Timestamp.fromisoformat


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse an API timestamp (ISO 8601) into an aware `Timestamp`; `ValueError` if it is none."""
    parsed = _from_text(value)
    if parsed.tzinfo is None:
        # `replace()` on a subclass costs twice as much as building the value again.
        parsed = Timestamp(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            _UTC,
        )
    parsed._wire_text = value
    return parsed


def read_timestamp(value: str) -> datetime.datetime | str:
    """A timestamp field's value as received: parsed when it is a timestamp, else the text kept.

    The reference pages and some live records put placeholders such as `"string"` in timestamp
    fields; failing the whole batch on one of them would lose every other record.
    """
    try:
        return parse_timestamp(value)
    except ValueError:
        return value


def format_timestamp(value: datetime.datetime) -> str:
    """The text to send for a datetime: the API's own text when unchanged, otherwise ISO 8601 with
    `Z` for UTC (naive values are taken as UTC, like the API does)."""
    wire_text: str | None = getattr(value, "_wire_text", None)
    if wire_text is not None:
        return wire_text
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    if value.utcoffset() == _ZERO_OFFSET:
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()
