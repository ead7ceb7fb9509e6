from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_status import LeadStatus
from ..models.priority import Priority
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="LeadV2WebhookModel")


@_attrs_define
class LeadV2WebhookModel:
    """The lead inside a lead webhook delivery.

    Webhook payload model from the July 2025 official export. No CRM operation returns it; kept so webhook receivers can
    parse deliveries with the same models.

    """

    campaign_id: int | None
    created_by_id: int | None
    created_on: datetime.datetime | None
    id: int | None
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

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None
        campaign_id = self.campaign_id

        created_by_id: int | None
        created_by_id = self.created_by_id

        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

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

        follow_up_date: None | str | Unset
        if isinstance(self.follow_up_date, Unset):
            follow_up_date = UNSET
        elif isinstance(self.follow_up_date, datetime.datetime):
            follow_up_date = format_timestamp(self.follow_up_date)
        else:
            follow_up_date = self.follow_up_date

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id: int | None = d.pop("campaignId", None)

        created_by_id: int | None = d.pop("createdById", None)

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

        def _parse_priority(data: object) -> None | Priority:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_1 = Priority(data)

                return priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Priority, data)

        priority = _parse_priority(d.pop("priority", None))

        def _parse_status(data: object) -> LeadStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = LeadStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadStatus | None, data)

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

        customer_id: int | None | Unset = d.pop("customerId", UNSET)

        customer_name: None | str | Unset = d.pop("customerName", UNSET)

        dismissing_reason_id: int | None | Unset = d.pop("dismissingReasonId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        estimate_id: int | None | Unset = d.pop("estimateId", UNSET)

        def _parse_follow_up_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_date_type_0 = parse_timestamp(data)

                return follow_up_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        follow_up_date = _parse_follow_up_date(d.pop("followUpDate", UNSET))

        job_type_id: int | None | Unset = d.pop("jobTypeId", UNSET)

        location_id: int | None | Unset = d.pop("locationId", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        project_id: int | None | Unset = d.pop("projectId", UNSET)

        def _parse_tag_type_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_type_ids_type_0 = cast(list[int], data)

                return tag_type_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tag_type_ids = _parse_tag_type_ids(d.pop("tagTypeIds", UNSET))

        lead_v2_webhook_model = cls(
            campaign_id=campaign_id,
            created_by_id=created_by_id,
            created_on=created_on,
            id=id,
            modified_on=modified_on,
            priority=priority,
            status=status,
            address=address,
            business_unit_id=business_unit_id,
            customer_id=customer_id,
            customer_name=customer_name,
            dismissing_reason_id=dismissing_reason_id,
            email=email,
            estimate_id=estimate_id,
            follow_up_date=follow_up_date,
            job_type_id=job_type_id,
            location_id=location_id,
            phone=phone,
            project_id=project_id,
            tag_type_ids=tag_type_ids,
        )

        lead_v2_webhook_model.additional_properties = d
        return lead_v2_webhook_model

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
