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
        "name",
        "address",
        "email",
        "phoneNumber",
        "summary",
    )
)
# The wire names of the fields CustomerAddress documents (decoded inline below).
_CUSTOMER_ADDRESS_FIELDS = frozenset(
    (
        "city",
        "country",
        "state",
        "street",
        "zip",
        "latitude",
        "longitude",
        "unit",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="SubmitLeadFormRequest")


@_attrs_define
class SubmitLeadFormRequest:
    """What a web lead form collected."""

    name: str
    address: CustomerAddress | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 5
        _name = src_dict["name"]
        try:
            _address = src_dict["address"]
        except KeyError:
            _address = UNSET
            extra += 1
        try:
            _email = src_dict["email"]
        except KeyError:
            _email = UNSET
            extra += 1
        try:
            _phone_number = src_dict["phoneNumber"]
        except KeyError:
            _phone_number = UNSET
            extra += 1
        try:
            _summary = src_dict["summary"]
        except KeyError:
            _summary = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.name = _name
        if _address.__class__ is dict or (_address is not None and isinstance(_address, dict)):
            _address_model = _new_instance(CustomerAddress)
            _address_extra = len(_address) - 8
            try:
                _address_model.city = _address["city"]
            except KeyError:
                _address_model.city = None
                _address_extra += 1
            try:
                _address_model.country = _address["country"]
            except KeyError:
                _address_model.country = None
                _address_extra += 1
            try:
                _address_model.state = _address["state"]
            except KeyError:
                _address_model.state = None
                _address_extra += 1
            try:
                _address_model.street = _address["street"]
            except KeyError:
                _address_model.street = None
                _address_extra += 1
            try:
                _address_model.zip_ = _address["zip"]
            except KeyError:
                _address_model.zip_ = None
                _address_extra += 1
            try:
                _address_model.latitude = _address["latitude"]
            except KeyError:
                _address_model.latitude = UNSET
                _address_extra += 1
            try:
                _address_model.longitude = _address["longitude"]
            except KeyError:
                _address_model.longitude = UNSET
                _address_extra += 1
            try:
                _address_model.unit = _address["unit"]
            except KeyError:
                _address_model.unit = UNSET
                _address_extra += 1
            _address_model.additional_properties = (
                unknown_fields(_address, _CUSTOMER_ADDRESS_FIELDS, _address_extra)
                if _address_extra
                else {}
            )
            _address = _address_model
        instance.address = _address
        instance.email = _email
        instance.phone_number = _phone_number
        instance.summary = _summary
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
from ..models.customer_address import CustomerAddress
