"""What the generated models do with data the document does not describe.

The API adds fields and enum values over time. Unknown fields are kept in a model's
`additional_properties` and written back by `to_dict()`; an unknown enum value becomes a
pseudo-member that carries the raw value instead of failing the whole response. The generated
`from_dict` methods call these on every record, so they are written for speed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import Enum, IntEnum, StrEnum
from typing import Any, TypeVar

from ._constants import MAX_PSEUDO_MEMBERS_PER_ENUM

_EnumT = TypeVar("_EnumT", bound=Enum)
_StrEnumT = TypeVar("_StrEnumT", bound=StrEnum)
_IntEnumT = TypeVar("_IntEnumT", bound=IntEnum)

# Per enum class, the pseudo-members made so far by value: building one costs about ten dict
# lookups, and an unknown value usually repeats across a batch.
_pseudo_members: dict[type[Enum], dict[Any, Enum]] = {}
# Per string enum class, what a field of that enum decodes each wire value to (see
# `str_enum_lookup`): its members, null, and the pseudo-members remembered so far.
_lookups: dict[type[Enum], dict[Any, Any]] = {}


def unknown_fields(
    source: Mapping[str, Any], known: Collection[str], count: int | None = None
) -> dict[str, Any]:
    """The items of `source` whose keys are not in `known`, in their original order.

    `count`, when the caller knows it, is how many there are: the search then runs from the
    end, where the API appends the fields it adds, and stops at the last one found.
    """
    if count is None or not isinstance(source, dict):
        return {key: source[key] for key in source if key not in known}
    if count == 1:
        # The usual case: one field the document does not name yet.
        for key in reversed(source):
            if key not in known:
                return {key: source[key]}
    found: dict[str, Any] = {}
    for key in reversed(source):
        if key not in known:
            found[key] = source[key]
            if len(found) == count:
                break
    return dict(reversed(found.items()))


def _remember(cls: type[Enum], value: Any, member: _EnumT) -> _EnumT:
    members = _pseudo_members.setdefault(cls, {})
    if len(members) < MAX_PSEUDO_MEMBERS_PER_ENUM:
        members[value] = member
        lookup = _lookups.get(cls)
        if lookup is not None:
            lookup[value] = member
    return member


def _remembered(cls: type[_EnumT], value: Any) -> _EnumT | None:
    members = _pseudo_members.get(cls)
    member = None if members is None else members.get(value)
    return member if isinstance(member, cls) else None


def str_pseudo_member(cls: type[_StrEnumT], value: str) -> _StrEnumT:
    """A member of `cls` for a value it does not list: equal to the value, named after it.

    It is not added to the class, so iteration lists only the known members and
    `value in cls._value2member_map_` tells the two apart. Made once per value and class.
    """
    member = _remembered(cls, value)
    if member is None:
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        _remember(cls, value, member)
    return member


def int_pseudo_member(cls: type[_IntEnumT], value: int) -> _IntEnumT:
    """As `str_pseudo_member`, for integer enums; named `UNKNOWN_<value>`."""
    member = _remembered(cls, value)
    if member is None:
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        _remember(cls, value, member)
    return member


def read_str_enum(cls: type[_StrEnumT], value: str) -> _StrEnumT:
    """The member of `cls` for `value`, or a pseudo-member when `cls` does not list it.

    Cheaper than `cls(value)`, which goes through `Enum.__call__` and `_missing_` for unknown
    values; the generated models look known values up in `cls._value2member_map_` first and call
    this when that misses.
    """
    pseudo_member = _remembered(cls, value)
    if pseudo_member is not None:
        return pseudo_member
    member = cls._value2member_map_.get(value)
    if isinstance(member, cls):
        return member
    return str_pseudo_member(cls, value)


def str_enum_lookup(cls: type[StrEnum]) -> dict[Any, Any]:
    """What a field of enum `cls` decodes each wire value to, for the generated `from_dict`.

    Holds the members by value, `None` for null, and the pseudo-members remembered so far, so
    the usual value costs one dict lookup; a value it misses goes to `read_str_enum_value`. The
    same dict is handed to every model, and it grows only by remembered pseudo-members.
    """
    lookup = _lookups.get(cls)
    if lookup is None:
        lookup = {None: None, **cls._value2member_map_, **_pseudo_members.get(cls, {})}
        _lookups[cls] = lookup
    return lookup


def read_str_enum_value(cls: type[_StrEnumT], value: object) -> object:
    """A value `str_enum_lookup` missed: a pseudo-member for a string, anything else as sent."""
    if isinstance(value, str):
        return read_str_enum(cls, value)
    return value
