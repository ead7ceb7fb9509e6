from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """The billing address of a customer, or the address of a location.

    Sent by the server: every property may be null.

    """

    city: None | str
    country: None | str
    state: None | str
    street: None | str
    zip_: None | str
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str
        city = self.city

        country: None | str
        country = self.country

        state: None | str
        state = self.state

        street: None | str
        street = self.street

        zip_: None | str
        zip_ = self.zip_

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "state": state,
                "street": street,
                "zip": zip_,
            }
        )
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city: None | str = d.pop("city", None)

        country: None | str = d.pop("country", None)

        state: None | str = d.pop("state", None)

        street: None | str = d.pop("street", None)

        zip_: None | str = d.pop("zip", None)

        latitude: float | None | Unset = d.pop("latitude", UNSET)

        longitude: float | None | Unset = d.pop("longitude", UNSET)

        unit: None | str | Unset = d.pop("unit", UNSET)

        customer_address = cls(
            city=city,
            country=country,
            state=state,
            street=street,
            zip_=zip_,
            latitude=latitude,
            longitude=longitude,
            unit=unit,
        )

        customer_address.additional_properties = d
        return customer_address

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
