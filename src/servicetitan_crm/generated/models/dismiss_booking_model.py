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
        "callReasonId",
        "dismissingMemo",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="DismissBookingModel")


@_attrs_define
class DismissBookingModel:
    """Why a booking is being dismissed."""

    call_reason_id: int | None | Unset = UNSET
    dismissing_memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        dismissing_memo: None | str | Unset
        if isinstance(self.dismissing_memo, Unset):
            dismissing_memo = UNSET
        else:
            dismissing_memo = self.dismissing_memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if dismissing_memo is not UNSET:
            field_dict["dismissingMemo"] = dismissing_memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 2
        try:
            _call_reason_id = src_dict["callReasonId"]
        except KeyError:
            _call_reason_id = UNSET
            extra += 1
        try:
            _dismissing_memo = src_dict["dismissingMemo"]
        except KeyError:
            _dismissing_memo = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.call_reason_id = _call_reason_id
        instance.dismissing_memo = _dismissing_memo
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
