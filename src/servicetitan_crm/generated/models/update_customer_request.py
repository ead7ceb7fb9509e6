from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """The fields to change on a customer."""

    active: bool | Unset = UNSET
    address: UpdateCustomerAddress | Unset = UNSET
    """ The address fields to change on a customer. """
    credit_limit: float | Unset = UNSET
    credit_limit_balance: float | Unset = UNSET
    custom_fields: list[CustomFieldUpdateModel] | Unset = UNSET
    do_not_mail: bool | Unset = UNSET
    do_not_service: bool | Unset = UNSET
    external_data: ExternalDataUpdateRequest | Unset = UNSET
    """ Key-value data your application changes on a record. """
    name: str | Unset = UNSET
    national_account: bool | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    tax_exempt: bool | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    """ Residential or commercial customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        credit_limit = self.credit_limit

        credit_limit_balance = self.credit_limit_balance

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        do_not_mail = self.do_not_mail

        do_not_service = self.do_not_service

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        name = self.name

        national_account = self.national_account

        payment_term_id = self.payment_term_id

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        tax_exempt = self.tax_exempt

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_limit_balance is not UNSET:
            field_dict["creditLimitBalance"] = credit_limit_balance
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if do_not_mail is not UNSET:
            field_dict["doNotMail"] = do_not_mail
        if do_not_service is not UNSET:
            field_dict["doNotService"] = do_not_service
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if name is not UNSET:
            field_dict["name"] = name
        if national_account is not UNSET:
            field_dict["nationalAccount"] = national_account
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if tax_exempt is not UNSET:
            field_dict["taxExempt"] = tax_exempt
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _address = d.pop("address", UNSET)
        address: UpdateCustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = UpdateCustomerAddress.from_dict(_address)

        credit_limit = d.pop("creditLimit", UNSET)

        credit_limit_balance = d.pop("creditLimitBalance", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldUpdateModel] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldUpdateModel.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        do_not_mail = d.pop("doNotMail", UNSET)

        do_not_service = d.pop("doNotService", UNSET)

        _external_data = d.pop("externalData", UNSET)
        external_data: ExternalDataUpdateRequest | Unset
        if isinstance(_external_data, Unset):
            external_data = UNSET
        else:
            external_data = ExternalDataUpdateRequest.from_dict(_external_data)

        name = d.pop("name", UNSET)

        national_account = d.pop("nationalAccount", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        tag_type_ids = cast(list[int], d.pop("tagTypeIds", UNSET))

        tax_exempt = d.pop("taxExempt", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerType(_type_)

        update_customer_request = cls(
            active=active,
            address=address,
            credit_limit=credit_limit,
            credit_limit_balance=credit_limit_balance,
            custom_fields=custom_fields,
            do_not_mail=do_not_mail,
            do_not_service=do_not_service,
            external_data=external_data,
            name=name,
            national_account=national_account,
            payment_term_id=payment_term_id,
            tag_type_ids=tag_type_ids,
            tax_exempt=tax_exempt,
            type_=type_,
        )

        update_customer_request.additional_properties = d
        return update_customer_request

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
from ..models.custom_field_update_model import CustomFieldUpdateModel
from ..models.external_data_update_request import ExternalDataUpdateRequest
from ..models.update_customer_address import UpdateCustomerAddress
