from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._lazy_nested import lazy_nested
from servicetitan_crm._required_fields import checked_value, missing_field
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

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _address_wire: Any

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address: Any = self.address
        if isinstance(address, CustomerAddress):
            address = address.to_dict()

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
        try:
            _name = src_dict["name"]
        except KeyError:
            raise missing_field("SubmitLeadFormRequest", "name") from None
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
        if _name.__class__ is not str:
            _name = checked_value(_name, str, "SubmitLeadFormRequest", "name")
        instance.name = _name
        if _address.__class__ is not dict and isinstance(_address, dict):
            _address = dict(_address)
        instance._address_wire = _address
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

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    SubmitLeadFormRequest,
    address=CustomerAddress.from_dict,
)
