from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._tolerance import unknown_fields

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "active",
        "address",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "name",
        "nationalAccount",
        "paymentTermId",
        "tagTypeIds",
        "taxExempt",
        "type",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 14
        try:
            _active = src_dict["active"]
        except KeyError:
            _active = UNSET
            extra += 1
        try:
            _address = src_dict["address"]
        except KeyError:
            _address = UNSET
            extra += 1
        try:
            _credit_limit = src_dict["creditLimit"]
        except KeyError:
            _credit_limit = UNSET
            extra += 1
        try:
            _credit_limit_balance = src_dict["creditLimitBalance"]
        except KeyError:
            _credit_limit_balance = UNSET
            extra += 1
        try:
            _custom_fields = src_dict["customFields"]
        except KeyError:
            _custom_fields = UNSET
            extra += 1
        try:
            _do_not_mail = src_dict["doNotMail"]
        except KeyError:
            _do_not_mail = UNSET
            extra += 1
        try:
            _do_not_service = src_dict["doNotService"]
        except KeyError:
            _do_not_service = UNSET
            extra += 1
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            _external_data = UNSET
            extra += 1
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = UNSET
            extra += 1
        try:
            _national_account = src_dict["nationalAccount"]
        except KeyError:
            _national_account = UNSET
            extra += 1
        try:
            _payment_term_id = src_dict["paymentTermId"]
        except KeyError:
            _payment_term_id = UNSET
            extra += 1
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = UNSET
            extra += 1
        try:
            _tax_exempt = src_dict["taxExempt"]
        except KeyError:
            _tax_exempt = UNSET
            extra += 1
        try:
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.active = _active
        instance.address = (
            UNSET if _address is UNSET else _UPDATE_CUSTOMER_ADDRESS_FROM_DICT(_address)
        )
        instance.credit_limit = _credit_limit
        instance.credit_limit_balance = _credit_limit_balance
        instance.custom_fields = (
            UNSET
            if _custom_fields is UNSET
            else list(map(_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT, _custom_fields))
        )
        instance.do_not_mail = _do_not_mail
        instance.do_not_service = _do_not_service
        instance.external_data = (
            UNSET
            if _external_data is UNSET
            else _EXTERNAL_DATA_UPDATE_REQUEST_FROM_DICT(_external_data)
        )
        instance.name = _name
        instance.national_account = _national_account
        instance.payment_term_id = _payment_term_id
        instance.tag_type_ids = _tag_type_ids
        instance.tax_exempt = _tax_exempt
        _type_ = _type_
        type_: CustomerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerType(_type_)

        instance.type_ = type_
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
from ..models.custom_field_update_model import CustomFieldUpdateModel
from ..models.external_data_update_request import ExternalDataUpdateRequest
from ..models.update_customer_address import UpdateCustomerAddress

# Bound once: looking a classmethod up binds it anew on every call.
_UPDATE_CUSTOMER_ADDRESS_FROM_DICT = UpdateCustomerAddress.from_dict
_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT = CustomFieldUpdateModel.from_dict
_EXTERNAL_DATA_UPDATE_REQUEST_FROM_DICT = ExternalDataUpdateRequest.from_dict
