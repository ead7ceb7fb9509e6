from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.contact_type import ContactType
from ..types import format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "id",
        "memo",
        "modifiedOn",
        "type",
        "value",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_CONTACT_TYPE_LOOKUP = str_enum_lookup(ContactType)

T = TypeVar("T", bound="BookingContactResponse")


@_attrs_define
class BookingContactResponse:
    """A phone number or email address of a booking, as stored.

    Sent by the server: every property but `id` may be null.

    """

    id: int
    memo: None | str
    modified_on: datetime.datetime | None
    type_: ContactType | None
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _modified_on_wire: Any

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        memo: None | str
        memo = self.memo

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        type_: None | str
        if isinstance(self.type_, ContactType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "memo": memo,
                "modifiedOn": modified_on,
                "type": type_,
                "value": value,
            }
        )
        for key in self._absent_keys:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 5
        absent: tuple[str, ...] = ()
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("BookingContactResponse", "id") from None
        try:
            _memo = src_dict["memo"]
        except KeyError:
            _memo = None
            extra += 1
            absent += ("memo",)
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = None
            extra += 1
            absent += ("type",)
        try:
            _value = src_dict["value"]
        except KeyError:
            _value = None
            extra += 1
            absent += ("value",)
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "BookingContactResponse", "id")
        instance.id = _id
        instance.memo = _memo
        instance._modified_on_wire = _modified_on
        try:
            _type_ = _CONTACT_TYPE_LOOKUP[_type_]
        except (KeyError, TypeError):
            _type_ = read_str_enum_value(ContactType, _type_)
        instance.type_ = _type_
        instance.value = _value
        instance.additional_properties = unknown
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    BookingContactResponse,
    "modified_on",
)
