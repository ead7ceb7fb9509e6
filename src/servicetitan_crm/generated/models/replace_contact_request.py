from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "isArchived",
        "name",
        "referenceId",
        "title",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="ReplaceContactRequest")


@_attrs_define
class ReplaceContactRequest:
    """Every field of a contact, replacing what is stored."""

    is_archived: bool
    name: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_archived = self.is_archived

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isArchived": is_archived,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 4
        try:
            _is_archived = src_dict["isArchived"]
        except KeyError:
            raise missing_field("ReplaceContactRequest", "isArchived") from None
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = UNSET
            extra += 1
        try:
            _reference_id = src_dict["referenceId"]
        except KeyError:
            _reference_id = UNSET
            extra += 1
        try:
            _title = src_dict["title"]
        except KeyError:
            _title = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _is_archived.__class__ is not bool:
            _is_archived = checked_value(_is_archived, bool, "ReplaceContactRequest", "isArchived")
        instance.is_archived = _is_archived
        instance.name = _name
        instance.reference_id = _reference_id
        instance.title = _title
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
