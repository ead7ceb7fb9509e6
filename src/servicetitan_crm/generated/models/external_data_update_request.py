from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_data_patch_mode import ExternalDataPatchMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalDataUpdateRequest")


@_attrs_define
class ExternalDataUpdateRequest:
    """Key-value data your application changes on a record."""

    application_guid: UUID
    external_data: list[ExternalDataUpdateModel]
    patch_mode: ExternalDataPatchMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_guid = str(self.application_guid)

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        patch_mode: None | str | Unset
        if isinstance(self.patch_mode, Unset):
            patch_mode = UNSET
        elif isinstance(self.patch_mode, ExternalDataPatchMode):
            patch_mode = self.patch_mode.value
        else:
            patch_mode = self.patch_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationGuid": application_guid,
                "externalData": external_data,
            }
        )
        if patch_mode is not UNSET:
            field_dict["patchMode"] = patch_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_guid = UUID(d.pop("applicationGuid"))

        external_data = []
        _external_data = d.pop("externalData")
        for external_data_item_data in _external_data:
            external_data_item = ExternalDataUpdateModel.from_dict(external_data_item_data)

            external_data.append(external_data_item)

        def _parse_patch_mode(data: object) -> ExternalDataPatchMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                patch_mode_type_1 = ExternalDataPatchMode(data)

                return patch_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalDataPatchMode | None | Unset, data)

        patch_mode = _parse_patch_mode(d.pop("patchMode", UNSET))

        external_data_update_request = cls(
            application_guid=application_guid,
            external_data=external_data,
            patch_mode=patch_mode,
        )

        external_data_update_request.additional_properties = d
        return external_data_update_request

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
from ..models.external_data_update_model import ExternalDataUpdateModel
