from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="LocationCustomFieldTypeResponse")


@_attrs_define
class LocationCustomFieldTypeResponse:
    """A custom field locations can carry, with its data type.

    Sent by the server: every property may be null.

    """

    created_on: datetime.datetime | None
    id: int | None
    modified_on: datetime.datetime | None
    data_type: None | str | Unset = UNSET
    data_type_options: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

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

        data_type: None | str | Unset = d.pop("dataType", UNSET)

        def _parse_data_type_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_options_type_0 = cast(list[str], data)

                return data_type_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_type_options = _parse_data_type_options(d.pop("dataTypeOptions", UNSET))

        name: None | str | Unset = d.pop("name", UNSET)

        location_custom_field_type_response = cls(
            created_on=created_on,
            id=id,
            modified_on=modified_on,
            data_type=data_type,
            data_type_options=data_type_options,
            name=name,
        )

        location_custom_field_type_response.additional_properties = d
        return location_custom_field_type_response

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
