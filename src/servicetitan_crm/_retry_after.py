"""How long the server asks a client to wait: the `Retry-After` header (RFC 9110 section
10.2.3, delay-seconds or an HTTP-date) or, when a 429 or 503 comes without it, the error body.

Gateways and ASP.NET Core rate limiters often say the wait only in the body: a ProblemDetails
`title` or `detail` ("Rate limit is exceeded. Try again in 7 seconds."), an API gateway's
`message`, or an extension member in seconds (`retryAfter`, `retryAfterSeconds`). The body is
free text, so its wait is capped at the retry policy's `wait_max`; the header is the server's
word and is taken as it is.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import re

import httpx2

from ._constants import RETRY_AFTER_BODY_SCAN_CHARS, RETRY_AFTER_BODY_STATUSES

__all__ = ["parse_retry_after", "retry_after_from", "retry_after_in_body", "retry_after_of"]

# "try again in 7 seconds", "retry after 2 minutes", "Retry after 30" (no unit: seconds).
_WAIT_IN_TEXT = re.compile(
    r"\b(?:try\s+again|retry)\s+(?:in|after)\s+(\d+(?:\.\d+)?)\s*"
    r"(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)?\b",
    re.IGNORECASE,
)
# Body members (compared without case or separators) that hold the wait in seconds.
_WAIT_MEMBERS = frozenset({"retryafter", "retryafterseconds"})
# Body members whose text may say the wait.
_TEXT_MEMBERS = ("title", "detail", "message", "error_description")


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
        return max(seconds, 0.0) if math.isfinite(seconds) else None
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


def retry_after_of(response: httpx2.Response, *, cap: float) -> float | None:
    """The wait a failed response asks for: its header, else (429, 503) its body, capped."""
    header = retry_after_from(response.headers)
    if header is not None or response.status_code not in RETRY_AFTER_BODY_STATUSES:
        return header
    stated = retry_after_in_body(response.content)
    return None if stated is None else min(stated, cap)


def retry_after_in_body(content: bytes) -> float | None:
    """Seconds an error body asks to wait (module docstring), or None when it says nothing."""
    try:
        body = json.loads(content)
    except ValueError:
        return _wait_in_text(content[:RETRY_AFTER_BODY_SCAN_CHARS].decode("utf-8", "replace"))
    if not isinstance(body, dict):
        return None
    for key, value in body.items():
        if isinstance(key, str) and re.sub(r"[^a-z]", "", key.lower()) in _WAIT_MEMBERS:
            seconds = _seconds(value)
            if seconds is not None:
                return seconds
    for member in _TEXT_MEMBERS:
        text = body.get(member)
        if isinstance(text, str):
            seconds = _wait_in_text(text[:RETRY_AFTER_BODY_SCAN_CHARS])
            if seconds is not None:
                return seconds
    return None


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value) and value >= 0:
        return float(value)
    return None


def _wait_in_text(text: str) -> float | None:
    match = _WAIT_IN_TEXT.search(text)
    if match is None:
        return None
    amount, unit = float(match.group(1)), (match.group(2) or "s").lower()
    if unit == "ms" or unit.startswith("milli"):
        return amount / 1000
    if unit.startswith("m"):
        return amount * 60
    if unit.startswith("h"):
        return amount * 3600
    return amount
