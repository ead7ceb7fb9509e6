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
        "description",
        "tagName",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="CreateBookingProviderTagRequest")


@_attrs_define
class CreateBookingProviderTagRequest:
    """A new booking-provider tag, under which a provider files bookings."""

    description: str
    tag_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        tag_name = self.tag_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "tagName": tag_name,
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
        extra = len(src_dict) - 2
        try:
            _description = src_dict["description"]
        except KeyError:
            raise missing_field("CreateBookingProviderTagRequest", "description") from None
        try:
            _tag_name = src_dict["tagName"]
        except KeyError:
            raise missing_field("CreateBookingProviderTagRequest", "tagName") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _description.__class__ is not str:
            _description = checked_value(
                _description, str, "CreateBookingProviderTagRequest", "description"
            )
        instance.description = _description
        if _tag_name.__class__ is not str:
            _tag_name = checked_value(_tag_name, str, "CreateBookingProviderTagRequest", "tagName")
        instance.tag_name = _tag_name
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
