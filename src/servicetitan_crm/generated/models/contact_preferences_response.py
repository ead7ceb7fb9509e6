from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPreferencesResponse")


@_attrs_define
class ContactPreferencesResponse:
    """The notification preferences of a customer or location contact.

    Sent by the server: every property may be null.

    """

    invoice_statement_notification: bool | None
    job_reminders_enabled: bool | None
    marketing_updates_enabled: bool | None
    invoice_notification: bool | None | Unset = UNSET
    statement_notification: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_statement_notification: bool | None
        invoice_statement_notification = self.invoice_statement_notification

        job_reminders_enabled: bool | None
        job_reminders_enabled = self.job_reminders_enabled

        marketing_updates_enabled: bool | None
        marketing_updates_enabled = self.marketing_updates_enabled

        invoice_notification: bool | None | Unset
        if isinstance(self.invoice_notification, Unset):
            invoice_notification = UNSET
        else:
            invoice_notification = self.invoice_notification

        statement_notification: bool | None | Unset
        if isinstance(self.statement_notification, Unset):
            statement_notification = UNSET
        else:
            statement_notification = self.statement_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceStatementNotification": invoice_statement_notification,
                "jobRemindersEnabled": job_reminders_enabled,
                "marketingUpdatesEnabled": marketing_updates_enabled,
            }
        )
        if invoice_notification is not UNSET:
            field_dict["invoiceNotification"] = invoice_notification
        if statement_notification is not UNSET:
            field_dict["statementNotification"] = statement_notification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_statement_notification: bool | None = d.pop("invoiceStatementNotification", None)

        job_reminders_enabled: bool | None = d.pop("jobRemindersEnabled", None)

        marketing_updates_enabled: bool | None = d.pop("marketingUpdatesEnabled", None)

        invoice_notification: bool | None | Unset = d.pop("invoiceNotification", UNSET)

        statement_notification: bool | None | Unset = d.pop("statementNotification", UNSET)

        contact_preferences_response = cls(
            invoice_statement_notification=invoice_statement_notification,
            job_reminders_enabled=job_reminders_enabled,
            marketing_updates_enabled=marketing_updates_enabled,
            invoice_notification=invoice_notification,
            statement_notification=statement_notification,
        )

        contact_preferences_response.additional_properties = d
        return contact_preferences_response

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
