from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "address",
        "locations",
        "name",
        "contacts",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "nationalAccount",
        "paymentTermId",
        "tagTypeIds",
        "taxExempt",
        "type",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_CUSTOMER_TYPE_LOOKUP = str_enum_lookup(CustomerType)

T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """A new customer, with its first locations and contacts."""

    address: CustomerAddress
    """ The billing address of a customer, or the address of a location.

    Sent by the server: every property may be null. """
    locations: list[NewLocation]
    name: str
    contacts: list[NewCustomerContact] | None | Unset = UNSET
    credit_limit: float | None | Unset = UNSET
    credit_limit_balance: float | None | Unset = UNSET
    custom_fields: list[CustomFieldUpdateModel] | None | Unset = UNSET
    do_not_mail: bool | None | Unset = UNSET
    do_not_service: bool | None | Unset = UNSET
    external_data: ExternalDataCreateRequest | None | Unset = UNSET
    national_account: bool | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    tax_exempt: bool | None | Unset = UNSET
    type_: CustomerType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        name = self.name

        contacts: Any = self.contacts
        if isinstance(contacts, list):
            contacts = [
                item.to_dict() if isinstance(item, NewCustomerContact) else item
                for item in contacts
            ]

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

        custom_fields: Any = self.custom_fields
        if isinstance(custom_fields, list):
            custom_fields = [
                item.to_dict() if isinstance(item, CustomFieldUpdateModel) else item
                for item in custom_fields
            ]

        do_not_mail: bool | None | Unset
        if isinstance(self.do_not_mail, Unset):
            do_not_mail = UNSET
        else:
            do_not_mail = self.do_not_mail

        do_not_service: bool | None | Unset
        if isinstance(self.do_not_service, Unset):
            do_not_service = UNSET
        else:
            do_not_service = self.do_not_service

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

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

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        tax_exempt: bool | None | Unset
        if isinstance(self.tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = self.tax_exempt

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "locations": locations,
                "name": name,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
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
        extra = len(src_dict) - 15
        try:
            _address = src_dict["address"]
        except KeyError:
            raise missing_field("CreateCustomerRequest", "address") from None
        try:
            _locations = src_dict["locations"]
        except KeyError:
            raise missing_field("CreateCustomerRequest", "locations") from None
        try:
            _name = src_dict["name"]
        except KeyError:
            raise missing_field("CreateCustomerRequest", "name") from None
        try:
            _contacts = src_dict["contacts"]
        except KeyError:
            _contacts = UNSET
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
        instance.address = _CUSTOMER_ADDRESS_FROM_DICT(_address)
        instance.locations = list(map(_NEW_LOCATION_FROM_DICT, _locations))
        if _name.__class__ is not str:
            _name = checked_value(_name, str, "CreateCustomerRequest", "name")
        instance.name = _name
        if isinstance(_contacts, list) and _contacts:
            try:
                _contacts = [_NEW_CUSTOMER_CONTACT_FROM_DICT(item) for item in _contacts]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.contacts = _contacts
        instance.credit_limit = _credit_limit
        instance.credit_limit_balance = _credit_limit_balance
        if isinstance(_custom_fields, list) and _custom_fields:
            try:
                _custom_fields = [
                    _CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT(item) for item in _custom_fields
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.custom_fields = _custom_fields
        instance.do_not_mail = _do_not_mail
        instance.do_not_service = _do_not_service
        if _external_data.__class__ is dict or (
            _external_data is not None and isinstance(_external_data, dict)
        ):
            try:
                _external_data = _EXTERNAL_DATA_CREATE_REQUEST_FROM_DICT(_external_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.external_data = _external_data
        instance.national_account = _national_account
        instance.payment_term_id = _payment_term_id
        instance.tag_type_ids = _tag_type_ids
        instance.tax_exempt = _tax_exempt
        try:
            _type_ = _CUSTOMER_TYPE_LOOKUP[_type_]
        except (KeyError, TypeError):
            _type_ = read_str_enum_value(CustomerType, _type_)
        instance.type_ = _type_
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
from ..models.customer_address import CustomerAddress
from ..models.external_data_create_request import ExternalDataCreateRequest
from ..models.new_customer_contact import NewCustomerContact
from ..models.new_location import NewLocation

# Bound once: looking a classmethod up binds it anew on every call.
_CUSTOMER_ADDRESS_FROM_DICT = CustomerAddress.from_dict
_NEW_LOCATION_FROM_DICT = NewLocation.from_dict
_NEW_CUSTOMER_CONTACT_FROM_DICT = NewCustomerContact.from_dict
_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT = CustomFieldUpdateModel.from_dict
_EXTERNAL_DATA_CREATE_REQUEST_FROM_DICT = ExternalDataCreateRequest.from_dict
