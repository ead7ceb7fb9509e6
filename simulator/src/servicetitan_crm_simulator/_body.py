"""JSON request bodies read field by field, collecting every error into one 400."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from servicetitan_crm_simulator._http import Problem
from servicetitan_crm_simulator._time import format_ticks, parse_timestamp

_VALIDATION_TITLE = "One or more validation errors occurred."


class Body:
    """One JSON object of a request; nested objects share the root's error list."""

    def __init__(
        self, raw: Any, path: str = "", errors: dict[str, list[str]] | None = None
    ) -> None:
        self.errors: dict[str, list[str]] = {} if errors is None else errors
        self.path = path
        if not isinstance(raw, dict):
            self._error(path or "$", "A JSON object is required.")
            raw = {}
        self.raw: dict[str, Any] = raw

    def has(self, name: str) -> bool:
        return name in self.raw

    def error(self, name: str, message: str) -> None:
        """Record an error found by the caller about field `name` of this object."""
        self._error(self._name(name), message)

    def _name(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def _error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)

    def _value(self, name: str, required: bool) -> Any:
        value = self.raw.get(name)
        if value is None and required:
            self._error(self._name(name), f"The {name} field is required.")
        return value

    def string(self, name: str, *, required: bool = False) -> str | None:
        value = self._value(name, required)
        if value is None or isinstance(value, str):
            if required and value is not None and not value.strip():
                self._error(self._name(name), f"The {name} field must not be empty.")
            return value
        self._error(self._name(name), "A string is required.")
        return None

    def integer(self, name: str, *, required: bool = False) -> int | None:
        value = self._value(name, required)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        self._error(self._name(name), "An integer is required.")
        return None

    def number(self, name: str) -> float | None:
        value = self._value(name, False)
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return None if value is None else float(value)
        self._error(self._name(name), "A number is required.")
        return None

    def boolean(self, name: str, *, required: bool = False) -> bool | None:
        value = self._value(name, required)
        if value is None or isinstance(value, bool):
            return value
        self._error(self._name(name), "A boolean is required.")
        return None

    def choice(self, name: str, options: Iterable[str], *, required: bool = False) -> str | None:
        value = self.string(name, required=required)
        allowed = tuple(options)
        if value is not None and value not in allowed:
            self._error(self._name(name), f"'{value}' is not one of {', '.join(allowed)}.")
            return None
        return value

    def timestamp(self, name: str, *, required: bool = False) -> str | None:
        """A date-time, answered back in the API's own 7-digit UTC form."""
        value = self.string(name, required=required)
        if value is None:
            return None
        ticks = parse_timestamp(value)
        if ticks is None:
            self._error(self._name(name), f"'{value}' is not a valid date-time.")
            return None
        return format_ticks(ticks)

    def integers(self, name: str, *, required: bool = False) -> list[int] | None:
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, list) and all(
            isinstance(item, int) and not isinstance(item, bool) for item in value
        ):
            return list(value)
        self._error(self._name(name), "A list of integers is required.")
        return None

    def strings(self, name: str) -> list[str] | None:
        value = self._value(name, False)
        if value is None:
            return None
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)
        self._error(self._name(name), "A list of strings is required.")
        return None

    def object(self, name: str, *, required: bool = False) -> Body | None:
        value = self._value(name, required)
        return None if value is None else Body(value, self._name(name), self.errors)

    def objects(self, name: str, *, required: bool = False) -> list[Body] | None:
        value = self._value(name, required)
        if value is None:
            return None
        if not isinstance(value, list):
            self._error(self._name(name), "A list is required.")
            return None
        return [
            Body(item, f"{self._name(name)}[{index}]", self.errors)
            for index, item in enumerate(value)
        ]

    def check(self) -> None:
        """Raise the collected errors as one 400."""
        if self.errors:
            raise Problem(400, _VALIDATION_TITLE, dict(self.errors))
