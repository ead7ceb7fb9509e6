from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="NoteResponse")


@_attrs_define
class NoteResponse:
    """A note on a customer, location or lead.

    Sent by the server: every property may be null.

    """

    created_by_id: int | None
    created_on: datetime.datetime | None
    id: int | None
    is_pinned: bool | None
    modified_on: datetime.datetime | None
    text: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by_id: int | None
        created_by_id = self.created_by_id

        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        id: int | None
        id = self.id

        is_pinned: bool | None
        is_pinned = self.is_pinned

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

        text: None | str
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "isPinned": is_pinned,
                "modifiedOn": modified_on,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_by_id: int | None = d.pop("createdById", None)

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

        id: int | None = d.pop("id", None)

        is_pinned: bool | None = d.pop("isPinned", None)

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

        text: None | str = d.pop("text", None)

        note_response = cls(
            created_by_id=created_by_id,
            created_on=created_on,
            id=id,
            is_pinned=is_pinned,
            modified_on=modified_on,
            text=text,
        )

        note_response.additional_properties = d
        return note_response

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
