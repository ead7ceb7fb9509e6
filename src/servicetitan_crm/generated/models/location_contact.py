from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationContact")


@_attrs_define
class LocationContact:
    """A phone number or email address of a location.

    Sent by the server: every property may be null.

    """

    id: int | None
    type_: ContactType | None
    value: None | str
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        type_: None | str
        if isinstance(self.type_, ContactType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: None | str
        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("id", None)

        def _parse_type_(data: object) -> ContactType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ContactType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        value: None | str = d.pop("value", None)

        memo: None | str | Unset = d.pop("memo", UNSET)

        location_contact = cls(
            id=id,
            type_=type_,
            value=value,
            memo=memo,
        )

        location_contact.additional_properties = d
        return location_contact

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
