"""Timestamps as canonical UTC text: what SQLite stores and what the upsert compares."""

from __future__ import annotations

import datetime
import re

__all__ = ["canonical_timestamp"]

# The API's own format (7 fractional digits, `Z`), or the same without a zone (UTC).
_PLAIN_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d{1,7}))?Z?")
_ANY_TIMESTAMP = re.compile(
    r"(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(?:\.(\d{1,9}))?(Z|[+-]\d\d:?\d\d)?)?"
)


def canonical_timestamp(text: str) -> str:
    """`2024-05-01T12:00:00.1234560Z`: UTC, 7 fractional digits, so text order is time order.

    Accepts what the API sends (up to 7 fractional digits, `Z`, an offset, or no zone, which
    means UTC) and a plain date. Raises ValueError for anything else, a month 13 or a year 0
    included.
    """
    plain = _PLAIN_TIMESTAMP.fullmatch(text)
    if plain is not None:
        try:
            datetime.datetime.fromisoformat(text[:19])
        except ValueError:
            raise ValueError(f"{text!r} is not a timestamp") from None
        return f"{text[:19]}.{(plain.group(1) or '').ljust(7, '0')}Z"
    found = _ANY_TIMESTAMP.fullmatch(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a timestamp")
    date, clock, fraction, zone = found.groups()
    clock = clock or "00:00:00"
    if len(clock) == 5:
        clock += ":00"
    offset = "+00:00" if zone in (None, "Z") else zone
    try:
        moment = datetime.datetime.fromisoformat(f"{date}T{clock}{offset}")
        moment = moment.astimezone(datetime.UTC)
    except (ValueError, OverflowError):
        raise ValueError(f"{text!r} is not a timestamp") from None
    digits = (fraction or "")[:7].ljust(7, "0")
    return f"{moment.replace(tzinfo=None).isoformat(timespec='seconds')}.{digits}Z"
