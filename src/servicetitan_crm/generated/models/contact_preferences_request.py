from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPreferencesRequest")


@_attrs_define
class ContactPreferencesRequest:
    """The notification preferences to set on a customer or location contact."""

    invoice_notification: bool
    invoice_statement_notification: bool
    job_reminders_enabled: bool
    marketing_updates_enabled: bool
    statement_notification: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_notification = self.invoice_notification

        invoice_statement_notification = self.invoice_statement_notification

        job_reminders_enabled = self.job_reminders_enabled

        marketing_updates_enabled = self.marketing_updates_enabled

        statement_notification = self.statement_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceNotification": invoice_notification,
                "invoiceStatementNotification": invoice_statement_notification,
                "jobRemindersEnabled": job_reminders_enabled,
                "marketingUpdatesEnabled": marketing_updates_enabled,
                "statementNotification": statement_notification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_notification = d.pop("invoiceNotification")

        invoice_statement_notification = d.pop("invoiceStatementNotification")

        job_reminders_enabled = d.pop("jobRemindersEnabled")

        marketing_updates_enabled = d.pop("marketingUpdatesEnabled")

        statement_notification = d.pop("statementNotification")

        contact_preferences_request = cls(
            invoice_notification=invoice_notification,
            invoice_statement_notification=invoice_statement_notification,
            job_reminders_enabled=job_reminders_enabled,
            marketing_updates_enabled=marketing_updates_enabled,
            statement_notification=statement_notification,
        )

        contact_preferences_request.additional_properties = d
        return contact_preferences_request

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
