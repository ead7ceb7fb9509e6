from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "followUpDate",
        "leadId",
        "pinToTop",
        "text",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="FollowUpResponse")


@_attrs_define
class FollowUpResponse:
    """The follow-up just scheduled on a lead.

    Sent by the server: every property may be null.

    """

    follow_up_date: datetime.datetime | None
    lead_id: int | None
    pin_to_top: bool | None
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _follow_up_date_wire: Any

    def to_dict(self) -> dict[str, Any]:
        follow_up_date = self._follow_up_date_wire
        if isinstance(follow_up_date, datetime.datetime):
            follow_up_date = format_timestamp(follow_up_date)

        lead_id: int | None
        lead_id = self.lead_id

        pin_to_top: bool | None
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
                "leadId": lead_id,
                "pinToTop": pin_to_top,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
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
        extra = len(src_dict) - 4
        absent: tuple[str, ...] = ()
        try:
            _follow_up_date = src_dict["followUpDate"]
        except KeyError:
            _follow_up_date = None
            extra += 1
            absent += ("followUpDate",)
        try:
            _lead_id = src_dict["leadId"]
        except KeyError:
            _lead_id = None
            extra += 1
            absent += ("leadId",)
        try:
            _pin_to_top = src_dict["pinToTop"]
        except KeyError:
            _pin_to_top = None
            extra += 1
            absent += ("pinToTop",)
        try:
            _text = src_dict["text"]
        except KeyError:
            _text = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance._follow_up_date_wire = _follow_up_date
        instance.lead_id = _lead_id
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


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    FollowUpResponse,
    "follow_up_date",
)
