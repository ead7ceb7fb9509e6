from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "hasMore",
        "continueFrom",
        "data",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="ExportLeadsResponseBatch")


@_attrs_define
class ExportLeadsResponseBatch:
    """One batch of the lead export feed, with the token after it."""

    has_more: bool
    """ True when more records are ready; call again at once with from=continueFrom. """
    continue_from: str
    """ Token to pass as `from` in the next request; it can be stored and reused later. """
    data: list[ExportLeadsResponse]
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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 3
        try:
            _has_more = src_dict["hasMore"]
        except KeyError:
            raise missing_field("ExportLeadsResponseBatch", "hasMore") from None
        try:
            _continue_from = src_dict["continueFrom"]
        except KeyError:
            raise missing_field("ExportLeadsResponseBatch", "continueFrom") from None
        try:
            _data = src_dict["data"]
        except KeyError:
            raise missing_field("ExportLeadsResponseBatch", "data") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _has_more.__class__ is not bool:
            _has_more = checked_value(_has_more, bool, "ExportLeadsResponseBatch", "hasMore")
        instance.has_more = _has_more
        if _continue_from.__class__ is not str:
            _continue_from = checked_value(
                _continue_from, str, "ExportLeadsResponseBatch", "continueFrom"
            )
        instance.continue_from = _continue_from
        instance.data = list(map(_EXPORT_LEADS_RESPONSE_FROM_DICT, _data))
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
from ..models.export_leads_response import ExportLeadsResponse

# Bound once: looking a classmethod up binds it anew on every call.
_EXPORT_LEADS_RESPONSE_FROM_DICT = ExportLeadsResponse.from_dict
