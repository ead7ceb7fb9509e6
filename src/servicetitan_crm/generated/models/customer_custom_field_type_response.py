from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "createdOn",
        "id",
        "modifiedOn",
        "dataType",
        "dataTypeOptions",
        "name",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="CustomerCustomFieldTypeResponse")


@_attrs_define
class CustomerCustomFieldTypeResponse:
    """A custom field customers can carry, with its data type.

    Sent by the server: every property but `id` may be null.

    """

    created_on: datetime.datetime | None
    id: int
    modified_on: datetime.datetime | None
    data_type: None | str | Unset = UNSET
    data_type_options: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
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
        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = self.id

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        data_type_options: list[str] | None | Unset
        if isinstance(self.data_type_options, Unset):
            data_type_options = UNSET
        elif isinstance(self.data_type_options, list):
            data_type_options = self.data_type_options

        else:
            data_type_options = self.data_type_options

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
            }
        )
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if data_type_options is not UNSET:
            field_dict["dataTypeOptions"] = data_type_options
        if name is not UNSET:
            field_dict["name"] = name
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
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("CustomerCustomFieldTypeResponse", "id") from None
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _data_type = src_dict["dataType"]
        except KeyError:
            _data_type = UNSET
            extra += 1
        try:
            _data_type_options = src_dict["dataTypeOptions"]
        except KeyError:
            _data_type_options = UNSET
            extra += 1
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance._created_on_wire = _created_on
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "CustomerCustomFieldTypeResponse", "id")
        instance.id = _id
        instance._modified_on_wire = _modified_on
        instance.data_type = _data_type
        instance.data_type_options = _data_type_options
        instance.name = _name
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
    CustomerCustomFieldTypeResponse,
    "created_on",
    "modified_on",
)
