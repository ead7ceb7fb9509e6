from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="ContactResponse")


@_attrs_define
class ContactResponse:
    """A contact, a person shared between customers and locations, keyed by a GUID.

    Sent by the server: every property may be null.

    """

    created_by: int | None
    created_on: datetime.datetime | None
    id: None | UUID
    is_archived: bool | None
    modified_by: int | None
    modified_on: datetime.datetime | None
    name: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by: int | None
        created_by = self.created_by

        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        is_archived: bool | None
        is_archived = self.is_archived

        modified_by: int | None
        modified_by = self.modified_by

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

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
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "isArchived": is_archived,
                "modifiedBy": modified_by,
                "modifiedOn": modified_on,
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
        d = dict(src_dict)
        created_by: int | None = d.pop("createdBy", None)

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

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id", None))

        is_archived: bool | None = d.pop("isArchived", None)

        modified_by: int | None = d.pop("modifiedBy", None)

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

        name: None | str | Unset = d.pop("name", UNSET)

        reference_id: None | str | Unset = d.pop("referenceId", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        contact_response = cls(
            created_by=created_by,
            created_on=created_on,
            id=id,
            is_archived=is_archived,
            modified_by=modified_by,
            modified_on=modified_on,
            name=name,
            reference_id=reference_id,
            title=title,
        )

        contact_response.additional_properties = d
        return contact_response

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
