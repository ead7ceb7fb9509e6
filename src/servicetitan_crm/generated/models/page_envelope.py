from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "page",
        "pageSize",
        "hasMore",
        "totalCount",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 4
        try:
            _page = src_dict["page"]
        except KeyError:
            raise missing_field("PageEnvelope", "page") from None
        try:
            _page_size = src_dict["pageSize"]
        except KeyError:
            raise missing_field("PageEnvelope", "pageSize") from None
        try:
            _has_more = src_dict["hasMore"]
        except KeyError:
            raise missing_field("PageEnvelope", "hasMore") from None
        try:
            _total_count = src_dict["totalCount"]
        except KeyError:
            _total_count = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _page.__class__ is not int:
            _page = checked_value(_page, int, "PageEnvelope", "page")
        instance.page = _page
        if _page_size.__class__ is not int:
            _page_size = checked_value(_page_size, int, "PageEnvelope", "pageSize")
        instance.page_size = _page_size
        if _has_more.__class__ is not bool:
            _has_more = checked_value(_has_more, bool, "PageEnvelope", "hasMore")
        instance.has_more = _has_more
        instance.total_count = _total_count
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
