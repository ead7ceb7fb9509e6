from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_lead(data: object) -> LeadV2WebhookModel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_type_1 = LeadV2WebhookModel.from_dict(data)

                return lead_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadV2WebhookModel | None, data)

        lead = _parse_lead(d.pop("lead", None))

        tenant_id: int | None = d.pop("tenantId", None)

        tenant_name: None | str = d.pop("tenantName", None)

        lead_updated_webhook = cls(
            lead=lead,
            tenant_id=tenant_id,
            tenant_name=tenant_name,
        )

        lead_updated_webhook.additional_properties = d
        return lead_updated_webhook

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
