from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageEnvelope")


@_attrs_define
class PageEnvelope:
    """What every page of a list carries besides its items.

    Fields shared by every paged list response.

    """

    page: int
    """ Number of this page, from 1. """
    page_size: int
    """ Page size the server applied. """
    has_more: bool
    """ True when a later page has more records. """
    total_count: int | None | Unset = UNSET
    """ Total number of matching records; null unless includeTotal was true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        has_more = self.has_more

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "pageSize": page_size,
                "hasMore": has_more,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        page_size = d.pop("pageSize")

        has_more = d.pop("hasMore")

        total_count: int | None | Unset = d.pop("totalCount", UNSET)

        page_envelope = cls(
            page=page,
            page_size=page_size,
            has_more=has_more,
            total_count=total_count,
        )

        page_envelope.additional_properties = d
        return page_envelope

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
