from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveBulkTagsRequest")


@_attrs_define
class RemoveBulkTagsRequest:
    """Tags to take off customers, many customers and tags in one request."""

    customer_ids: list[int]
    tag_type_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_ids = self.customer_ids

        tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerIds": customer_ids,
                "tagTypeIds": tag_type_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_ids = cast(list[int], d.pop("customerIds"))

        tag_type_ids = cast(list[int], d.pop("tagTypeIds"))

        remove_bulk_tags_request = cls(
            customer_ids=customer_ids,
            tag_type_ids=tag_type_ids,
        )

        remove_bulk_tags_request.additional_properties = d
        return remove_bulk_tags_request

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
