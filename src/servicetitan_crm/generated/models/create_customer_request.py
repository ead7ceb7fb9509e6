from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

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

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

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

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

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
        d = dict(src_dict)
        address = CustomerAddress.from_dict(d.pop("address"))

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = NewLocation.from_dict(locations_item_data)

            locations.append(locations_item)

        name = d.pop("name")

        def _parse_contacts(data: object) -> list[NewCustomerContact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = NewCustomerContact.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NewCustomerContact] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        credit_limit: float | None | Unset = d.pop("creditLimit", UNSET)

        credit_limit_balance: float | None | Unset = d.pop("creditLimitBalance", UNSET)

        def _parse_custom_fields(data: object) -> list[CustomFieldUpdateModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldUpdateModel.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldUpdateModel] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        do_not_mail: bool | None | Unset = d.pop("doNotMail", UNSET)

        do_not_service: bool | None | Unset = d.pop("doNotService", UNSET)

        def _parse_external_data(data: object) -> ExternalDataCreateRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_1 = ExternalDataCreateRequest.from_dict(data)

                return external_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalDataCreateRequest | None | Unset, data)

        external_data = _parse_external_data(d.pop("externalData", UNSET))

        national_account: bool | None | Unset = d.pop("nationalAccount", UNSET)

        payment_term_id: int | None | Unset = d.pop("paymentTermId", UNSET)

        def _parse_tag_type_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_type_ids_type_0 = cast(list[int], data)

                return tag_type_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tag_type_ids = _parse_tag_type_ids(d.pop("tagTypeIds", UNSET))

        tax_exempt: bool | None | Unset = d.pop("taxExempt", UNSET)

        def _parse_type_(data: object) -> CustomerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        create_customer_request = cls(
            address=address,
            locations=locations,
            name=name,
            contacts=contacts,
            credit_limit=credit_limit,
            credit_limit_balance=credit_limit_balance,
            custom_fields=custom_fields,
            do_not_mail=do_not_mail,
            do_not_service=do_not_service,
            external_data=external_data,
            national_account=national_account,
            payment_term_id=payment_term_id,
            tag_type_ids=tag_type_ids,
            tax_exempt=tax_exempt,
            type_=type_,
        )

        create_customer_request.additional_properties = d
        return create_customer_request

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
