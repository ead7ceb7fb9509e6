from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_uuid, missing_field
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.external_data_patch_mode import ExternalDataPatchMode
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "applicationGuid",
        "externalData",
        "patchMode",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_EXTERNAL_DATA_PATCH_MODE_LOOKUP = str_enum_lookup(ExternalDataPatchMode)

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 3
        try:
            _application_guid = src_dict["applicationGuid"]
        except KeyError:
            raise missing_field("ExternalDataUpdateRequest", "applicationGuid") from None
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            raise missing_field("ExternalDataUpdateRequest", "externalData") from None
        try:
            _patch_mode = src_dict["patchMode"]
        except KeyError:
            _patch_mode = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.application_guid = checked_uuid(
            _application_guid, "ExternalDataUpdateRequest", "applicationGuid"
        )
        instance.external_data = list(map(_EXTERNAL_DATA_UPDATE_MODEL_FROM_DICT, _external_data))
        try:
            _patch_mode = _EXTERNAL_DATA_PATCH_MODE_LOOKUP[_patch_mode]
        except (KeyError, TypeError):
            _patch_mode = read_str_enum_value(ExternalDataPatchMode, _patch_mode)
        instance.patch_mode = _patch_mode
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


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.external_data_update_model import ExternalDataUpdateModel

# Bound once: looking a classmethod up binds it anew on every call.
_EXTERNAL_DATA_UPDATE_MODEL_FROM_DICT = ExternalDataUpdateModel.from_dict
