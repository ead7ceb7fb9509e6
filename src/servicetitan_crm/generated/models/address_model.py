from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "city",
        "country",
        "state",
        "street",
        "zip",
        "unit",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="AddressModel")


@_attrs_define
class AddressModel:
    """A street address as bookings and leads carry it.

    Sent by the server: every property may be null.

    """

    city: None | str
    country: None | str
    state: None | str
    street: None | str
    zip_: None | str
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

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
        if unit is not UNSET:
            field_dict["unit"] = unit
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
        extra = len(src_dict) - 6
        absent: tuple[str, ...] = ()
        try:
            _city = src_dict["city"]
        except KeyError:
            _city = None
            extra += 1
            absent += ("city",)
        try:
            _country = src_dict["country"]
        except KeyError:
            _country = None
            extra += 1
            absent += ("country",)
        try:
            _state = src_dict["state"]
        except KeyError:
            _state = None
            extra += 1
            absent += ("state",)
        try:
            _street = src_dict["street"]
        except KeyError:
            _street = None
            extra += 1
            absent += ("street",)
        try:
            _zip_ = src_dict["zip"]
        except KeyError:
            _zip_ = None
            extra += 1
            absent += ("zip",)
        try:
            _unit = src_dict["unit"]
        except KeyError:
            _unit = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.city = _city
        instance.country = _country
        instance.state = _state
        instance.street = _street
        instance.zip_ = _zip_
        instance.unit = _unit
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
