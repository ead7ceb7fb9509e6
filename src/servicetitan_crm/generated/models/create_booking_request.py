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

from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "externalId",
        "isFirstTimeClient",
        "name",
        "source",
        "summary",
        "address",
        "businessUnitId",
        "campaignId",
        "contacts",
        "customerType",
        "isSendConfirmationEmail",
        "jobTypeId",
        "priority",
        "start",
        "uploadedImages",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_PRIORITY_LOOKUP = str_enum_lookup(Priority)

T = TypeVar("T", bound="CreateBookingRequest")


@_attrs_define
class CreateBookingRequest:
    """A new booking, filed by a booking provider."""

    external_id: str
    is_first_time_client: bool
    name: str
    source: str
    summary: str
    address: AddressModel | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    contacts: list[BookingContactModel] | None | Unset = UNSET
    customer_type: None | str | Unset = UNSET
    is_send_confirmation_email: bool | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    priority: None | Priority | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    uploaded_images: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _start_wire: Any
        _address_wire: Any

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        is_first_time_client = self.is_first_time_client

        name = self.name

        source = self.source

        summary = self.summary

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

        contacts: Any = self.contacts
        if isinstance(contacts, list):
            contacts = [
                item.to_dict() if isinstance(item, BookingContactModel) else item
                for item in contacts
            ]

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = self.customer_type

        is_send_confirmation_email: bool | None | Unset
        if isinstance(self.is_send_confirmation_email, Unset):
            is_send_confirmation_email = UNSET
        else:
            is_send_confirmation_email = self.is_send_confirmation_email

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

        start = self._start_wire
        if isinstance(start, datetime.datetime):
            start = format_timestamp(start)

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
                "externalId": external_id,
                "isFirstTimeClient": is_first_time_client,
                "name": name,
                "source": source,
                "summary": summary,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if is_send_confirmation_email is not UNSET:
            field_dict["isSendConfirmationEmail"] = is_send_confirmation_email
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if start is not UNSET:
            field_dict["start"] = start
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
        extra = len(src_dict) - 15
        try:
            _external_id = src_dict["externalId"]
        except KeyError:
            raise missing_field("CreateBookingRequest", "externalId") from None
        try:
            _is_first_time_client = src_dict["isFirstTimeClient"]
        except KeyError:
            raise missing_field("CreateBookingRequest", "isFirstTimeClient") from None
        try:
            _name = src_dict["name"]
        except KeyError:
            raise missing_field("CreateBookingRequest", "name") from None
        try:
            _source = src_dict["source"]
        except KeyError:
            raise missing_field("CreateBookingRequest", "source") from None
        try:
            _summary = src_dict["summary"]
        except KeyError:
            raise missing_field("CreateBookingRequest", "summary") from None
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
            _contacts = src_dict["contacts"]
        except KeyError:
            _contacts = UNSET
            extra += 1
        try:
            _customer_type = src_dict["customerType"]
        except KeyError:
            _customer_type = UNSET
            extra += 1
        try:
            _is_send_confirmation_email = src_dict["isSendConfirmationEmail"]
        except KeyError:
            _is_send_confirmation_email = UNSET
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
            _start = src_dict["start"]
        except KeyError:
            _start = UNSET
            extra += 1
        try:
            _uploaded_images = src_dict["uploadedImages"]
        except KeyError:
            _uploaded_images = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _external_id.__class__ is not str:
            _external_id = checked_value(_external_id, str, "CreateBookingRequest", "externalId")
        instance.external_id = _external_id
        if _is_first_time_client.__class__ is not bool:
            _is_first_time_client = checked_value(
                _is_first_time_client, bool, "CreateBookingRequest", "isFirstTimeClient"
            )
        instance.is_first_time_client = _is_first_time_client
        if _name.__class__ is not str:
            _name = checked_value(_name, str, "CreateBookingRequest", "name")
        instance.name = _name
        if _source.__class__ is not str:
            _source = checked_value(_source, str, "CreateBookingRequest", "source")
        instance.source = _source
        if _summary.__class__ is not str:
            _summary = checked_value(_summary, str, "CreateBookingRequest", "summary")
        instance.summary = _summary
        if _address.__class__ is not dict and isinstance(_address, dict):
            _address = dict(_address)
        instance._address_wire = _address
        instance.business_unit_id = _business_unit_id
        instance.campaign_id = _campaign_id
        if isinstance(_contacts, list) and _contacts:
            try:
                _contacts = [_BOOKING_CONTACT_MODEL_FROM_DICT(item) for item in _contacts]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.contacts = _contacts
        instance.customer_type = _customer_type
        instance.is_send_confirmation_email = _is_send_confirmation_email
        instance.job_type_id = _job_type_id
        try:
            _priority = _PRIORITY_LOOKUP[_priority]
        except (KeyError, TypeError):
            _priority = read_str_enum_value(Priority, _priority)
        instance.priority = _priority
        instance._start_wire = _start
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
    CreateBookingRequest,
    "start",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.address_model import AddressModel
from ..models.booking_contact_model import BookingContactModel

# Bound once: looking a classmethod up binds it anew on every call.
_BOOKING_CONTACT_MODEL_FROM_DICT = BookingContactModel.from_dict

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    CreateBookingRequest,
    address=AddressModel.from_dict,
)
