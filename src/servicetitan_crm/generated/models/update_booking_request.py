from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="UpdateBookingRequest")


@_attrs_define
class UpdateBookingRequest:
    """The fields to change on a booking."""

    address: AddressPatchModel | Unset = UNSET
    """ The address fields to change on a booking; fields left out stay as they are. """
    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    customer_type: CustomerType | Unset = UNSET
    """ Residential or commercial customer. """
    external_id: str | Unset = UNSET
    is_first_time_client: bool | Unset = UNSET
    job_type_id: int | Unset = UNSET
    name: str | Unset = UNSET
    priority: Priority | Unset = UNSET
    """ Urgency of a booking or lead. """
    source: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    summary: str | Unset = UNSET
    uploaded_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        external_id = self.external_id

        is_first_time_client = self.is_first_time_client

        job_type_id = self.job_type_id

        name = self.name

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        source = self.source

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = format_timestamp(self.start)

        summary = self.summary

        uploaded_images: list[str] | Unset = UNSET
        if not isinstance(self.uploaded_images, Unset):
            uploaded_images = self.uploaded_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_first_time_client is not UNSET:
            field_dict["isFirstTimeClient"] = is_first_time_client
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if source is not UNSET:
            field_dict["source"] = source
        if start is not UNSET:
            field_dict["start"] = start
        if summary is not UNSET:
            field_dict["summary"] = summary
        if uploaded_images is not UNSET:
            field_dict["uploadedImages"] = uploaded_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: AddressPatchModel | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressPatchModel.from_dict(_address)

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        _customer_type = d.pop("customerType", UNSET)
        customer_type: CustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerType(_customer_type)

        external_id = d.pop("externalId", UNSET)

        is_first_time_client = d.pop("isFirstTimeClient", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        name = d.pop("name", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        source = d.pop("source", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = parse_timestamp(_start)

        summary = d.pop("summary", UNSET)

        uploaded_images = cast(list[str], d.pop("uploadedImages", UNSET))

        update_booking_request = cls(
            address=address,
            business_unit_id=business_unit_id,
            campaign_id=campaign_id,
            customer_type=customer_type,
            external_id=external_id,
            is_first_time_client=is_first_time_client,
            job_type_id=job_type_id,
            name=name,
            priority=priority,
            source=source,
            start=start,
            summary=summary,
            uploaded_images=uploaded_images,
        )

        update_booking_request.additional_properties = d
        return update_booking_request

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
from ..models.address_patch_model import AddressPatchModel
