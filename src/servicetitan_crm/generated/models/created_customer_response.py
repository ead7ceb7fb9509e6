from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._lazy_nested import lazy_nested
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset, format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "active",
        "address",
        "balance",
        "contacts",
        "createdById",
        "createdOn",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "id",
        "locations",
        "modifiedOn",
        "name",
        "tagTypeIds",
        "type",
        "creditLimit",
        "creditLimitBalance",
        "mergedToId",
        "nationalAccount",
        "paymentTermId",
        "taxExempt",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_CUSTOMER_TYPE_LOOKUP = str_enum_lookup(CustomerType)

T = TypeVar("T", bound="CreatedCustomerResponse")


@_attrs_define
class CreatedCustomerResponse:
    """The customer just created, with its id, locations and contacts.

    Sent by the server: every property but `id` may be null.

    """

    active: bool | None
    address: CustomerAddress | None
    balance: float | None
    contacts: list[CustomerContact] | None
    created_by_id: int | None
    created_on: datetime.datetime | None
    custom_fields: list[CustomFieldModel] | None
    do_not_mail: bool | None
    do_not_service: bool | None
    external_data: list[ExternalDataModel] | None
    id: int
    locations: list[CreateLocationResponse] | None
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
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the slots decoded on first read (set up by lazy_timestamps and
        # lazy_nested, not attrs fields): from_dict stores the value as received.
        _created_on_wire: Any
        _modified_on_wire: Any
        _address_wire: Any

    def to_dict(self) -> dict[str, Any]:
        active: bool | None
        active = self.active

        address: Any = self.address
        if isinstance(address, CustomerAddress):
            address = address.to_dict()

        balance: float | None
        balance = self.balance

        contacts: Any = self.contacts
        if isinstance(contacts, list):
            contacts = [
                item.to_dict() if isinstance(item, CustomerContact) else item for item in contacts
            ]

        created_by_id: int | None
        created_by_id = self.created_by_id

        created_on = self._created_on_wire
        if isinstance(created_on, datetime.datetime):
            created_on = format_timestamp(created_on)

        custom_fields: Any = self.custom_fields
        if isinstance(custom_fields, list):
            custom_fields = [
                item.to_dict() if isinstance(item, CustomFieldModel) else item
                for item in custom_fields
            ]

        do_not_mail: bool | None
        do_not_mail = self.do_not_mail

        do_not_service: bool | None
        do_not_service = self.do_not_service

        external_data: Any = self.external_data
        if isinstance(external_data, list):
            external_data = [
                item.to_dict() if isinstance(item, ExternalDataModel) else item
                for item in external_data
            ]

        id = self.id

        locations: Any = self.locations
        if isinstance(locations, list):
            locations = [
                item.to_dict() if isinstance(item, CreateLocationResponse) else item
                for item in locations
            ]

        modified_on = self._modified_on_wire
        if isinstance(modified_on, datetime.datetime):
            modified_on = format_timestamp(modified_on)

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
                "contacts": contacts,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "doNotMail": do_not_mail,
                "doNotService": do_not_service,
                "externalData": external_data,
                "id": id,
                "locations": locations,
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
        for key in self._absent_keys:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 22
        absent: tuple[str, ...] = ()
        try:
            _active = src_dict["active"]
        except KeyError:
            _active = None
            extra += 1
            absent += ("active",)
        try:
            _address = src_dict["address"]
        except KeyError:
            _address = None
            extra += 1
            absent += ("address",)
        try:
            _balance = src_dict["balance"]
        except KeyError:
            _balance = None
            extra += 1
            absent += ("balance",)
        try:
            _contacts = src_dict["contacts"]
        except KeyError:
            _contacts = None
            extra += 1
            absent += ("contacts",)
        try:
            _created_by_id = src_dict["createdById"]
        except KeyError:
            _created_by_id = None
            extra += 1
            absent += ("createdById",)
        try:
            _created_on = src_dict["createdOn"]
        except KeyError:
            _created_on = None
            extra += 1
            absent += ("createdOn",)
        try:
            _custom_fields = src_dict["customFields"]
        except KeyError:
            _custom_fields = None
            extra += 1
            absent += ("customFields",)
        try:
            _do_not_mail = src_dict["doNotMail"]
        except KeyError:
            _do_not_mail = None
            extra += 1
            absent += ("doNotMail",)
        try:
            _do_not_service = src_dict["doNotService"]
        except KeyError:
            _do_not_service = None
            extra += 1
            absent += ("doNotService",)
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            _external_data = None
            extra += 1
            absent += ("externalData",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("CreatedCustomerResponse", "id") from None
        try:
            _locations = src_dict["locations"]
        except KeyError:
            _locations = None
            extra += 1
            absent += ("locations",)
        try:
            _modified_on = src_dict["modifiedOn"]
        except KeyError:
            _modified_on = None
            extra += 1
            absent += ("modifiedOn",)
        try:
            _name = src_dict["name"]
        except KeyError:
            _name = None
            extra += 1
            absent += ("name",)
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = None
            extra += 1
            absent += ("tagTypeIds",)
        try:
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = None
            extra += 1
            absent += ("type",)
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
            _merged_to_id = src_dict["mergedToId"]
        except KeyError:
            _merged_to_id = UNSET
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
            _tax_exempt = src_dict["taxExempt"]
        except KeyError:
            _tax_exempt = UNSET
            extra += 1
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.active = _active
        if _address.__class__ is not dict and isinstance(_address, dict):
            _address = dict(_address)
        instance._address_wire = _address
        instance.balance = _balance
        if isinstance(_contacts, list) and _contacts:
            try:
                _contacts = [_CUSTOMER_CONTACT_FROM_DICT(item) for item in _contacts]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.contacts = _contacts
        instance.created_by_id = _created_by_id
        instance._created_on_wire = _created_on
        if isinstance(_custom_fields, list) and _custom_fields:
            try:
                _custom_fields = [_CUSTOM_FIELD_MODEL_FROM_DICT(item) for item in _custom_fields]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.custom_fields = _custom_fields
        instance.do_not_mail = _do_not_mail
        instance.do_not_service = _do_not_service
        if isinstance(_external_data, list) and _external_data:
            try:
                _external_data = [_EXTERNAL_DATA_MODEL_FROM_DICT(item) for item in _external_data]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.external_data = _external_data
        if _id.__class__ is not int:
            _id = checked_value(_id, int, "CreatedCustomerResponse", "id")
        instance.id = _id
        if isinstance(_locations, list) and _locations:
            try:
                _locations = [_CREATE_LOCATION_RESPONSE_FROM_DICT(item) for item in _locations]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.locations = _locations
        instance._modified_on_wire = _modified_on
        instance.name = _name
        instance.tag_type_ids = _tag_type_ids
        try:
            _type_ = _CUSTOMER_TYPE_LOOKUP[_type_]
        except (KeyError, TypeError):
            _type_ = read_str_enum_value(CustomerType, _type_)
        instance.type_ = _type_
        instance.credit_limit = _credit_limit
        instance.credit_limit_balance = _credit_limit_balance
        instance.merged_to_id = _merged_to_id
        instance.national_account = _national_account
        instance.payment_term_id = _payment_term_id
        instance.tax_exempt = _tax_exempt
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


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    CreatedCustomerResponse,
    "created_on",
    "modified_on",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.create_location_response import CreateLocationResponse
from ..models.custom_field_model import CustomFieldModel
from ..models.customer_address import CustomerAddress
from ..models.customer_contact import CustomerContact
from ..models.external_data_model import ExternalDataModel

# Bound once: looking a classmethod up binds it anew on every call.
_CUSTOMER_CONTACT_FROM_DICT = CustomerContact.from_dict
_CUSTOM_FIELD_MODEL_FROM_DICT = CustomFieldModel.from_dict
_EXTERNAL_DATA_MODEL_FROM_DICT = ExternalDataModel.from_dict
_CREATE_LOCATION_RESPONSE_FROM_DICT = CreateLocationResponse.from_dict

# Nested objects are decoded on first read (see LazyNested); from_dict stores them as received.
lazy_nested(
    CreatedCustomerResponse,
    address=CustomerAddress.from_dict,
)
