from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import read_str_enum_value, str_enum_lookup, unknown_fields

from ..models.geolocation_coordinates_source import GeolocationCoordinatesSource
from ..models.geolocation_verification_status import GeolocationVerificationStatus
from ..types import UNSET, Unset

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "address",
        "customerId",
        "name",
        "contacts",
        "coordinatesSource",
        "coordinatesVerificationStatus",
        "customFields",
        "externalData",
        "tagTypeIds",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__
_GEOLOCATION_COORDINATES_SOURCE_LOOKUP = str_enum_lookup(GeolocationCoordinatesSource)
_GEOLOCATION_VERIFICATION_STATUS_LOOKUP = str_enum_lookup(GeolocationVerificationStatus)

T = TypeVar("T", bound="CreateLocationRequest")


@_attrs_define
class CreateLocationRequest:
    """A new location (service address) of an existing customer."""

    address: CustomerAddress
    """ The billing address of a customer, or the address of a location.

    Sent by the server: every property may be null. """
    customer_id: int
    name: str
    contacts: list[NewCustomerContact] | None | Unset = UNSET
    coordinates_source: GeolocationCoordinatesSource | None | Unset = UNSET
    coordinates_verification_status: GeolocationVerificationStatus | None | Unset = UNSET
    custom_fields: list[CustomFieldUpdateModel] | None | Unset = UNSET
    external_data: ExternalDataCreateRequest | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        customer_id = self.customer_id

        name = self.name

        contacts: Any = self.contacts
        if isinstance(contacts, list):
            contacts = [
                item.to_dict() if isinstance(item, NewCustomerContact) else item
                for item in contacts
            ]

        coordinates_source: None | str | Unset
        if isinstance(self.coordinates_source, Unset):
            coordinates_source = UNSET
        elif isinstance(self.coordinates_source, GeolocationCoordinatesSource):
            coordinates_source = self.coordinates_source.value
        else:
            coordinates_source = self.coordinates_source

        coordinates_verification_status: None | str | Unset
        if isinstance(self.coordinates_verification_status, Unset):
            coordinates_verification_status = UNSET
        elif isinstance(self.coordinates_verification_status, GeolocationVerificationStatus):
            coordinates_verification_status = self.coordinates_verification_status.value
        else:
            coordinates_verification_status = self.coordinates_verification_status

        custom_fields: Any = self.custom_fields
        if isinstance(custom_fields, list):
            custom_fields = [
                item.to_dict() if isinstance(item, CustomFieldUpdateModel) else item
                for item in custom_fields
            ]

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "customerId": customer_id,
                "name": name,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if coordinates_source is not UNSET:
            field_dict["coordinatesSource"] = coordinates_source
        if coordinates_verification_status is not UNSET:
            field_dict["coordinatesVerificationStatus"] = coordinates_verification_status
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 9
        try:
            _address = src_dict["address"]
        except KeyError:
            raise missing_field("CreateLocationRequest", "address") from None
        try:
            _customer_id = src_dict["customerId"]
        except KeyError:
            raise missing_field("CreateLocationRequest", "customerId") from None
        try:
            _name = src_dict["name"]
        except KeyError:
            raise missing_field("CreateLocationRequest", "name") from None
        try:
            _contacts = src_dict["contacts"]
        except KeyError:
            _contacts = UNSET
            extra += 1
        try:
            _coordinates_source = src_dict["coordinatesSource"]
        except KeyError:
            _coordinates_source = UNSET
            extra += 1
        try:
            _coordinates_verification_status = src_dict["coordinatesVerificationStatus"]
        except KeyError:
            _coordinates_verification_status = UNSET
            extra += 1
        try:
            _custom_fields = src_dict["customFields"]
        except KeyError:
            _custom_fields = UNSET
            extra += 1
        try:
            _external_data = src_dict["externalData"]
        except KeyError:
            _external_data = UNSET
            extra += 1
        try:
            _tag_type_ids = src_dict["tagTypeIds"]
        except KeyError:
            _tag_type_ids = UNSET
            extra += 1
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.address = _CUSTOMER_ADDRESS_FROM_DICT(_address)
        if _customer_id.__class__ is not int:
            _customer_id = checked_value(_customer_id, int, "CreateLocationRequest", "customerId")
        instance.customer_id = _customer_id
        if _name.__class__ is not str:
            _name = checked_value(_name, str, "CreateLocationRequest", "name")
        instance.name = _name
        if isinstance(_contacts, list) and _contacts:
            try:
                _contacts = [_NEW_CUSTOMER_CONTACT_FROM_DICT(item) for item in _contacts]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.contacts = _contacts
        try:
            _coordinates_source = _GEOLOCATION_COORDINATES_SOURCE_LOOKUP[_coordinates_source]
        except (KeyError, TypeError):
            _coordinates_source = read_str_enum_value(
                GeolocationCoordinatesSource, _coordinates_source
            )
        instance.coordinates_source = _coordinates_source
        try:
            _coordinates_verification_status = _GEOLOCATION_VERIFICATION_STATUS_LOOKUP[
                _coordinates_verification_status
            ]
        except (KeyError, TypeError):
            _coordinates_verification_status = read_str_enum_value(
                GeolocationVerificationStatus, _coordinates_verification_status
            )
        instance.coordinates_verification_status = _coordinates_verification_status
        if isinstance(_custom_fields, list) and _custom_fields:
            try:
                _custom_fields = [
                    _CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT(item) for item in _custom_fields
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.custom_fields = _custom_fields
        if _external_data.__class__ is dict or (
            _external_data is not None and isinstance(_external_data, dict)
        ):
            try:
                _external_data = _EXTERNAL_DATA_CREATE_REQUEST_FROM_DICT(_external_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.external_data = _external_data
        instance.tag_type_ids = _tag_type_ids
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

# Bound once: looking a classmethod up binds it anew on every call.
_CUSTOMER_ADDRESS_FROM_DICT = CustomerAddress.from_dict
_NEW_CUSTOMER_CONTACT_FROM_DICT = NewCustomerContact.from_dict
_CUSTOM_FIELD_UPDATE_MODEL_FROM_DICT = CustomFieldUpdateModel.from_dict
_EXTERNAL_DATA_CREATE_REQUEST_FROM_DICT = ExternalDataCreateRequest.from_dict
