from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="ContactRelationshipResponse")


@_attrs_define
class ContactRelationshipResponse:
    """A link from a contact to a record it belongs to (a customer, a location, ...).

    Sent by the server: every property may be null.

    """

    created_by: int | None
    created_on: datetime.datetime | None
    id: None | UUID
    related_entity_id: int | None
    type_name: None | str
    type_slug: None | str
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

        related_entity_id: int | None
        related_entity_id = self.related_entity_id

        type_name: None | str
        type_name = self.type_name

        type_slug: None | str
        type_slug = self.type_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "relatedEntityId": related_entity_id,
                "typeName": type_name,
                "typeSlug": type_slug,
            }
        )

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

        related_entity_id: int | None = d.pop("relatedEntityId", None)

        type_name: None | str = d.pop("typeName", None)

        type_slug: None | str = d.pop("typeSlug", None)

        contact_relationship_response = cls(
            created_by=created_by,
            created_on=created_on,
            id=id,
            related_entity_id=related_entity_id,
            type_name=type_name,
            type_slug=type_slug,
        )

        contact_relationship_response.additional_properties = d
        return contact_relationship_response

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
