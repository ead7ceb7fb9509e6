from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "type",
        "value",
        "memo",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="BookingContactModel")


@_attrs_define
class BookingContactModel:
    """A phone number or email address given with a new booking."""

    type_: ContactType
    """ Kind of contact value. LandlinePhone is the official export's name for the wire value Phone. """
    value: str
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 3
        try:
            _type_ = src_dict["type"]
        except KeyError:
            raise missing_field("BookingContactModel", "type") from None
        try:
            _value = src_dict["value"]
        except KeyError:
            raise missing_field("BookingContactModel", "value") from None
        try:
            _memo = src_dict["memo"]
        except KeyError:
            _memo = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        type_ = ContactType(_type_)

        instance.type_ = type_
        if _value.__class__ is not str:
            _value = checked_value(_value, str, "BookingContactModel", "value")
        instance.value = _value
        instance.memo = _memo
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
