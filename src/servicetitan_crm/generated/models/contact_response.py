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

from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "createdBy",
        "createdOn",
        "id",
        "isArchived",
        "modifiedBy",
        "modifiedOn",
        "name",
        "referenceId",
        "title",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="ContactResponse")


@_attrs_define
class ContactResponse:
    """A contact, a person shared between customers and locations, keyed by a GUID.

    Sent by the server: every property but `id` may be null.

    """

    created_by: int | None
    created_on: datetime.datetime | None
    id: UUID
    is_archived: bool | None
    modified_by: int | None
    modified_on: datetime.datetime | None
    name: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _created_on_wire: Any
        _modified_on_wire: Any

    def to_dict(self) -> dict[str, Any]:
        created_by: int | None
        created_by = self.created_by

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = str(self.id)

        is_archived: bool | None
        is_archived = self.is_archived

        modified_by: int | None
        modified_by = self.modified_by

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

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
        extra = len(src_dict) - 9
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
            raise missing_field("ContactResponse", "id") from None
        try:
            _is_archived = src_dict["isArchived"]
        except KeyError:
            _is_archived = None
            extra += 1
            absent += ("isArchived",)
        try:
            _modified_by = src_dict["modifiedBy"]
        except KeyError:
            _modified_by = None
            extra += 1
            absent += ("modifiedBy",)
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
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
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.created_by = _created_by
        instance._created_on_wire = _created_on
        instance.id = checked_uuid(_id, "ContactResponse", "id")
        instance.is_archived = _is_archived
        instance.modified_by = _modified_by
        instance._modified_on_wire = _modified_on
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


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    ContactResponse,
    "created_on",
    "modified_on",
)
