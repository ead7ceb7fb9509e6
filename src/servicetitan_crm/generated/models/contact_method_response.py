from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_uuid, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.contact_type import ContactType
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "contactId",
        "createdBy",
        "createdOn",
        "id",
        "modifiedBy",
        "modifiedOn",
        "type",
        "value",
        "memo",
        "referenceId",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_CONTACT_TYPE_LOOKUP = str_enum_lookup(ContactType)

T = TypeVar("T", bound="ContactMethodResponse")


@_attrs_define
class ContactMethodResponse:
    """One way to reach a contact (a phone number, an email address), as stored.

    Sent by the server: every property but `id` may be null.

    """

    contact_id: None | UUID
    created_by: int | None
    created_on: datetime.datetime | None
    id: UUID
    modified_by: int | None
    modified_on: datetime.datetime | None
    type_: ContactType | None
    value: None | str
    memo: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
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
        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        created_by: int | None
        created_by = self.created_by

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = str(self.id)

        modified_by: int | None
        modified_by = self.modified_by

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        type_: None | str
        if isinstance(self.type_, ContactType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: None | str
        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactId": contact_id,
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "modifiedBy": modified_by,
                "modifiedOn": modified_on,
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
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
        extra = len(src_dict) - 10
        absent: tuple[str, ...] = ()
        try:
            _contact_id = src_dict["contactId"]
        except KeyError:
            _contact_id = None
            extra += 1
            absent += ("contactId",)
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
            raise missing_field("ContactMethodResponse", "id") from None
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
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = None
            extra += 1
            absent += ("type",)
        try:
            _value = src_dict["value"]
        except KeyError:
            _value = None
            extra += 1
            absent += ("value",)
        try:
            _memo = src_dict["memo"]
        except KeyError:
            _memo = UNSET
            extra += 1
        try:
            _reference_id = src_dict["referenceId"]
        except KeyError:
            _reference_id = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}

        def _parse_contact_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contact_id = _parse_contact_id(_contact_id)

        instance.contact_id = contact_id
        instance.created_by = _created_by
        instance._created_on_wire = _created_on
        instance.id = checked_uuid(_id, "ContactMethodResponse", "id")
        instance.modified_by = _modified_by
        instance._modified_on_wire = _modified_on
        try:
            _type_ = _CONTACT_TYPE_LOOKUP[_type_]
        except (KeyError, TypeError):
            _type_ = read_str_enum_value(ContactType, _type_)
        instance.type_ = _type_
        instance.value = _value
        instance.memo = _memo
        instance.reference_id = _reference_id
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
    ContactMethodResponse,
    "created_on",
    "modified_on",
)
