from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """A customer, the person or company that is billed.

    Sent by the server: every property may be null.

    """

    active: bool | None
    address: CustomerAddress | None
    balance: float | None
    created_by_id: int | None
    created_on: datetime.datetime | None
    custom_fields: list[CustomFieldModel] | None
    do_not_mail: bool | None
    do_not_service: bool | None
    external_data: list[ExternalDataModel] | None
    id: int | None
    modified_on: datetime.datetime | None
    name: None | str
    tag_type_ids: list[int] | None
    type_: CustomerType | None
    credit_limit: float | None | Unset = UNSET
    credit_limit_balance: float | None | Unset = UNSET
    merged_to_id: int | None | Unset = UNSET
    national_account: bool | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    tax_exempt: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None
        active = self.active

        address: dict[str, Any] | None
        if isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        balance: float | None
        balance = self.balance

        created_by_id: int | None
        created_by_id = self.created_by_id

        created_on: None | str
        if isinstance(self.created_on, datetime.datetime):
            created_on = format_timestamp(self.created_on)
        else:
            created_on = self.created_on

        custom_fields: list[dict[str, Any]] | None
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        do_not_mail: bool | None
        do_not_mail = self.do_not_mail

        do_not_service: bool | None
        do_not_service = self.do_not_service

        external_data: list[dict[str, Any]] | None
        if isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        id: int | None
        id = self.id

        modified_on: None | str
        if isinstance(self.modified_on, datetime.datetime):
            modified_on = format_timestamp(self.modified_on)
        else:
            modified_on = self.modified_on

        name: None | str
        name = self.name

        tag_type_ids: list[int] | None
        if isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        type_: None | str
        if isinstance(self.type_, CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        credit_limit: float | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        credit_limit_balance: float | None | Unset
        if isinstance(self.credit_limit_balance, Unset):
            credit_limit_balance = UNSET
        else:
            credit_limit_balance = self.credit_limit_balance

        merged_to_id: int | None | Unset
        if isinstance(self.merged_to_id, Unset):
            merged_to_id = UNSET
        else:
            merged_to_id = self.merged_to_id

        national_account: bool | None | Unset
        if isinstance(self.national_account, Unset):
            national_account = UNSET
        else:
            national_account = self.national_account

        payment_term_id: int | None | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        tax_exempt: bool | None | Unset
        if isinstance(self.tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = self.tax_exempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "balance": balance,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "doNotMail": do_not_mail,
                "doNotService": do_not_service,
                "externalData": external_data,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "tagTypeIds": tag_type_ids,
                "type": type_,
            }
        )
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_limit_balance is not UNSET:
            field_dict["creditLimitBalance"] = credit_limit_balance
        if merged_to_id is not UNSET:
            field_dict["mergedToId"] = merged_to_id
        if national_account is not UNSET:
            field_dict["nationalAccount"] = national_account
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if tax_exempt is not UNSET:
            field_dict["taxExempt"] = tax_exempt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active: bool | None = d.pop("active", None)

        def _parse_address(data: object) -> CustomerAddress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_1 = CustomerAddress.from_dict(data)

                return address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerAddress | None, data)

        address = _parse_address(d.pop("address", None))

        balance: float | None = d.pop("balance", None)

        created_by_id: int | None = d.pop("createdById", None)

        def _parse_created_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = parse_timestamp(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_on = _parse_created_on(d.pop("createdOn", None))

        def _parse_custom_fields(data: object) -> list[CustomFieldModel] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldModel.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldModel] | None, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", None))

        do_not_mail: bool | None = d.pop("doNotMail", None)

        do_not_service: bool | None = d.pop("doNotService", None)

        def _parse_external_data(data: object) -> list[ExternalDataModel] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_data_type_0 = []
                _external_data_type_0 = data
                for external_data_type_0_item_data in _external_data_type_0:
                    external_data_type_0_item = ExternalDataModel.from_dict(
                        external_data_type_0_item_data
                    )

                    external_data_type_0.append(external_data_type_0_item)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExternalDataModel] | None, data)

        external_data = _parse_external_data(d.pop("externalData", None))

        id: int | None = d.pop("id", None)

        def _parse_modified_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = parse_timestamp(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified_on = _parse_modified_on(d.pop("modifiedOn", None))

        name: None | str = d.pop("name", None)

        def _parse_tag_type_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_type_ids_type_0 = cast(list[int], data)

                return tag_type_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        tag_type_ids = _parse_tag_type_ids(d.pop("tagTypeIds", None))

        def _parse_type_(data: object) -> CustomerType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        credit_limit: float | None | Unset = d.pop("creditLimit", UNSET)

        credit_limit_balance: float | None | Unset = d.pop("creditLimitBalance", UNSET)

        merged_to_id: int | None | Unset = d.pop("mergedToId", UNSET)

        national_account: bool | None | Unset = d.pop("nationalAccount", UNSET)

        payment_term_id: int | None | Unset = d.pop("paymentTermId", UNSET)

        tax_exempt: bool | None | Unset = d.pop("taxExempt", UNSET)

        customer_response = cls(
            active=active,
            address=address,
            balance=balance,
            created_by_id=created_by_id,
            created_on=created_on,
            custom_fields=custom_fields,
            do_not_mail=do_not_mail,
            do_not_service=do_not_service,
            external_data=external_data,
            id=id,
            modified_on=modified_on,
            name=name,
            tag_type_ids=tag_type_ids,
            type_=type_,
            credit_limit=credit_limit,
            credit_limit_balance=credit_limit_balance,
            merged_to_id=merged_to_id,
            national_account=national_account,
            payment_term_id=payment_term_id,
            tax_exempt=tax_exempt,
        )

        customer_response.additional_properties = d
        return customer_response

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
from ..models.custom_field_model import CustomFieldModel
from ..models.customer_address import CustomerAddress
from ..models.external_data_model import ExternalDataModel
