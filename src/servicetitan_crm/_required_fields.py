"""What the generated models do with a field the document says is always there and never null.

Most fields of a record the server sends are read tolerantly (null or absent reads as None), but a
few are not optional: a record's own `id` (see `openapi/DECISIONS.md`, "typed ids"), and the
required fields of request models. Those are typed without `| None`, so a record lacking one, or
carrying it with another JSON type, cannot be decoded: the generated `from_dict` raises the errors
below, which name the model and the field, and the endpoint functions turn them into
`ResponseDecodeError` naming the operation.
"""

from __future__ import annotations

from typing import Any, TypeVar
from uuid import UUID

__all__ = ["MissingFieldError", "checked_uuid", "checked_value", "missing_field"]

_T = TypeVar("_T")

_JSON_NAMES: dict[type, str] = {
    int: "an integer",
    float: "a number",
    str: "a string",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
}


class MissingFieldError(KeyError):
    """A documented-required field is absent (a KeyError, as a plain missing key would be)."""

    def __str__(self) -> str:
        return str(self.args[0])


def missing_field(model: str, field: str) -> MissingFieldError:
    """The error for a record of `model` without `field` (its JSON name)."""
    return MissingFieldError(f"{model}.{field} is missing; it is required and never null")


def checked_value(value: Any, kind: type[_T], model: str, field: str) -> _T:
    """`value` when it is of JSON type `kind` (an integer is a number too, a boolean is neither),
    else a TypeError naming the field. Called only when `value.__class__` is not `kind`."""
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return value  # type: ignore[return-value]  # JSON has one number type
    raise TypeError(
        f"{model}.{field} is {_shown(value)}, not {_JSON_NAMES.get(kind, kind.__name__)}"
    )


def checked_uuid(value: Any, model: str, field: str) -> UUID:
    """The UUID a required GUID field holds, or an error naming the field."""
    if not isinstance(value, str):
        raise TypeError(f"{model}.{field} is {_shown(value)}, not a GUID string")
    try:
        return UUID(value)
    except ValueError:
        raise ValueError(f"{model}.{field} is not a GUID: {value!r}") from None


def _shown(value: object) -> str:
    if value is None:
        return "null"
    return _JSON_NAMES.get(type(value), type(value).__name__)
