from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneSettings")


@_attrs_define
class PhoneSettings:
    """How a phone contact may be used (whether it may receive texts).

    Sent by the server: every property may be null.

    """

    do_not_text: bool | None
    phone_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        do_not_text: bool | None
        do_not_text = self.do_not_text

        phone_number: None | str
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doNotText": do_not_text,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        do_not_text: bool | None = d.pop("doNotText", None)

        phone_number: None | str = d.pop("phoneNumber", None)

        phone_settings = cls(
            do_not_text=do_not_text,
            phone_number=phone_number,
        )

        phone_settings.additional_properties = d
        return phone_settings

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
