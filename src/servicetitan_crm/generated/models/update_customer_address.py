from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "city",
        "country",
        "latitude",
        "longitude",
        "state",
        "street",
        "unit",
        "zip",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="UpdateCustomerAddress")


@_attrs_define
class UpdateCustomerAddress:
    """The address fields to change on a customer."""

    city: str
    country: str
    latitude: float
    longitude: float
    state: str
    street: str
    unit: str
    zip_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        latitude = self.latitude

        longitude = self.longitude

        state = self.state

        street = self.street

        unit = self.unit

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "latitude": latitude,
                "longitude": longitude,
                "state": state,
                "street": street,
                "unit": unit,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 8
        try:
            _city = src_dict["city"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "city") from None
        try:
            _country = src_dict["country"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "country") from None
        try:
            _latitude = src_dict["latitude"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "latitude") from None
        try:
            _longitude = src_dict["longitude"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "longitude") from None
        try:
            _state = src_dict["state"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "state") from None
        try:
            _street = src_dict["street"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "street") from None
        try:
            _unit = src_dict["unit"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "unit") from None
        try:
            _zip_ = src_dict["zip"]
        except KeyError:
            raise missing_field("UpdateCustomerAddress", "zip") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _city.__class__ is not str:
            _city = checked_value(_city, str, "UpdateCustomerAddress", "city")
        instance.city = _city
        if _country.__class__ is not str:
            _country = checked_value(_country, str, "UpdateCustomerAddress", "country")
        instance.country = _country
        if _latitude.__class__ is not float:
            _latitude = checked_value(_latitude, float, "UpdateCustomerAddress", "latitude")
        instance.latitude = _latitude
        if _longitude.__class__ is not float:
            _longitude = checked_value(_longitude, float, "UpdateCustomerAddress", "longitude")
        instance.longitude = _longitude
        if _state.__class__ is not str:
            _state = checked_value(_state, str, "UpdateCustomerAddress", "state")
        instance.state = _state
        if _street.__class__ is not str:
            _street = checked_value(_street, str, "UpdateCustomerAddress", "street")
        instance.street = _street
        if _unit.__class__ is not str:
            _unit = checked_value(_unit, str, "UpdateCustomerAddress", "unit")
        instance.unit = _unit
        if _zip_.__class__ is not str:
            _zip_ = checked_value(_zip_, str, "UpdateCustomerAddress", "zip")
        instance.zip_ = _zip_
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
