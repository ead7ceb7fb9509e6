"""One check per kind of option (`_options` declares which option uses which).

Each returns the value as the runtime keeps it. A value of the wrong type is a `TypeError`, a
value of the right type that cannot be right a `ConfigurationError`; the message names the
option as the caller spells it in Python, whichever layer it came through (a resource method, a
list call awaited or iterated, `pages`, `export_records`, `with_options`, the sync command).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx2

from ._arguments import wrong_type
from ._config import NotGiven
from ._constants import MAX_PAGE_SIZE
from ._errors import ConfigurationError
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._checkpoint import CheckpointStore  # annotation only: checkpoints load with exports

__all__ = [
    "checkpoint",
    "concurrency",
    "deduplicate",
    "extra_headers",
    "extra_query",
    "flag",
    "follow",
    "include_recent_changes",
    "page_size",
    "poll_interval",
    "retry",
    "retry_or_not_given",
    "start",
    "timeout",
    "timeout_or_not_given",
]

_TIMEOUT = "a number of seconds, an httpx2.Timeout or None"
_START = "a token (a non-empty str), a date or a datetime"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def timeout_or_not_given(value: object) -> httpx2.Timeout | NotGiven:
    return value if isinstance(value, NotGiven) else timeout(value)


def retry_or_not_given(value: object) -> RetryPolicy | NotGiven:
    return value if isinstance(value, NotGiven) else retry(value)


def timeout(value: object) -> httpx2.Timeout:
    """Per attempt: seconds (finite, > 0), an `httpx2.Timeout`, or None for no limit."""
    if isinstance(value, httpx2.Timeout):
        return value
    if value is None:
        return httpx2.Timeout(None)
    if not _is_number(value):
        raise wrong_type("timeout", _TIMEOUT, value)
    assert isinstance(value, int | float)
    if not (math.isfinite(value) and value > 0):
        raise ConfigurationError(f"timeout must be a finite number of seconds > 0, got {value!r}")
    return httpx2.Timeout(value)


def retry(value: object) -> RetryPolicy:
    if not isinstance(value, RetryPolicy):
        raise wrong_type("retry", "a RetryPolicy", value)
    return value


def _text_mapping(name: str, value: object) -> Mapping[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise wrong_type(name, "a mapping of str to str, or None", value)
    for key, item in value.items():
        if not isinstance(key, str):
            raise wrong_type(f"{name} key", "a str", key)
        if not isinstance(item, str):
            raise wrong_type(f"{name}[{key!r}]", "a str", item)
    return value


def extra_headers(value: object) -> Mapping[str, str] | None:
    return _text_mapping("extra_headers", value)


def extra_query(value: object) -> Mapping[str, str] | None:
    return _text_mapping("extra_query", value)


def page_size(value: object) -> int:
    if not _is_int(value):
        raise wrong_type("page_size", "an int", value)
    assert isinstance(value, int)
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise ConfigurationError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {value}")
    return value


def concurrency(value: object) -> int:
    if not _is_int(value):
        raise wrong_type("concurrency", "an int", value)
    assert isinstance(value, int)
    if value < 1:
        raise ConfigurationError(f"concurrency must be a positive int, got {value}")
    return value


def start(value: object) -> str | datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise wrong_type("start", _START, value)
    if not value:
        raise ConfigurationError(f"start must be {_START}, got ''")
    return value


def checkpoint(value: object) -> CheckpointStore | None:
    """A store with `load()` and `save(token)` (`FileCheckpoint`, or your own), or None."""
    if value is None:
        return None
    if not (callable(getattr(value, "load", None)) and callable(getattr(value, "save", None))):
        raise wrong_type(
            "checkpoint", "a CheckpointStore (such as FileCheckpoint(path)) or None", value
        )
    return value  # type: ignore[return-value]  # has both methods: structurally a store


def flag(name: str, value: object) -> bool:
    """A boolean option `name`: True or False, nothing that merely looks true."""
    if not isinstance(value, bool):
        raise wrong_type(name, "a bool", value)
    return value


def include_recent_changes(value: object) -> bool:
    return flag("include_recent_changes", value)


def deduplicate(value: object) -> bool:
    return flag("deduplicate", value)


def follow(value: object) -> bool:
    return flag("follow", value)


def poll_interval(value: object) -> float:
    if not _is_number(value):
        raise wrong_type("poll_interval", "a number of seconds", value)
    assert isinstance(value, int | float)
    if not (math.isfinite(value) and value >= 0):
        raise ConfigurationError(
            f"poll_interval must be a finite number of seconds >= 0, got {value!r}"
        )
    return float(value)
