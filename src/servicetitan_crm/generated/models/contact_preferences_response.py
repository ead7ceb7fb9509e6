from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "invoiceStatementNotification",
        "jobRemindersEnabled",
        "marketingUpdatesEnabled",
        "invoiceNotification",
        "statementNotification",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

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
        extra = len(src_dict) - 5
        absent: tuple[str, ...] = ()
        try:
            _invoice_statement_notification = src_dict["invoiceStatementNotification"]
        except KeyError:
            _invoice_statement_notification = None
            extra += 1
            absent += ("invoiceStatementNotification",)
        try:
            _job_reminders_enabled = src_dict["jobRemindersEnabled"]
        except KeyError:
            _job_reminders_enabled = None
            extra += 1
            absent += ("jobRemindersEnabled",)
        try:
            _marketing_updates_enabled = src_dict["marketingUpdatesEnabled"]
        except KeyError:
            _marketing_updates_enabled = None
            extra += 1
            absent += ("marketingUpdatesEnabled",)
        try:
            _invoice_notification = src_dict["invoiceNotification"]
        except KeyError:
            _invoice_notification = UNSET
            extra += 1
        try:
            _statement_notification = src_dict["statementNotification"]
        except KeyError:
            _statement_notification = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.invoice_statement_notification = _invoice_statement_notification
        instance.job_reminders_enabled = _job_reminders_enabled
        instance.marketing_updates_enabled = _marketing_updates_enabled
        instance.invoice_notification = _invoice_notification
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
