from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..models.customer_type import CustomerType
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "address",
        "businessUnitId",
        "campaignId",
        "customerType",
        "externalId",
        "isFirstTimeClient",
        "jobTypeId",
        "name",
        "priority",
        "source",
        "start",
        "summary",
        "uploadedImages",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 13
        try:
            _address = src_dict["address"]
        except KeyError:
            _address = UNSET
            extra += 1
        try:
            _business_unit_id = src_dict["businessUnitId"]
        except KeyError:
            _business_unit_id = UNSET
            extra += 1
        try:
            _campaign_id = src_dict["campaignId"]
        except KeyError:
            _campaign_id = UNSET
            extra += 1
        try:
            _customer_type = src_dict["customerType"]
        except KeyError:
            _customer_type = UNSET
            extra += 1
        try:
            _external_id = src_dict["externalId"]
        except KeyError:
            _external_id = UNSET
            extra += 1
        try:
            _is_first_time_client = src_dict["isFirstTimeClient"]
        except KeyError:
            _is_first_time_client = UNSET
            extra += 1
        try:
            _job_type_id = src_dict["jobTypeId"]
        except KeyError:
            _job_type_id = UNSET
            extra += 1
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = UNSET
            extra += 1
        try:
            _priority = src_dict["priority"]
        except KeyError:
            _priority = UNSET
            extra += 1
        try:
            _source = src_dict["source"]
        except KeyError:
            _source = UNSET
            extra += 1
        try:
            _start = src_dict["start"]
        except KeyError:
            _start = UNSET
            extra += 1
        try:
            _summary = src_dict["summary"]
        except KeyError:
            _summary = UNSET
            extra += 1
        try:
            _uploaded_images = src_dict["uploadedImages"]
        except KeyError:
            _uploaded_images = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.address = UNSET if _address is UNSET else _ADDRESS_PATCH_MODEL_FROM_DICT(_address)
        instance.business_unit_id = _business_unit_id
        instance.campaign_id = _campaign_id
        _customer_type = _customer_type
        customer_type: CustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerType(_customer_type)

        instance.customer_type = customer_type
        instance.external_id = _external_id
        instance.is_first_time_client = _is_first_time_client
        instance.job_type_id = _job_type_id
        instance.name = _name
        _priority = _priority
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        instance.priority = priority
        instance.source = _source
        _start = _start
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = parse_timestamp(_start)

        instance.start = start
        instance.summary = _summary
        instance.uploaded_images = _uploaded_images
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
from ..models.address_patch_model import AddressPatchModel

# Bound once: looking a classmethod up binds it anew on every call.
_ADDRESS_PATCH_MODEL_FROM_DICT = AddressPatchModel.from_dict
