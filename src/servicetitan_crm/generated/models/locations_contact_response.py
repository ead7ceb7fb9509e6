from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._lazy_nested import lazy_nested
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.contact_type import ContactType
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "createdOn",
        "id",
        "locationId",
        "modifiedOn",
        "phoneSettings",
        "type",
        "value",
        "memo",
        "preferences",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_CONTACT_TYPE_LOOKUP = str_enum_lookup(ContactType)

T = TypeVar("T", bound="LocationsContactResponse")


@_attrs_define
class LocationsContactResponse:
    """A location's contact, with the location's id and when it last changed.

    Sent by the server: every property but `id` may be null.

    """

    created_on: datetime.datetime | None
    id: int
    location_id: int | None
    modified_on: datetime.datetime | None
    phone_settings: None | PhoneSettings
    type_: ContactType | None
    value: None | str
    memo: None | str | Unset = UNSET
    preferences: ContactPreferencesResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _created_on_wire: Any
        _modified_on_wire: Any
        _phone_settings_wire: Any
        _preferences_wire: Any

    def to_dict(self) -> dict[str, Any]:
        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = self.id

        location_id: int | None
        location_id = self.location_id

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        phone_settings: Any = self.phone_settings
        if isinstance(phone_settings, PhoneSettings):
            phone_settings = phone_settings.to_dict()

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

        preferences: Any = self.preferences
        if isinstance(preferences, ContactPreferencesResponse):
            preferences = preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "locationId": location_id,
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
        extra = len(src_dict) - 9
        absent: tuple[str, ...] = ()
        try:
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("LocationsContactResponse", "id") from None
        try:
            _location_id = src_dict["locationId"]
        except KeyError:
            _location_id = None
            extra += 1
            absent += ("locationId",)
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _phone_settings = src_dict["phoneSettings"]
        except KeyError:
            _phone_settings = None
            extra += 1
            absent += ("phoneSettings",)
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
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance._created_on_wire = _created_on
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "LocationsContactResponse", "id")
        instance.id = _id
        instance.location_id = _location_id
        instance._modified_on_wire = _modified_on
        if _phone_settings.__class__ is not dict and isinstance(_phone_settings, dict):
            _phone_settings = dict(_phone_settings)
        instance._phone_settings_wire = _phone_settings
        try:
            _type_ = _CONTACT_TYPE_LOOKUP[_type_]
        except (KeyError, TypeError):
            _type_ = read_str_enum_value(ContactType, _type_)
        instance.type_ = _type_
        instance.value = _value
        instance.memo = _memo
        if _preferences.__class__ is not dict and isinstance(_preferences, dict):
            _preferences = dict(_preferences)
        instance._preferences_wire = _preferences
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
    LocationsContactResponse,
    "created_on",
    "modified_on",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.contact_preferences_response import ContactPreferencesResponse
from ..models.phone_settings import PhoneSettings

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    LocationsContactResponse,
    phone_settings=PhoneSettings.from_dict,
    preferences=ContactPreferencesResponse.from_dict,
)
