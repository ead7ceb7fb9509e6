from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.lead_status import LeadStatus
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "campaignId",
        "createdById",
        "createdOn",
        "id",
        "modifiedOn",
        "priority",
        "status",
        "bookingId",
        "businessUnitId",
        "callId",
        "callReasonId",
        "captureSource",
        "customerId",
        "dismissingReasonId",
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
        "leadUrl",
        "leadZip",
        "locationId",
        "manualCallId",
        "summary",
        "tagTypeIds",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_PRIORITY_LOOKUP = str_enum_lookup(Priority)
_LEAD_STATUS_LOOKUP = str_enum_lookup(LeadStatus)

T = TypeVar("T", bound="LeadResponse")


@_attrs_define
class LeadResponse:
    """A lead, a potential job to follow up.

    Sent by the server: every property but `id` may be null.

    """

    campaign_id: int | None
    created_by_id: int | None
    created_on: datetime.datetime | None
    id: int
    modified_on: datetime.datetime | None
    priority: None | Priority
    status: LeadStatus | None
    booking_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    call_id: int | None | Unset = UNSET
    call_reason_id: int | None | Unset = UNSET
    capture_source: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    dismissing_reason_id: int | None | Unset = UNSET
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
    lead_url: None | str | Unset = UNSET
    lead_zip: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    manual_call_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _created_on_wire: Any
        _modified_on_wire: Any
        _follow_up_date_wire: Any

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None
        campaign_id = self.campaign_id

        created_by_id: int | None
        created_by_id = self.created_by_id

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        id = self.id

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        priority: None | str
        if isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        status: None | str
        if isinstance(self.status, LeadStatus):
            status = self.status.value
        else:
            status = self.status

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

        call_id: int | None | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        capture_source: None | str | Unset
        if isinstance(self.capture_source, Unset):
            capture_source = UNSET
        else:
            capture_source = self.capture_source

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        dismissing_reason_id: int | None | Unset
        if isinstance(self.dismissing_reason_id, Unset):
            dismissing_reason_id = UNSET
        else:
            dismissing_reason_id = self.dismissing_reason_id

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

        lead_url: None | str | Unset
        if isinstance(self.lead_url, Unset):
            lead_url = UNSET
        else:
            lead_url = self.lead_url

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

        manual_call_id: int | None | Unset
        if isinstance(self.manual_call_id, Unset):
            manual_call_id = UNSET
        else:
            manual_call_id = self.manual_call_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

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
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "priority": priority,
                "status": status,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if capture_source is not UNSET:
            field_dict["captureSource"] = capture_source
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if dismissing_reason_id is not UNSET:
            field_dict["dismissingReasonId"] = dismissing_reason_id
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
        if lead_url is not UNSET:
            field_dict["leadUrl"] = lead_url
        if lead_zip is not UNSET:
            field_dict["leadZip"] = lead_zip
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if manual_call_id is not UNSET:
            field_dict["manualCallId"] = manual_call_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        for key in self._absent_keys:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 30
        absent: tuple[str, ...] = ()
        try:
            _campaign_id = src_dict["campaignId"]
        except KeyError:
            _campaign_id = None
            extra += 1
            absent += ("campaignId",)
        try:
            _created_by_id = src_dict["createdById"]
        except KeyError:
            _created_by_id = None
            extra += 1
            absent += ("createdById",)
        try:
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("LeadResponse", "id") from None
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _priority = src_dict["priority"]
        except KeyError:
            _priority = None
            extra += 1
            absent += ("priority",)
        try:
            _status = src_dict["status"]
        except KeyError:
            _status = None
            extra += 1
            absent += ("status",)
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
            _call_id = src_dict["callId"]
        except KeyError:
            _call_id = UNSET
            extra += 1
        try:
            _call_reason_id = src_dict["callReasonId"]
        except KeyError:
            _call_reason_id = UNSET
            extra += 1
        try:
            _capture_source = src_dict["captureSource"]
        except KeyError:
            _capture_source = UNSET
            extra += 1
        try:
            _customer_id = src_dict["customerId"]
        except KeyError:
            _customer_id = UNSET
            extra += 1
        try:
            _dismissing_reason_id = src_dict["dismissingReasonId"]
        except KeyError:
            _dismissing_reason_id = UNSET
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
            _lead_url = src_dict["leadUrl"]
        except KeyError:
            _lead_url = UNSET
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
            _manual_call_id = src_dict["manualCallId"]
        except KeyError:
            _manual_call_id = UNSET
            extra += 1
        try:
            _summary = src_dict["summary"]
        except KeyError:
            _summary = UNSET
            extra += 1
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.campaign_id = _campaign_id
        instance.created_by_id = _created_by_id
        instance._created_on_wire = _created_on
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "LeadResponse", "id")
        instance.id = _id
        instance._modified_on_wire = _modified_on
        try:
            _priority = _PRIORITY_LOOKUP[_priority]
        except (KeyError, TypeError):
            _priority = read_str_enum_value(Priority, _priority)
        instance.priority = _priority
        try:
            _status = _LEAD_STATUS_LOOKUP[_status]
        except (KeyError, TypeError):
            _status = read_str_enum_value(LeadStatus, _status)
        instance.status = _status
        instance.booking_id = _booking_id
        instance.business_unit_id = _business_unit_id
        instance.call_id = _call_id
        instance.call_reason_id = _call_reason_id
        instance.capture_source = _capture_source
        instance.customer_id = _customer_id
        instance.dismissing_reason_id = _dismissing_reason_id
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
        instance.lead_url = _lead_url
        instance.lead_zip = _lead_zip
        instance.location_id = _location_id
        instance.manual_call_id = _manual_call_id
        instance.summary = _summary
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
    LeadResponse,
    "created_on",
    "modified_on",
    "follow_up_date",
)
