from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "active",
        "address",
        "customFields",
        "customerId",
        "externalData",
        "name",
        "tagTypeIds",
        "taxZoneId",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="UpdateLocationRequest")


@_attrs_define
class UpdateLocationRequest:
    """The fields to change on a location."""

    active: bool | Unset = UNSET
    address: LocationAddressPatchModel | Unset = UNSET
    """ The address fields to change on a location. """
    custom_fields: list[CustomFieldUpdateModel] | Unset = UNSET
    customer_id: int | Unset = UNSET
    external_data: ExternalDataUpdateRequest | Unset = UNSET
    """ Key-value data your application changes on a record. """
    name: str | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    tax_zone_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        name = self.name

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        tax_zone_id = self.tax_zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if name is not UNSET:
            field_dict["name"] = name
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 8
        try:
            _active = src_dict["active"]
        except KeyError:
            _active = UNSET
            extra += 1
        try:
            _address = src_dict["address"]
        except KeyError:
            _address = UNSET
            extra += 1
        try:
            _custom_fields = src_dict["customFields"]
        except KeyError:
            _custom_fields = UNSET
            extra += 1
        try:
            _customer_id = src_dict["customerId"]
        except KeyError:
            _customer_id = UNSET
            extra += 1
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            _external_data = UNSET
            extra += 1
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = UNSET
            extra += 1
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = UNSET
            extra += 1
        try:
            _tax_zone_id = src_dict["taxZoneId"]
        except KeyError:
            _tax_zone_id = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.active = _active
        instance.address = (
            UNSET if _address is UNSET else _LOCATION_ADDRESS_PATCH_MODEL_FROM_DICT(_address)
        )
        instance.custom_fields = (
            UNSET
            if _custom_fields is UNSET
            else list(map(_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT, _custom_fields))
        )
        instance.customer_id = _customer_id
        instance.external_data = (
            UNSET
            if _external_data is UNSET
            else _EXTERNAL_DATA_UPDATE_REQUEST_FROM_DICT(_external_data)
        )
        instance.name = _name
        instance.tag_type_ids = _tag_type_ids
        instance.tax_zone_id = _tax_zone_id
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
from ..models.custom_field_update_model import CustomFieldUpdateModel
from ..models.external_data_update_request import ExternalDataUpdateRequest
from ..models.location_address_patch_model import LocationAddressPatchModel

# Bound once: looking a classmethod up binds it anew on every call.
_LOCATION_ADDRESS_PATCH_MODEL_FROM_DICT = LocationAddressPatchModel.from_dict
_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT = CustomFieldUpdateModel.from_dict
_EXTERNAL_DATA_UPDATE_REQUEST_FROM_DICT = ExternalDataUpdateRequest.from_dict
