from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.booking_status import BookingStatus
from ..models.customer_type import CustomerType
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="ExportBookingResponse")


@_attrs_define
class ExportBookingResponse:
    """A booking as the export feed delivers it (inactive ones included).

    Sent by the server: every property may be null.

    """

    active: bool | None
    booking_provider_id: int | None
    created_on: datetime.datetime | None
    external_id: None | str
    id: int | None
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

    def to_dict(self) -> dict[str, Any]:
        active: bool | None
        active = self.active

        booking_provider_id: int | None
        booking_provider_id = self.booking_provider_id

        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        external_id: None | str
        external_id = self.external_id

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

        name: None | str
        name = self.name

        source: None | str
        source = self.source

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = format_timestamp(self.start)
        else:
            start = self.start

        status: None | str
        if isinstance(self.status, BookingStatus):
            status = self.status.value
        else:
            status = self.status

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
                "active": active,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active: bool | None = d.pop("active", None)

        booking_provider_id: int | None = d.pop("bookingProviderId", None)

        def _parse_created_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = parse_timestamp(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_on = _parse_created_on(d.pop("createdOn", None))

        external_id: None | str = d.pop("externalId", None)

        id: int | None = d.pop("id", None)

        def _parse_modified_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = parse_timestamp(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified_on = _parse_modified_on(d.pop("modifiedOn", None))

        name: None | str = d.pop("name", None)

        source: None | str = d.pop("source", None)

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = parse_timestamp(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start", None))

        def _parse_status(data: object) -> BookingStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = BookingStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookingStatus | None, data)

        status = _parse_status(d.pop("status", None))

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

        def _parse_customer_type(data: object) -> CustomerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_type_type_1 = CustomerType(data)

                return customer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None | Unset, data)

        customer_type = _parse_customer_type(d.pop("customerType", UNSET))

        dismissing_reason_id: int | None | Unset = d.pop("dismissingReasonId", UNSET)

        is_first_time_client: bool | None | Unset = d.pop("isFirstTimeClient", UNSET)

        is_send_confirmation_email: bool | None | Unset = d.pop("isSendConfirmationEmail", UNSET)

        job_id: int | None | Unset = d.pop("jobId", UNSET)

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

        summary: None | str | Unset = d.pop("summary", UNSET)

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

        export_booking_response = cls(
            active=active,
            booking_provider_id=booking_provider_id,
            created_on=created_on,
            external_id=external_id,
            id=id,
            modified_on=modified_on,
            name=name,
            source=source,
            start=start,
            status=status,
            address=address,
            business_unit_id=business_unit_id,
            campaign_id=campaign_id,
            customer_type=customer_type,
            dismissing_reason_id=dismissing_reason_id,
            is_first_time_client=is_first_time_client,
            is_send_confirmation_email=is_send_confirmation_email,
            job_id=job_id,
            job_type_id=job_type_id,
            priority=priority,
            summary=summary,
            uploaded_images=uploaded_images,
        )

        export_booking_response.additional_properties = d
        return export_booking_response

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
