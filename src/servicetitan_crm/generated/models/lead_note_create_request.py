from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadNoteCreateRequest")


@_attrs_define
class LeadNoteCreateRequest:
    """A note to add to a lead."""

    text: str
    pin_to_top: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        pin_to_top: bool | None | Unset
        if isinstance(self.pin_to_top, Unset):
            pin_to_top = UNSET
        else:
            pin_to_top = self.pin_to_top

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if pin_to_top is not UNSET:
            field_dict["pinToTop"] = pin_to_top

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        pin_to_top: bool | None | Unset = d.pop("pinToTop", UNSET)

        lead_note_create_request = cls(
            text=text,
            pin_to_top=pin_to_top,
        )

        lead_note_create_request.additional_properties = d
        return lead_note_create_request

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
