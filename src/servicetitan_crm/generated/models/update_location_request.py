from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _address = d.pop("address", UNSET)
        address: LocationAddressPatchModel | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = LocationAddressPatchModel.from_dict(_address)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldUpdateModel] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldUpdateModel.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        customer_id = d.pop("customerId", UNSET)

        _external_data = d.pop("externalData", UNSET)
        external_data: ExternalDataUpdateRequest | Unset
        if isinstance(_external_data, Unset):
            external_data = UNSET
        else:
            external_data = ExternalDataUpdateRequest.from_dict(_external_data)

        name = d.pop("name", UNSET)

        tag_type_ids = cast(list[int], d.pop("tagTypeIds", UNSET))

        tax_zone_id = d.pop("taxZoneId", UNSET)

        update_location_request = cls(
            active=active,
            address=address,
            custom_fields=custom_fields,
            customer_id=customer_id,
            external_data=external_data,
            name=name,
            tag_type_ids=tag_type_ids,
            tax_zone_id=tax_zone_id,
        )

        update_location_request.additional_properties = d
        return update_location_request

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
