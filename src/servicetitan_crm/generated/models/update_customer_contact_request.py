from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "memo",
        "preferences",
        "type",
        "value",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="UpdateCustomerContactRequest")


@_attrs_define
class UpdateCustomerContactRequest:
    """The fields to change on a customer's contact."""

    memo: str | Unset = UNSET
    preferences: ContactPreferencesRequest | Unset = UNSET
    """ The notification preferences to set on a customer or location contact. """
    type_: ContactType | Unset = UNSET
    """ Kind of contact value. LandlinePhone is the official export's name for the wire value Phone. """
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memo is not UNSET:
            field_dict["memo"] = memo
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 4
        try:
            _memo = src_dict["memo"]
        except KeyError:
            _memo = UNSET
            extra += 1
        try:
            _preferences = src_dict["preferences"]
        except KeyError:
            _preferences = UNSET
            extra += 1
        try:
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = UNSET
            extra += 1
        try:
            _value = src_dict["value"]
        except KeyError:
            _value = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.memo = _memo
        instance.preferences = (
            UNSET if _preferences is UNSET else _CONTACT_PREFERENCES_REQUEST_FROM_DICT(_preferences)
        )
        _type_ = _type_
        type_: ContactType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactType(_type_)

        instance.type_ = type_
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


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.contact_preferences_request import ContactPreferencesRequest

# Bound once: looking a classmethod up binds it anew on every call.
_CONTACT_PREFERENCES_REQUEST_FROM_DICT = ContactPreferencesRequest.from_dict
