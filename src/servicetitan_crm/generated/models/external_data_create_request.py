from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_uuid, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "applicationGuid",
        "externalData",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 2
        try:
            _application_guid = src_dict["applicationGuid"]
        except KeyError:
            raise missing_field("ExternalDataCreateRequest", "applicationGuid") from None
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            raise missing_field("ExternalDataCreateRequest", "externalData") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.application_guid = checked_uuid(
            _application_guid, "ExternalDataCreateRequest", "applicationGuid"
        )
        instance.external_data = list(map(_EXTERNAL_DATA_MODEL_FROM_DICT, _external_data))
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
from ..models.external_data_model import ExternalDataModel

# Bound once: looking a classmethod up binds it anew on every call.
_EXTERNAL_DATA_MODEL_FROM_DICT = ExternalDataModel.from_dict
