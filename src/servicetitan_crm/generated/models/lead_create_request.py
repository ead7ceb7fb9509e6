from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "campaignId",
        "summary",
        "bookingId",
        "businessUnitId",
        "callReasonId",
        "customerId",
        "followUpDate",
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
        "locationId",
        "priority",
        "tagTypeIds",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_PRIORITY_LOOKUP = str_enum_lookup(Priority)

T = TypeVar("T", bound="LeadCreateRequest")


@_attrs_define
class LeadCreateRequest:
    """A new lead, a potential job to follow up."""

    campaign_id: int
    summary: str
    booking_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    call_reason_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    follow_up_date: datetime.datetime | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    lead_city: None | str | Unset = UNSET
    lead_country: None | str | Unset = UNSET
    lead_customer_name: None | str | Unset = UNSET
    lead_email: None | str | Unset = UNSET
    lead_phone: None | str | Unset = UNSET
    lead_state: None | str | Unset = UNSET
    lead_street: None | str | Unset = UNSET
    lead_unit: None | str | Unset = UNSET
    lead_zip: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    priority: None | Priority | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _follow_up_date_wire: Any

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        summary = self.summary

        booking_id: int | None | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        follow_up_date = self._follow_up_date_wire
        if isinstance(follow_up_date, datetime.datetime):
            follow_up_date = format_timestamp(follow_up_date)

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        lead_city: None | str | Unset
        if isinstance(self.lead_city, Unset):
            lead_city = UNSET
        else:
            lead_city = self.lead_city

        lead_country: None | str | Unset
        if isinstance(self.lead_country, Unset):
            lead_country = UNSET
        else:
            lead_country = self.lead_country

        lead_customer_name: None | str | Unset
        if isinstance(self.lead_customer_name, Unset):
            lead_customer_name = UNSET
        else:
            lead_customer_name = self.lead_customer_name

        lead_email: None | str | Unset
        if isinstance(self.lead_email, Unset):
            lead_email = UNSET
        else:
            lead_email = self.lead_email

        lead_phone: None | str | Unset
        if isinstance(self.lead_phone, Unset):
            lead_phone = UNSET
        else:
            lead_phone = self.lead_phone

        lead_state: None | str | Unset
        if isinstance(self.lead_state, Unset):
            lead_state = UNSET
        else:
            lead_state = self.lead_state

        lead_street: None | str | Unset
        if isinstance(self.lead_street, Unset):
            lead_street = UNSET
        else:
            lead_street = self.lead_street

        lead_unit: None | str | Unset
        if isinstance(self.lead_unit, Unset):
            lead_unit = UNSET
        else:
            lead_unit = self.lead_unit

        lead_zip: None | str | Unset
        if isinstance(self.lead_zip, Unset):
            lead_zip = UNSET
        else:
            lead_zip = self.lead_zip

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "summary": summary,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if follow_up_date is not UNSET:
            field_dict["followUpDate"] = follow_up_date
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
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 20
        try:
            _campaign_id = src_dict["campaignId"]
        except KeyError:
            raise missing_field("LeadCreateRequest", "campaignId") from None
        try:
            _summary = src_dict["summary"]
        except KeyError:
            raise missing_field("LeadCreateRequest", "summary") from None
        try:
            _booking_id = src_dict["bookingId"]
        except KeyError:
            _booking_id = UNSET
            extra += 1
        try:
            _business_unit_id = src_dict["businessUnitId"]
        except KeyError:
            _business_unit_id = UNSET
            extra += 1
        try:
            _call_reason_id = src_dict["callReasonId"]
        except KeyError:
            _call_reason_id = UNSET
            extra += 1
        try:
            _customer_id = src_dict["customerId"]
        except KeyError:
            _customer_id = UNSET
            extra += 1
        try:
            _follow_up_date = src_dict["followUpDate"]
        except KeyError:
            _follow_up_date = UNSET
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
            _location_id = src_dict["locationId"]
        except KeyError:
            _location_id = UNSET
            extra += 1
        try:
            _priority = src_dict["priority"]
        except KeyError:
            _priority = UNSET
            extra += 1
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _campaign_id.__class__ is not int:
            _campaign_id = checked_value(_campaign_id, int, "LeadCreateRequest", "campaignId")
        instance.campaign_id = _campaign_id
        if _summary.__class__ is not str:
            _summary = checked_value(_summary, str, "LeadCreateRequest", "summary")
        instance.summary = _summary
        instance.booking_id = _booking_id
        instance.business_unit_id = _business_unit_id
        instance.call_reason_id = _call_reason_id
        instance.customer_id = _customer_id
        instance._follow_up_date_wire = _follow_up_date
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
        instance.location_id = _location_id
        try:
            _priority = _PRIORITY_LOOKUP[_priority]
        except (KeyError, TypeError):
            _priority = read_str_enum_value(Priority, _priority)
        instance.priority = _priority
        instance.tag_type_ids = _tag_type_ids
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


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    LeadCreateRequest,
    "follow_up_date",
)
