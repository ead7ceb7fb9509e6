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

from ..models.booking_status import BookingStatus
from ..models.customer_type import CustomerType
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "bookingProviderId",
        "createdOn",
        "externalId",
        "id",
        "modifiedOn",
        "name",
        "source",
        "start",
        "status",
        "address",
        "businessUnitId",
        "campaignId",
        "customerType",
        "dismissingReasonId",
        "isFirstTimeClient",
        "isSendConfirmationEmail",
        "jobId",
        "jobTypeId",
        "priority",
        "summary",
        "uploadedImages",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_BOOKING_STATUS_LOOKUP = str_enum_lookup(BookingStatus)
_CUSTOMER_TYPE_LOOKUP = str_enum_lookup(CustomerType)
_PRIORITY_LOOKUP = str_enum_lookup(Priority)

T = TypeVar("T", bound="BookingResponse")


@_attrs_define
class BookingResponse:
    """A booking, the request for work a booking provider filed.

    Sent by the server: every property but `id` may be null.

    """

    booking_provider_id: int | None
    created_on: datetime.datetime | None
    external_id: None | str
    id: int
    modified_on: datetime.datetime | None
    name: None | str
    source: None | str
    start: datetime.datetime | None
    status: BookingStatus | None
    address: AddressModel | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    customer_type: CustomerType | None | Unset = UNSET
    dismissing_reason_id: int | None | Unset = UNSET
    is_first_time_client: bool | None | Unset = UNSET
    is_send_confirmation_email: bool | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    priority: None | Priority | Unset = UNSET
    summary: None | str | Unset = UNSET
    uploaded_images: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _created_on_wire: Any
        _modified_on_wire: Any
        _start_wire: Any
        _address_wire: Any

    def to_dict(self) -> dict[str, Any]:
        booking_provider_id: int | None
        booking_provider_id = self.booking_provider_id

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        external_id: None | str
        external_id = self.external_id

        id = self.id

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

        name: None | str
        name = self.name

        source: None | str
        source = self.source

        start = self._start_wire
        if isinstance(start, datetime.datetime):
            start = format_timestamp(start)

        status: None | str
        if isinstance(self.status, BookingStatus):
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

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        elif isinstance(self.customer_type, CustomerType):
            customer_type = self.customer_type.value
        else:
            customer_type = self.customer_type

        dismissing_reason_id: int | None | Unset
        if isinstance(self.dismissing_reason_id, Unset):
            dismissing_reason_id = UNSET
        else:
            dismissing_reason_id = self.dismissing_reason_id

        is_first_time_client: bool | None | Unset
        if isinstance(self.is_first_time_client, Unset):
            is_first_time_client = UNSET
        else:
            is_first_time_client = self.is_first_time_client

        is_send_confirmation_email: bool | None | Unset
        if isinstance(self.is_send_confirmation_email, Unset):
            is_send_confirmation_email = UNSET
        else:
            is_send_confirmation_email = self.is_send_confirmation_email

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        uploaded_images: list[str] | None | Unset
        if isinstance(self.uploaded_images, Unset):
            uploaded_images = UNSET
        elif isinstance(self.uploaded_images, list):
            uploaded_images = self.uploaded_images

        else:
            uploaded_images = self.uploaded_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingProviderId": booking_provider_id,
                "createdOn": created_on,
                "externalId": external_id,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "source": source,
                "start": start,
                "status": status,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if dismissing_reason_id is not UNSET:
            field_dict["dismissingReasonId"] = dismissing_reason_id
        if is_first_time_client is not UNSET:
            field_dict["isFirstTimeClient"] = is_first_time_client
        if is_send_confirmation_email is not UNSET:
            field_dict["isSendConfirmationEmail"] = is_send_confirmation_email
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if summary is not UNSET:
            field_dict["summary"] = summary
        if uploaded_images is not UNSET:
            field_dict["uploadedImages"] = uploaded_images
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
        extra = len(src_dict) - 21
        absent: tuple[str, ...] = ()
        try:
            _booking_provider_id = src_dict["bookingProviderId"]
        except KeyError:
            _booking_provider_id = None
            extra += 1
            absent += ("bookingProviderId",)
        try:
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _external_id = src_dict["externalId"]
        except KeyError:
            _external_id = None
            extra += 1
            absent += ("externalId",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("BookingResponse", "id") from None
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = None
            extra += 1
            absent += ("name",)
        try:
            _source = src_dict["source"]
        except KeyError:
            _source = None
            extra += 1
            absent += ("source",)
        try:
            _start = src_dict["start"]
        except KeyError:
            _start = None
            extra += 1
            absent += ("start",)
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
            _dismissing_reason_id = src_dict["dismissingReasonId"]
        except KeyError:
            _dismissing_reason_id = UNSET
            extra += 1
        try:
            _is_first_time_client = src_dict["isFirstTimeClient"]
        except KeyError:
            _is_first_time_client = UNSET
            extra += 1
        try:
            _is_send_confirmation_email = src_dict["isSendConfirmationEmail"]
        except KeyError:
            _is_send_confirmation_email = UNSET
            extra += 1
        try:
            _job_id = src_dict["jobId"]
        except KeyError:
            _job_id = UNSET
            extra += 1
        try:
            _job_type_id = src_dict["jobTypeId"]
        except KeyError:
            _job_type_id = UNSET
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
        try:
            _uploaded_images = src_dict["uploadedImages"]
        except KeyError:
            _uploaded_images = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.booking_provider_id = _booking_provider_id
        instance._created_on_wire = _created_on
        instance.external_id = _external_id
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "BookingResponse", "id")
        instance.id = _id
        instance._modified_on_wire = _modified_on
        instance.name = _name
        instance.source = _source
        instance._start_wire = _start
        try:
            _status = _BOOKING_STATUS_LOOKUP[_status]
        except (KeyError, TypeError):
            _status = read_str_enum_value(BookingStatus, _status)
        instance.status = _status
        if _address.__class__ is not dict and isinstance(_address, dict):
            _address = dict(_address)
        instance._address_wire = _address
        instance.business_unit_id = _business_unit_id
        instance.campaign_id = _campaign_id
        try:
            _customer_type = _CUSTOMER_TYPE_LOOKUP[_customer_type]
        except (KeyError, TypeError):
            _customer_type = read_str_enum_value(CustomerType, _customer_type)
        instance.customer_type = _customer_type
        instance.dismissing_reason_id = _dismissing_reason_id
        instance.is_first_time_client = _is_first_time_client
        instance.is_send_confirmation_email = _is_send_confirmation_email
        instance.job_id = _job_id
        instance.job_type_id = _job_type_id
        try:
            _priority = _PRIORITY_LOOKUP[_priority]
        except (KeyError, TypeError):
            _priority = read_str_enum_value(Priority, _priority)
        instance.priority = _priority
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


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    BookingResponse,
    "created_on",
    "modified_on",
    "start",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.address_model import AddressModel

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    BookingResponse,
    address=AddressModel.from_dict,
)
