from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..models.priority import Priority
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "businessUnitId",
        "campaignId",
        "jobTypeId",
        "leadCity",
        "leadCountry",
        "leadCustomerName",
        "leadEmail",
        "leadPhone",
        "leadState",
        "leadStreet",
        "leadUnit",
        "leadZip",
        "priority",
        "summary",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="LeadUpdateRequest")


@_attrs_define
class LeadUpdateRequest:
    """The fields to change on a lead."""

    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    job_type_id: int | Unset = UNSET
    lead_city: str | Unset = UNSET
    lead_country: str | Unset = UNSET
    lead_customer_name: str | Unset = UNSET
    lead_email: str | Unset = UNSET
    lead_phone: str | Unset = UNSET
    lead_state: str | Unset = UNSET
    lead_street: str | Unset = UNSET
    lead_unit: str | Unset = UNSET
    lead_zip: str | Unset = UNSET
    priority: Priority | Unset = UNSET
    """ Urgency of a booking or lead. """
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        job_type_id = self.job_type_id

        lead_city = self.lead_city

        lead_country = self.lead_country

        lead_customer_name = self.lead_customer_name

        lead_email = self.lead_email

        lead_phone = self.lead_phone

        lead_state = self.lead_state

        lead_street = self.lead_street

        lead_unit = self.lead_unit

        lead_zip = self.lead_zip

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if lead_city is not UNSET:
            field_dict["leadCity"] = lead_city
        if lead_country is not UNSET:
            field_dict["leadCountry"] = lead_country
        if lead_customer_name is not UNSET:
            field_dict["leadCustomerName"] = lead_customer_name
        if lead_email is not UNSET:
            field_dict["leadEmail"] = lead_email
        if lead_phone is not UNSET:
            field_dict["leadPhone"] = lead_phone
        if lead_state is not UNSET:
            field_dict["leadState"] = lead_state
        if lead_street is not UNSET:
            field_dict["leadStreet"] = lead_street
        if lead_unit is not UNSET:
            field_dict["leadUnit"] = lead_unit
        if lead_zip is not UNSET:
            field_dict["leadZip"] = lead_zip
        if priority is not UNSET:
            field_dict["priority"] = priority
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 14
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
            _job_type_id = src_dict["jobTypeId"]
        except KeyError:
            _job_type_id = UNSET
            extra += 1
        try:
            _lead_city = src_dict["leadCity"]
        except KeyError:
            _lead_city = UNSET
            extra += 1
        try:
            _lead_country = src_dict["leadCountry"]
        except KeyError:
            _lead_country = UNSET
            extra += 1
        try:
            _lead_customer_name = src_dict["leadCustomerName"]
        except KeyError:
            _lead_customer_name = UNSET
            extra += 1
        try:
            _lead_email = src_dict["leadEmail"]
        except KeyError:
            _lead_email = UNSET
            extra += 1
        try:
            _lead_phone = src_dict["leadPhone"]
        except KeyError:
            _lead_phone = UNSET
            extra += 1
        try:
            _lead_state = src_dict["leadState"]
        except KeyError:
            _lead_state = UNSET
            extra += 1
        try:
            _lead_street = src_dict["leadStreet"]
        except KeyError:
            _lead_street = UNSET
            extra += 1
        try:
            _lead_unit = src_dict["leadUnit"]
        except KeyError:
            _lead_unit = UNSET
            extra += 1
        try:
            _lead_zip = src_dict["leadZip"]
        except KeyError:
            _lead_zip = UNSET
            extra += 1
        try:
            _priority = src_dict["priority"]
        except KeyError:
            _priority = UNSET
            extra += 1
        try:
            _summary = src_dict["summary"]
        except KeyError:
            _summary = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.business_unit_id = _business_unit_id
        instance.campaign_id = _campaign_id
        instance.job_type_id = _job_type_id
        instance.lead_city = _lead_city
        instance.lead_country = _lead_country
        instance.lead_customer_name = _lead_customer_name
        instance.lead_email = _lead_email
        instance.lead_phone = _lead_phone
        instance.lead_state = _lead_state
        instance.lead_street = _lead_street
        instance.lead_unit = _lead_unit
        instance.lead_zip = _lead_zip
        _priority = _priority
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        instance.priority = priority
        instance.summary = _summary
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
