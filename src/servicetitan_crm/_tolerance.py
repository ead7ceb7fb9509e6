"""What the generated models do with data the document does not describe.

The API adds fields and enum values over time. Unknown fields are kept in a model's
`additional_properties` and written back by `to_dict()`; an unknown enum value becomes a
pseudo-member that carries the raw value instead of failing the whole response. The generated
`from_dict` methods call these on every record, so they are written for speed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import IntEnum, StrEnum
from typing import Any, TypeVar

_StrEnumT = TypeVar("_StrEnumT", bound=StrEnum)
_IntEnumT = TypeVar("_IntEnumT", bound=IntEnum)


def unknown_fields(source: Mapping[str, Any], known: Collection[str]) -> dict[str, Any]:
    """The items of `source` whose keys are not in `known`, in their original order."""
    return {key: value for key, value in source.items() if key not in known}


def str_pseudo_member(cls: type[_StrEnumT], value: str) -> _StrEnumT:
    """A member of `cls` for a value it does not list: equal to the value, named after it.

    It is not added to the class, so iteration lists only the known members and
    `value in cls._value2member_map_` tells the two apart.
    """
    member = str.__new__(cls, value)
    member._name_ = value
    member._value_ = value
    return member


def int_pseudo_member(cls: type[_IntEnumT], value: int) -> _IntEnumT:
    """As `str_pseudo_member`, for integer enums; named `UNKNOWN_<value>`."""
    member = int.__new__(cls, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return member


def read_str_enum(cls: type[_StrEnumT], value: str) -> _StrEnumT:
    """The member of `cls` for `value`, or a pseudo-member when `cls` does not list it.

    Cheaper than `cls(value)`, which goes through `Enum.__call__` and `_missing_` for unknown
    values; the generated models look known values up in `cls._value2member_map_` first and call
    this only when that misses.
    """
    member = cls._value2member_map_.get(value)
    if isinstance(member, cls):
        return member
    return str_pseudo_member(cls, value)
