from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.booking_agent_tag_type import BookingAgentTagType
from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="BookingProviderTagResponse")


@_attrs_define
class BookingProviderTagResponse:
    """A booking-provider tag after a change.

    Sent by the server: every property may be null.

    """

    created_on: datetime.datetime | None
    description: None | str
    id: int | None
    modified_on: datetime.datetime | None
    tag_name: None | str
    type_: BookingAgentTagType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        description: None | str
        description = self.description

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

        tag_name: None | str
        tag_name = self.tag_name

        type_: None | str
        if isinstance(self.type_, BookingAgentTagType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "description": description,
                "id": id,
                "modifiedOn": modified_on,
                "tagName": tag_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_created_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = parse_timestamp(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_on = _parse_created_on(d.pop("createdOn", None))

        description: None | str = d.pop("description", None)

        id: int | None = d.pop("id", None)

        def _parse_modified_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = parse_timestamp(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified_on = _parse_modified_on(d.pop("modifiedOn", None))

        tag_name: None | str = d.pop("tagName", None)

        def _parse_type_(data: object) -> BookingAgentTagType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = BookingAgentTagType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookingAgentTagType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        booking_provider_tag_response = cls(
            created_on=created_on,
            description=description,
            id=id,
            modified_on=modified_on,
            tag_name=tag_name,
            type_=type_,
        )

        booking_provider_tag_response.additional_properties = d
        return booking_provider_tag_response

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
