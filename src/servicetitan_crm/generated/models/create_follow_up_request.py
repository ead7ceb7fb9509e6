from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import missing_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset, format_timestamp, parse_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "followUpDate",
        "pinToTop",
        "text",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="CreateFollowUpRequest")


@_attrs_define
class CreateFollowUpRequest:
    """A follow-up to schedule on a lead."""

    follow_up_date: datetime.datetime
    pin_to_top: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        follow_up_date = format_timestamp(self.follow_up_date)

        pin_to_top: bool | None | Unset
        if isinstance(self.pin_to_top, Unset):
            pin_to_top = UNSET
        else:
            pin_to_top = self.pin_to_top

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "followUpDate": follow_up_date,
            }
        )
        if pin_to_top is not UNSET:
            field_dict["pinToTop"] = pin_to_top
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 3
        try:
            _follow_up_date = src_dict["followUpDate"]
        except KeyError:
            raise missing_field("CreateFollowUpRequest", "followUpDate") from None
        try:
            _pin_to_top = src_dict["pinToTop"]
        except KeyError:
            _pin_to_top = UNSET
            extra += 1
        try:
            _text = src_dict["text"]
        except KeyError:
            _text = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        follow_up_date = parse_timestamp(_follow_up_date)

        instance.follow_up_date = follow_up_date
        instance.pin_to_top = _pin_to_top
        instance.text = _text
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
