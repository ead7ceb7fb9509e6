from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="LocationContactResponse")


@_attrs_define
class LocationContactResponse:
    """A location's contact, with when it last changed.

    Sent by the server: every property may be null.

    """

    created_on: datetime.datetime | None
    id: int | None
    modified_on: datetime.datetime | None
    phone_settings: None | PhoneSettings
    type_: ContactType | None
    value: None | str
    memo: None | str | Unset = UNSET
    preferences: ContactPreferencesResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

        phone_settings: dict[str, Any] | None
        if isinstance(self.phone_settings, PhoneSettings):
            phone_settings = self.phone_settings.to_dict()
        else:
            phone_settings = self.phone_settings

        type_: None | str
        if isinstance(self.type_, ContactType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: None | str
        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, ContactPreferencesResponse):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "phoneSettings": phone_settings,
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_created_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = parse_timestamp(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_on = _parse_created_on(d.pop("createdOn", None))

        id: int | None = d.pop("id", None)

        def _parse_modified_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = parse_timestamp(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified_on = _parse_modified_on(d.pop("modifiedOn", None))

        def _parse_phone_settings(data: object) -> None | PhoneSettings:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_settings_type_1 = PhoneSettings.from_dict(data)

                return phone_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneSettings, data)

        phone_settings = _parse_phone_settings(d.pop("phoneSettings", None))

        def _parse_type_(data: object) -> ContactType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ContactType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        value: None | str = d.pop("value", None)

        memo: None | str | Unset = d.pop("memo", UNSET)

        def _parse_preferences(data: object) -> ContactPreferencesResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferences_type_1 = ContactPreferencesResponse.from_dict(data)

                return preferences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactPreferencesResponse | None | Unset, data)

        preferences = _parse_preferences(d.pop("preferences", UNSET))

        location_contact_response = cls(
            created_on=created_on,
            id=id,
            modified_on=modified_on,
            phone_settings=phone_settings,
            type_=type_,
            value=value,
            memo=memo,
            preferences=preferences,
        )

        location_contact_response.additional_properties = d
        return location_contact_response

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
from ..models.contact_preferences_response import ContactPreferencesResponse
from ..models.phone_settings import PhoneSettings
