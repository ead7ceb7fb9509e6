from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExternalDataCreateRequest")


@_attrs_define
class ExternalDataCreateRequest:
    """Key-value data your application attaches to a new record."""

    application_guid: UUID
    external_data: list[ExternalDataModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_guid = str(self.application_guid)

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationGuid": application_guid,
                "externalData": external_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_guid = UUID(d.pop("applicationGuid"))

        external_data = []
        _external_data = d.pop("externalData")
        for external_data_item_data in _external_data:
            external_data_item = ExternalDataModel.from_dict(external_data_item_data)

            external_data.append(external_data_item)

        external_data_create_request = cls(
            application_guid=application_guid,
            external_data=external_data,
        )

        external_data_create_request.additional_properties = d
        return external_data_create_request

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


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.external_data_model import ExternalDataModel
