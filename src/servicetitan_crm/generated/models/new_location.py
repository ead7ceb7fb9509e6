from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geolocation_coordinates_source import GeolocationCoordinatesSource
from ..models.geolocation_verification_status import GeolocationVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewLocation")


@_attrs_define
class NewLocation:
    """A location created together with a new customer."""

    address: CustomerAddress
    """ The billing address of a customer, or the address of a location.

    Sent by the server: every property may be null. """
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
        d = dict(src_dict)
        address = CustomerAddress.from_dict(d.pop("address"))

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

        def _parse_coordinates_source(data: object) -> GeolocationCoordinatesSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coordinates_source_type_1 = GeolocationCoordinatesSource(data)

                return coordinates_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeolocationCoordinatesSource | None | Unset, data)

        coordinates_source = _parse_coordinates_source(d.pop("coordinatesSource", UNSET))

        def _parse_coordinates_verification_status(
            data: object,
        ) -> GeolocationVerificationStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coordinates_verification_status_type_1 = GeolocationVerificationStatus(data)

                return coordinates_verification_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeolocationVerificationStatus | None | Unset, data)

        coordinates_verification_status = _parse_coordinates_verification_status(
            d.pop("coordinatesVerificationStatus", UNSET)
        )

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

        new_location = cls(
            address=address,
            name=name,
            contacts=contacts,
            coordinates_source=coordinates_source,
            coordinates_verification_status=coordinates_verification_status,
            custom_fields=custom_fields,
            external_data=external_data,
            tag_type_ids=tag_type_ids,
        )

        new_location.additional_properties = d
        return new_location

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
