from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookingUpdatedWebhookPayload")


@_attrs_define
class BookingUpdatedWebhookPayload:
    """The data of a booking-updated webhook delivery.

    Webhook payload model from the July 2025 official export. No CRM operation returns it; kept so webhook receivers can
    parse deliveries with the same models.

    """

    booking: BookingUpdatedEventBase | None
    tenant_id: int | None
    tenant_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking: dict[str, Any] | None
        if isinstance(self.booking, BookingUpdatedEventBase):
            booking = self.booking.to_dict()
        else:
            booking = self.booking

        tenant_id: int | None
        tenant_id = self.tenant_id

        tenant_name: None | str
        tenant_name = self.tenant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "booking": booking,
                "tenantId": tenant_id,
                "tenantName": tenant_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_booking(data: object) -> BookingUpdatedEventBase | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_type_1 = BookingUpdatedEventBase.from_dict(data)

                return booking_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookingUpdatedEventBase | None, data)

        booking = _parse_booking(d.pop("booking", None))

        tenant_id: int | None = d.pop("tenantId", None)

        tenant_name: None | str = d.pop("tenantName", None)

        booking_updated_webhook_payload = cls(
            booking=booking,
            tenant_id=tenant_id,
            tenant_name=tenant_name,
        )

        booking_updated_webhook_payload.additional_properties = d
        return booking_updated_webhook_payload

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
from ..models.booking_updated_event_base import BookingUpdatedEventBase
