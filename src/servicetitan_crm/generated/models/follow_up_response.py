from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_timestamp, parse_timestamp

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

    def to_dict(self) -> dict[str, Any]:
        follow_up_date: None | str
        if isinstance(self.follow_up_date, datetime.datetime):
            follow_up_date = format_timestamp(self.follow_up_date)
        else:
            follow_up_date = self.follow_up_date

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_follow_up_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_date_type_0 = parse_timestamp(data)

                return follow_up_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        follow_up_date = _parse_follow_up_date(d.pop("followUpDate", None))

        lead_id: int | None = d.pop("leadId", None)

        pin_to_top: bool | None = d.pop("pinToTop", None)

        text: None | str | Unset = d.pop("text", UNSET)

        follow_up_response = cls(
            follow_up_date=follow_up_date,
            lead_id=lead_id,
            pin_to_top=pin_to_top,
            text=text,
        )

        follow_up_response.additional_properties = d
        return follow_up_response

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
