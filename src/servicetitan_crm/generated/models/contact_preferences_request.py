from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "invoiceNotification",
        "invoiceStatementNotification",
        "jobRemindersEnabled",
        "marketingUpdatesEnabled",
        "statementNotification",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 5
        try:
            _invoice_notification = src_dict["invoiceNotification"]
        except KeyError:
            raise missing_field("ContactPreferencesRequest", "invoiceNotification") from None
        try:
            _invoice_statement_notification = src_dict["invoiceStatementNotification"]
        except KeyError:
            raise missing_field(
                "ContactPreferencesRequest", "invoiceStatementNotification"
            ) from None
        try:
            _job_reminders_enabled = src_dict["jobRemindersEnabled"]
        except KeyError:
            raise missing_field("ContactPreferencesRequest", "jobRemindersEnabled") from None
        try:
            _marketing_updates_enabled = src_dict["marketingUpdatesEnabled"]
        except KeyError:
            raise missing_field("ContactPreferencesRequest", "marketingUpdatesEnabled") from None
        try:
            _statement_notification = src_dict["statementNotification"]
        except KeyError:
            raise missing_field("ContactPreferencesRequest", "statementNotification") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _invoice_notification.__class__ is not bool:
            _invoice_notification = checked_value(
                _invoice_notification, bool, "ContactPreferencesRequest", "invoiceNotification"
            )
        instance.invoice_notification = _invoice_notification
        if _invoice_statement_notification.__class__ is not bool:
            _invoice_statement_notification = checked_value(
                _invoice_statement_notification,
                bool,
                "ContactPreferencesRequest",
                "invoiceStatementNotification",
            )
        instance.invoice_statement_notification = _invoice_statement_notification
        if _job_reminders_enabled.__class__ is not bool:
            _job_reminders_enabled = checked_value(
                _job_reminders_enabled, bool, "ContactPreferencesRequest", "jobRemindersEnabled"
            )
        instance.job_reminders_enabled = _job_reminders_enabled
        if _marketing_updates_enabled.__class__ is not bool:
            _marketing_updates_enabled = checked_value(
                _marketing_updates_enabled,
                bool,
                "ContactPreferencesRequest",
                "marketingUpdatesEnabled",
            )
        instance.marketing_updates_enabled = _marketing_updates_enabled
        if _statement_notification.__class__ is not bool:
            _statement_notification = checked_value(
                _statement_notification, bool, "ContactPreferencesRequest", "statementNotification"
            )
        instance.statement_notification = _statement_notification
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
