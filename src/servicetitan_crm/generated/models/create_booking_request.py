from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

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

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        is_first_time_client = self.is_first_time_client

        name = self.name

        source = self.source

        summary = self.summary

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AddressModel):
            address = self.address.to_dict()
        else:
            address = self.address

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

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

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

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = format_timestamp(self.start)
        else:
            start = self.start

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
        d = dict(src_dict)
        external_id = d.pop("externalId")

        is_first_time_client = d.pop("isFirstTimeClient")

        name = d.pop("name")

        source = d.pop("source")

        summary = d.pop("summary")

        def _parse_address(data: object) -> AddressModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_1 = AddressModel.from_dict(data)

                return address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressModel | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        business_unit_id: int | None | Unset = d.pop("businessUnitId", UNSET)

        campaign_id: int | None | Unset = d.pop("campaignId", UNSET)

        def _parse_contacts(data: object) -> list[BookingContactModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = BookingContactModel.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BookingContactModel] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        customer_type: None | str | Unset = d.pop("customerType", UNSET)

        is_send_confirmation_email: bool | None | Unset = d.pop("isSendConfirmationEmail", UNSET)

        job_type_id: int | None | Unset = d.pop("jobTypeId", UNSET)

        def _parse_priority(data: object) -> None | Priority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_1 = Priority(data)

                return priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Priority | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = parse_timestamp(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_uploaded_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                uploaded_images_type_0 = cast(list[str], data)

                return uploaded_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        uploaded_images = _parse_uploaded_images(d.pop("uploadedImages", UNSET))

        create_booking_request = cls(
            external_id=external_id,
            is_first_time_client=is_first_time_client,
            name=name,
            source=source,
            summary=summary,
            address=address,
            business_unit_id=business_unit_id,
            campaign_id=campaign_id,
            contacts=contacts,
            customer_type=customer_type,
            is_send_confirmation_email=is_send_confirmation_email,
            job_type_id=job_type_id,
            priority=priority,
            start=start,
            uploaded_images=uploaded_images,
        )

        create_booking_request.additional_properties = d
        return create_booking_request

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
from ..models.address_model import AddressModel
from ..models.booking_contact_model import BookingContactModel
