from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationContactUpdateRequest")


@_attrs_define
class LocationContactUpdateRequest:
    """The fields to change on a location's contact."""

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
        d = dict(src_dict)
        memo = d.pop("memo", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: ContactPreferencesRequest | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = ContactPreferencesRequest.from_dict(_preferences)

        _type_ = d.pop("type", UNSET)
        type_: ContactType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactType(_type_)

        value = d.pop("value", UNSET)

        location_contact_update_request = cls(
            memo=memo,
            preferences=preferences,
            type_=type_,
            value=value,
        )

        location_contact_update_request.additional_properties = d
        return location_contact_update_request

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
