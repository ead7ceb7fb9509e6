from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "lead",
        "tenantId",
        "tenantName",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="LeadUpdatedWebhook")


@_attrs_define
class LeadUpdatedWebhook:
    """The data of a lead-updated webhook delivery.

    Webhook payload model from the July 2025 official export. No CRM operation returns it; kept so webhook receivers can
    parse deliveries with the same models.

    """

    lead: LeadV2WebhookModel | None
    tenant_id: int | None
    tenant_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        lead: dict[str, Any] | None
        if isinstance(self.lead, LeadV2WebhookModel):
            lead = self.lead.to_dict()
        else:
            lead = self.lead

        tenant_id: int | None
        tenant_id = self.tenant_id

        tenant_name: None | str
        tenant_name = self.tenant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead": lead,
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
            _lead = src_dict["lead"]
        except KeyError:
            _lead = None
            extra += 1
            absent += ("lead",)
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
        if _lead.__class__ is dict or (_lead is not None and isinstance(_lead, dict)):
            try:
                _lead = _LEAD_V2_WEBHOOK_MODEL_FROM_DICT(_lead)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.lead = _lead
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
from ..models.lead_v2_webhook_model import LeadV2WebhookModel

# Bound once: looking a classmethod up binds it anew on every call.
_LEAD_V2_WEBHOOK_MODEL_FROM_DICT = LeadV2WebhookModel.from_dict
