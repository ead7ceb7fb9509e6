from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportEnvelope")


@_attrs_define
class ExportEnvelope:
    """What every export batch carries besides its records.

    Fields shared by every export feed response.

    """

    has_more: bool
    """ True when more records are ready; call again at once with from=continueFrom. """
    continue_from: str
    """ Token to pass as `from` in the next request; it can be stored and reused later. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        continue_from = self.continue_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
                "continueFrom": continue_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_more = d.pop("hasMore")

        continue_from = d.pop("continueFrom")

        export_envelope = cls(
            has_more=has_more,
            continue_from=continue_from,
        )

        export_envelope.additional_properties = d
        return export_envelope

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
