from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._lazy_nested import lazy_nested
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
        "address",
        "businessUnitId",
        "customerId",
        "customerName",
        "dismissingReasonId",
        "email",
        "estimateId",
        "followUpDate",
        "jobTypeId",
        "locationId",
        "phone",
        "projectId",
        "tagTypeIds",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_PRIORITY_LOOKUP = str_enum_lookup(Priority)
_LEAD_STATUS_LOOKUP = str_enum_lookup(LeadStatus)

T = TypeVar("T", bound="LeadV2WebhookModel")


@_attrs_define
class LeadV2WebhookModel:
    """The lead inside a lead webhook delivery.

    Sent by the server: every property but `id` may be null.

    """

    campaign_id: int | None
    created_by_id: int | None
    created_on: datetime.datetime | None
    id: int
    modified_on: datetime.datetime | None
    priority: None | Priority
    status: LeadStatus | None
    address: AddressModel | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    dismissing_reason_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    estimate_id: int | None | Unset = UNSET
    follow_up_date: datetime.datetime | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _created_on_wire: Any
        _modified_on_wire: Any
        _follow_up_date_wire: Any
        _address_wire: Any

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

        address: Any = self.address
        if isinstance(address, AddressModel):
            address = address.to_dict()

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        dismissing_reason_id: int | None | Unset
        if isinstance(self.dismissing_reason_id, Unset):
            dismissing_reason_id = UNSET
        else:
            dismissing_reason_id = self.dismissing_reason_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        estimate_id: int | None | Unset
        if isinstance(self.estimate_id, Unset):
            estimate_id = UNSET
        else:
            estimate_id = self.estimate_id

        follow_up_date = self._follow_up_date_wire
        if isinstance(follow_up_date, datetime.datetime):
            follow_up_date = format_timestamp(follow_up_date)

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

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
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if dismissing_reason_id is not UNSET:
            field_dict["dismissingReasonId"] = dismissing_reason_id
        if email is not UNSET:
            field_dict["email"] = email
        if estimate_id is not UNSET:
            field_dict["estimateId"] = estimate_id
        if follow_up_date is not UNSET:
            field_dict["followUpDate"] = follow_up_date
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
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
        extra = len(src_dict) - 20
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
            raise missing_field("LeadV2WebhookModel", "id") from None
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
            _customer_id = src_dict["customerId"]
        except KeyError:
            _customer_id = UNSET
            extra += 1
        try:
            _customer_name = src_dict["customerName"]
        except KeyError:
            _customer_name = UNSET
            extra += 1
        try:
            _dismissing_reason_id = src_dict["dismissingReasonId"]
        except KeyError:
            _dismissing_reason_id = UNSET
            extra += 1
        try:
            _email = src_dict["email"]
        except KeyError:
            _email = UNSET
            extra += 1
        try:
            _estimate_id = src_dict["estimateId"]
        except KeyError:
            _estimate_id = UNSET
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
            _location_id = src_dict["locationId"]
        except KeyError:
            _location_id = UNSET
            extra += 1
        try:
            _phone = src_dict["phone"]
        except KeyError:
            _phone = UNSET
            extra += 1
        try:
            _project_id = src_dict["projectId"]
        except KeyError:
            _project_id = UNSET
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
            _id = checked_value(_id, int, "LeadV2WebhookModel", "id")
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
        if _address.__class__ is not dict and isinstance(_address, dict):
            _address = dict(_address)
        instance._address_wire = _address
        instance.business_unit_id = _business_unit_id
        instance.customer_id = _customer_id
        instance.customer_name = _customer_name
        instance.dismissing_reason_id = _dismissing_reason_id
        instance.email = _email
        instance.estimate_id = _estimate_id
        instance._follow_up_date_wire = _follow_up_date
        instance.job_type_id = _job_type_id
        instance.location_id = _location_id
        instance.phone = _phone
        instance.project_id = _project_id
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
    LeadV2WebhookModel,
    "created_on",
    "modified_on",
    "follow_up_date",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.address_model import AddressModel

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    LeadV2WebhookModel,
    address=AddressModel.from_dict,
)
