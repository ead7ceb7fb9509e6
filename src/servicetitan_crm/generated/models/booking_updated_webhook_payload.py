from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "booking",
        "tenantId",
        "tenantName",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

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
        extra = len(src_dict) - 3
        absent: tuple[str, ...] = ()
        try:
            _booking = src_dict["booking"]
        except KeyError:
            _booking = None
            extra += 1
            absent += ("booking",)
        try:
            _tenant_id = src_dict["tenantId"]
        except KeyError:
            _tenant_id = None
            extra += 1
            absent += ("tenantId",)
        try:
            _tenant_name = src_dict["tenantName"]
        except KeyError:
            _tenant_name = None
            extra += 1
            absent += ("tenantName",)
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _booking.__class__ is dict or (_booking is not None and isinstance(_booking, dict)):
            try:
                _booking = _BOOKING_UPDATED_EVENT_BASE_FROM_DICT(_booking)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.booking = _booking
        instance.tenant_id = _tenant_id
        instance.tenant_name = _tenant_name
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


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.booking_updated_event_base import BookingUpdatedEventBase

# Bound once: looking a classmethod up binds it anew on every call.
_BOOKING_UPDATED_EVENT_BASE_FROM_DICT = BookingUpdatedEventBase.from_dict
