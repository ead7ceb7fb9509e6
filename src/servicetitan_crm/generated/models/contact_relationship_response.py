from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_uuid, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import unknown_fields

from ..types import format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "createdBy",
        "createdOn",
        "id",
        "relatedEntityId",
        "typeName",
        "typeSlug",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="ContactRelationshipResponse")


@_attrs_define
class ContactRelationshipResponse:
    """A link from a contact to a record it belongs to (a customer, a location, ...).

    Sent by the server: every property but `id` may be null.

    """

    created_by: int | None
    created_on: datetime.datetime | None
    id: UUID
    related_entity_id: int | None
    type_name: None | str
    type_slug: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _created_on_wire: Any

    def to_dict(self) -> dict[str, Any]:
        created_by: int | None
        created_by = self.created_by

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = str(self.id)

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
        extra = len(src_dict) - 6
        absent: tuple[str, ...] = ()
        try:
            _created_by = src_dict["createdBy"]
        except KeyError:
            _created_by = None
            extra += 1
            absent += ("createdBy",)
        try:
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("ContactRelationshipResponse", "id") from None
        try:
            _related_entity_id = src_dict["relatedEntityId"]
        except KeyError:
            _related_entity_id = None
            extra += 1
            absent += ("relatedEntityId",)
        try:
            _type_name = src_dict["typeName"]
        except KeyError:
            _type_name = None
            extra += 1
            absent += ("typeName",)
        try:
            _type_slug = src_dict["typeSlug"]
        except KeyError:
            _type_slug = None
            extra += 1
            absent += ("typeSlug",)
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.created_by = _created_by
        instance._created_on_wire = _created_on
        instance.id = checked_uuid(_id, "ContactRelationshipResponse", "id")
        instance.related_entity_id = _related_entity_id
        instance.type_name = _type_name
        instance.type_slug = _type_slug
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
    ContactRelationshipResponse,
    "created_on",
)
