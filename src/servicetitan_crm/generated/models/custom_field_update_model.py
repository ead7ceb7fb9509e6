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
        "typeId",
        "value",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="CustomFieldUpdateModel")


@_attrs_define
class CustomFieldUpdateModel:
    """A custom field value to set on a record."""

    type_id: int
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "typeId": type_id,
                "value": value,
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
            _type_id = src_dict["typeId"]
        except KeyError:
            raise missing_field("CustomFieldUpdateModel", "typeId") from None
        try:
            _value = src_dict["value"]
        except KeyError:
            raise missing_field("CustomFieldUpdateModel", "value") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _type_id.__class__ is not int:
            _type_id = checked_value(_type_id, int, "CustomFieldUpdateModel", "typeId")
        instance.type_id = _type_id
        if _value.__class__ is not str:
            _value = checked_value(_value, str, "CustomFieldUpdateModel", "value")
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
