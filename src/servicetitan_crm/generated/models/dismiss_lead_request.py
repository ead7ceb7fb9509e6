from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(("dismissingReasonId",))
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="DismissLeadRequest")


@_attrs_define
class DismissLeadRequest:
    """Why a lead is being dismissed."""

    dismissing_reason_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dismissing_reason_id = self.dismissing_reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dismissingReasonId": dismissing_reason_id,
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
        extra = len(src_dict) - 1
        try:
            _dismissing_reason_id = src_dict["dismissingReasonId"]
        except KeyError:
            raise missing_field("DismissLeadRequest", "dismissingReasonId") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _dismissing_reason_id.__class__ is not int:
            _dismissing_reason_id = checked_value(
                _dismissing_reason_id, int, "DismissLeadRequest", "dismissingReasonId"
            )
        instance.dismissing_reason_id = _dismissing_reason_id
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
