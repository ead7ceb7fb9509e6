"""Reading the `Retry-After` header (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date."""

from __future__ import annotations

import datetime
import email.utils

import httpx2

__all__ = ["parse_retry_after", "retry_after_from"]


def parse_retry_after(value: str, *, now: datetime.datetime) -> float | None:
    """Seconds to wait, or None when the value is neither form (the caller then backs off).

    A date in the past means "now" (0.0); `now` must be timezone-aware.
    """
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        # float() also accepts "nan" and "inf"; neither is a delay.
        return max(seconds, 0.0) if seconds == seconds and seconds != float("inf") else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        # RFC 9110 dates are always GMT; parsedate_to_datetime leaves "-0000" naive.
        when = when.replace(tzinfo=datetime.UTC)
    return max((when - now).total_seconds(), 0.0)


def retry_after_from(headers: httpx2.Headers) -> float | None:
    """The response's `Retry-After` in seconds from the current wall-clock time, if present."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    return parse_retry_after(value, now=datetime.datetime.now(datetime.UTC))
