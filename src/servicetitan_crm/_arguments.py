"""Caller input checked before anything is sent: one place for both the endpoint functions and the
resource client.

The generated endpoint modules call these from their argument handling (`_get_kwargs`), so
`customers_get.asyncio(None, client=st)` and `st.customers.get(None)` fail the same way, with the
same message, before a request exists. Each check returns the value as it goes on the wire.

- A value of the wrong type is a `TypeError` naming the operation and the parameter.
- A value of the right type that cannot be right (an unknown enum wire string, a tenant of -5)
  is a `ConfigurationError` (also a `ValueError`).
- Timestamps: an aware `datetime` is sent as it is; a naive `datetime` is read as UTC (as the API
  reads zone-less times) and a `date` as midnight UTC of that day.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, Final, Protocol
from urllib.parse import quote
from uuid import UUID

from ._errors import ConfigurationError
from .generated.types import format_timestamp

__all__ = [
    "boolean",
    "integer",
    "json_body",
    "number",
    "path_integer",
    "path_text",
    "path_uuid",
    "query_enum",
    "tenant_id",
    "text",
    "timestamp",
    "uuid",
    "wrong_type",
]

_KNOWN_VALUES: dict[type[enum.Enum], tuple[str, ...]] = {}
_UTC: Final = datetime.UTC


class _RequestModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def wrong_type(name: str, expected: str, value: object, operation: str = "") -> TypeError:
    """`name must be <expected>, not <type> <value>`, after `<operation>: ` when given."""
    where = f"{operation}: " if operation else ""
    return TypeError(f"{where}{name} must be {expected}, not {type(value).__name__} {value!r}")


# --- Path parameters: checked, then quoted for the URL ------------------------------------------


def path_integer(value: object, name: str, operation: str) -> str:
    """An int64 id in a path (`/customers/{id}`)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(name, "an int (an int64 id)", value, operation)
    return str(value)


def path_uuid(value: object, name: str, operation: str) -> str:
    """A GUID id in a path (`/contacts/{id}`)."""
    if not isinstance(value, UUID):
        raise wrong_type(name, "a uuid.UUID", value, operation)
    return str(value)


def path_text(value: object, name: str, operation: str) -> str:
    """A name in a path (`typeSlug`, `preferenceName`): a non-empty string, quoted whole."""
    if not isinstance(value, str):
        raise wrong_type(name, "a str", value, operation)
    if not value:
        raise ConfigurationError(f"{operation}: {name} must not be empty")
    return quote(value, safe="")


# --- Query parameters and bodies -----------------------------------------------------------------


def integer(value: object, name: str, operation: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(name, "an int", value, operation)
    return value


def boolean(value: object, name: str, operation: str) -> bool:
    if not isinstance(value, bool):
        raise wrong_type(name, "a bool", value, operation)
    return value


def number(value: object, name: str, operation: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong_type(name, "a float or an int", value, operation)
    return value


def text(value: object, name: str, operation: str) -> str:
    if not isinstance(value, str):
        raise wrong_type(name, "a str", value, operation)
    return value


def uuid(value: object, name: str, operation: str) -> str:
    if not isinstance(value, UUID):
        raise wrong_type(name, "a uuid.UUID", value, operation)
    return str(value)


def timestamp(value: object, name: str, operation: str) -> str:
    """A date-time filter: see the module docstring for naive datetimes and dates."""
    if isinstance(value, datetime.datetime):
        return format_timestamp(value)
    if isinstance(value, datetime.date):
        return format_timestamp(datetime.datetime(value.year, value.month, value.day, tzinfo=_UTC))
    raise wrong_type(name, "a datetime or a date", value, operation)


def query_enum(value: object, kind: type[enum.Enum], name: str, operation: str) -> str:
    """An enum parameter: the member (`ActiveRequestArg.ANY`) or its wire string (`"Any"`)."""
    if isinstance(value, kind):
        return str(value.value)
    if not isinstance(value, str):
        raise wrong_type(name, f"a {kind.__name__} or its wire string", value, operation)
    known = _KNOWN_VALUES.get(kind)
    if known is None:
        known = _KNOWN_VALUES[kind] = tuple(str(member.value) for member in kind)
    if value not in known:
        choices = ", ".join(repr(wire) for wire in known)
        raise ConfigurationError(f"{operation}: {name} must be one of {choices}, not {value!r}")
    return value


def json_body(value: object, model: type[_RequestModel], operation: str) -> dict[str, Any]:
    """A request body: an instance of the operation's model (a dict is refused, not guessed at)."""
    if not isinstance(value, model):
        hint = (
            f"; to send a dict, build the model with {model.__name__}.from_dict(data)"
            if isinstance(value, dict)
            else ""
        )
        raise TypeError(
            f"{operation}: body must be a {model.__name__} (from servicetitan_crm.models), "
            f"not {type(value).__name__}{hint}"
        )
    return value.to_dict()


# --- Client configuration -------------------------------------------------------------------------


def tenant_id(value: object, source: str) -> int:
    """The tenant id: a positive int, or its decimal string in ASCII digits (blanks around it are
    dropped).

    `source` names where the value came from (`tenant`, an environment variable, a config file's
    entry). Every mistake is a `ConfigurationError`, its type included: the id is configuration,
    often read from text, and callers such as the sync command report configuration errors.
    """
    number: object = value
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isascii() and stripped.isdigit():
            number = int(stripped)
    if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
        raise ConfigurationError(f"{source}: a tenant id is a positive integer, not {value!r}")
    return number
