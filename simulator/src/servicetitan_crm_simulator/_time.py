"""Simulator time in .NET ticks (100 ns since the Unix epoch), the API's own resolution.

Integers keep the 7 fractional digits of the wire format exact and make records cheap to order.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

TICKS_PER_SECOND = 10_000_000
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_TICKS_PER_MICROSECOND = 10
_SECONDS_PER_DAY = 86_400

_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)


def ticks_from_datetime(moment: dt.datetime) -> int:
    """Ticks of an aware datetime; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - _EPOCH) // dt.timedelta(microseconds=1) * _TICKS_PER_MICROSECOND


def ticks_from_seconds(seconds: float) -> int:
    return round(seconds * TICKS_PER_SECOND)


def format_ticks(ticks: int, *, zone: bool = True) -> str:
    """`2019-11-14T10:24:07.4726935Z`: UTC, always 7 fractional digits like the real API."""
    seconds, fraction = divmod(ticks, TICKS_PER_SECOND)
    days, second_of_day = divmod(seconds, _SECONDS_PER_DAY)
    hours, rest = divmod(second_of_day, 3600)
    minutes, second = divmod(rest, 60)
    text = f"{_date_text(days)}T{hours:02d}:{minutes:02d}:{second:02d}.{fraction:07d}"
    return text + "Z" if zone else text


@functools.lru_cache(maxsize=4096)
def _date_text(days_since_epoch: int) -> str:
    # Formatting is the hot path of a large export; records of one day share their date.
    # isoformat, not strftime: strftime writes year 75 as "75", isoformat as "0075".
    return (_EPOCH + dt.timedelta(days=days_since_epoch)).date().isoformat()


def parse_timestamp(text: str) -> int | None:
    """Ticks of a date (`2020-01-01`) or date-time with up to 7 fractional digits.

    No zone means UTC, as the API reads it. Returns None when the text is not a timestamp.
    """
    match = _TIMESTAMP.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
    ticks = ticks_from_datetime(moment) + int((fraction or "0").ljust(7, "0"))
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset_seconds = int(digits[:2]) * 3600 + int(digits[2:]) * 60
        ticks -= sign * offset_seconds * TICKS_PER_SECOND
    return ticks
