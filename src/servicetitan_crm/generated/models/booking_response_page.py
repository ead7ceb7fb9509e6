from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingResponsePage")


@_attrs_define
class BookingResponsePage:
    """One page of bookings."""

    page: int
    """ Number of this page, from 1. """
    page_size: int
    """ Page size the server applied. """
    has_more: bool
    """ True when a later page has more records. """
    data: list[BookingResponse]
    """ Records of this page, never more than pageSize. """
    total_count: int | None | Unset = UNSET
    """ Total number of matching records; null unless includeTotal was true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        has_more = self.has_more

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
                "data": data,
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

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BookingResponse.from_dict(data_item_data)

            data.append(data_item)

        total_count: int | None | Unset = d.pop("totalCount", UNSET)

        booking_response_page = cls(
            page=page,
            page_size=page_size,
            has_more=has_more,
            data=data,
            total_count=total_count,
        )

        booking_response_page.additional_properties = d
        return booking_response_page

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
from ..models.booking_response import BookingResponse
