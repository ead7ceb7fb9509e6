from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportCustomerContactResponseBatch")


@_attrs_define
class ExportCustomerContactResponseBatch:
    """One batch of the customer-contact export feed, with the token after it."""

    has_more: bool
    """ True when more records are ready; call again at once with from=continueFrom. """
    continue_from: str
    """ Token to pass as `from` in the next request; it can be stored and reused later. """
    data: list[ExportCustomerContactResponse]
    """ Records of this batch, ordered by modification time; inactive and deleted records included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        continue_from = self.continue_from

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
                "continueFrom": continue_from,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_more = d.pop("hasMore")

        continue_from = d.pop("continueFrom")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ExportCustomerContactResponse.from_dict(data_item_data)

            data.append(data_item)

        export_customer_contact_response_batch = cls(
            has_more=has_more,
            continue_from=continue_from,
            data=data,
        )

        export_customer_contact_response_batch.additional_properties = d
        return export_customer_contact_response_batch

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
from ..models.export_customer_contact_response import ExportCustomerContactResponse
