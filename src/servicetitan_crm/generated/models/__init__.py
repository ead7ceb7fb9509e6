"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (`__getattr__`), so importing this
package costs nothing per model; `from ... import Name` and `import *` work as usual, and the
`TYPE_CHECKING` block shows every name to type checkers and IDEs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .add_bulk_tags_request import AddBulkTagsRequest
    from .address_model import AddressModel
    from .address_patch_model import AddressPatchModel
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .booking_agent_tag_type import BookingAgentTagType
    from .booking_contact_model import BookingContactModel
    from .booking_contact_response import BookingContactResponse
    from .booking_contact_response_page import BookingContactResponsePage
    from .booking_provider_tag_response import BookingProviderTagResponse
    from .booking_response import BookingResponse
    from .booking_response_page import BookingResponsePage
    from .booking_status import BookingStatus
    from .booking_updated_event_base import BookingUpdatedEventBase
    from .booking_updated_webhook_payload import BookingUpdatedWebhookPayload
    from .booking_updated_webhook_payload_cloud_event import BookingUpdatedWebhookPayloadCloudEvent
    from .contact_create_request import ContactCreateRequest
    from .contact_method_response import ContactMethodResponse
    from .contact_method_response_page import ContactMethodResponsePage
    from .contact_preference_response import ContactPreferenceResponse
    from .contact_preference_type_response import ContactPreferenceTypeResponse
    from .contact_preferences_request import ContactPreferencesRequest
    from .contact_preferences_response import ContactPreferencesResponse
    from .contact_relationship_response import ContactRelationshipResponse
    from .contact_relationship_response_page import ContactRelationshipResponsePage
    from .contact_response import ContactResponse
    from .contact_response_page import ContactResponsePage
    from .contact_type import ContactType
    from .create_booking_provider_tag_request import CreateBookingProviderTagRequest
    from .create_booking_provider_tag_response import CreateBookingProviderTagResponse
    from .create_booking_request import CreateBookingRequest
    from .create_contact_method_request import CreateContactMethodRequest
    from .create_contact_request import CreateContactRequest
    from .create_customer_contact_request import CreateCustomerContactRequest
    from .create_customer_request import CreateCustomerRequest
    from .create_customer_tag_response import CreateCustomerTagResponse
    from .create_follow_up_request import CreateFollowUpRequest
    from .create_location_request import CreateLocationRequest
    from .create_location_response import CreateLocationResponse
    from .create_location_tag_response import CreateLocationTagResponse
    from .created_customer_response import CreatedCustomerResponse
    from .custom_field_model import CustomFieldModel
    from .custom_field_update_model import CustomFieldUpdateModel
    from .customer_address import CustomerAddress
    from .customer_contact import CustomerContact
    from .customer_contact_with_modified_on_and_customer_id_response import (
        CustomerContactWithModifiedOnAndCustomerIdResponse,
    )
    from .customer_contact_with_modified_on_and_customer_id_response_page import (
        CustomerContactWithModifiedOnAndCustomerIdResponsePage,
    )
    from .customer_contact_with_modified_on_response import CustomerContactWithModifiedOnResponse
    from .customer_contact_with_modified_on_response_page import (
        CustomerContactWithModifiedOnResponsePage,
    )
    from .customer_custom_field_type_response import CustomerCustomFieldTypeResponse
    from .customer_custom_field_type_response_page import CustomerCustomFieldTypeResponsePage
    from .customer_note_create_request import CustomerNoteCreateRequest
    from .customer_response import CustomerResponse
    from .customer_response_page import CustomerResponsePage
    from .customer_type import CustomerType
    from .dismiss_booking_model import DismissBookingModel
    from .dismiss_lead_request import DismissLeadRequest
    from .export_booking_response import ExportBookingResponse
    from .export_booking_response_batch import ExportBookingResponseBatch
    from .export_customer_contact_response import ExportCustomerContactResponse
    from .export_customer_contact_response_batch import ExportCustomerContactResponseBatch
    from .export_customer_response import ExportCustomerResponse
    from .export_customer_response_batch import ExportCustomerResponseBatch
    from .export_envelope import ExportEnvelope
    from .export_leads_response import ExportLeadsResponse
    from .export_leads_response_batch import ExportLeadsResponseBatch
    from .export_location_contact_response import ExportLocationContactResponse
    from .export_location_contact_response_batch import ExportLocationContactResponseBatch
    from .export_locations_response import ExportLocationsResponse
    from .export_locations_response_batch import ExportLocationsResponseBatch
    from .external_data_create_request import ExternalDataCreateRequest
    from .external_data_model import ExternalDataModel
    from .external_data_patch_mode import ExternalDataPatchMode
    from .external_data_update_model import ExternalDataUpdateModel
    from .external_data_update_request import ExternalDataUpdateRequest
    from .follow_up_response import FollowUpResponse
    from .geolocation_coordinates_source import GeolocationCoordinatesSource
    from .geolocation_verification_status import GeolocationVerificationStatus
    from .get_booking_provider_tag_response import GetBookingProviderTagResponse
    from .get_booking_provider_tag_response_page import GetBookingProviderTagResponsePage
    from .lead_create_request import LeadCreateRequest
    from .lead_created_webhook import LeadCreatedWebhook
    from .lead_created_webhook_cloud_event import LeadCreatedWebhookCloudEvent
    from .lead_note_create_request import LeadNoteCreateRequest
    from .lead_response import LeadResponse
    from .lead_response_page import LeadResponsePage
    from .lead_status import LeadStatus
    from .lead_update_request import LeadUpdateRequest
    from .lead_updated_webhook import LeadUpdatedWebhook
    from .lead_updated_webhook_cloud_event import LeadUpdatedWebhookCloudEvent
    from .lead_v2_webhook_model import LeadV2WebhookModel
    from .location_address_patch_model import LocationAddressPatchModel
    from .location_contact import LocationContact
    from .location_contact_create_request import LocationContactCreateRequest
    from .location_contact_response import LocationContactResponse
    from .location_contact_response_page import LocationContactResponsePage
    from .location_contact_update_request import LocationContactUpdateRequest
    from .location_custom_field_type_response import LocationCustomFieldTypeResponse
    from .location_custom_field_type_response_page import LocationCustomFieldTypeResponsePage
    from .location_note_create_request import LocationNoteCreateRequest
    from .location_response import LocationResponse
    from .location_response_page import LocationResponsePage
    from .locations_contact_response import LocationsContactResponse
    from .locations_contact_response_page import LocationsContactResponsePage
    from .new_customer_contact import NewCustomerContact
    from .new_location import NewLocation
    from .note_response import NoteResponse
    from .note_response_page import NoteResponsePage
    from .page_envelope import PageEnvelope
    from .phone_settings import PhoneSettings
    from .priority import Priority
    from .remove_bulk_tags_request import RemoveBulkTagsRequest
    from .replace_contact_request import ReplaceContactRequest
    from .sort_by_id_created_on import SortByIdCreatedOn
    from .sort_by_id_created_on_modified_on import SortByIdCreatedOnModifiedOn
    from .submit_lead_form_request import SubmitLeadFormRequest
    from .submit_lead_form_response import SubmitLeadFormResponse
    from .update_booking_contact_request import UpdateBookingContactRequest
    from .update_booking_provider_tag_request import UpdateBookingProviderTagRequest
    from .update_booking_request import UpdateBookingRequest
    from .update_contact_method_preference_request import UpdateContactMethodPreferenceRequest
    from .update_contact_method_request import UpdateContactMethodRequest
    from .update_contact_request import UpdateContactRequest
    from .update_customer_address import UpdateCustomerAddress
    from .update_customer_contact_request import UpdateCustomerContactRequest
    from .update_customer_request import UpdateCustomerRequest
    from .update_location_request import UpdateLocationRequest
    from .upsert_contact_method_request import UpsertContactMethodRequest

__all__ = (
    "ActiveRequestArg",
    "AddBulkTagsRequest",
    "AddressModel",
    "AddressPatchModel",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "BookingAgentTagType",
    "BookingContactModel",
    "BookingContactResponse",
    "BookingContactResponsePage",
    "BookingProviderTagResponse",
    "BookingResponse",
    "BookingResponsePage",
    "BookingStatus",
    "BookingUpdatedEventBase",
    "BookingUpdatedWebhookPayload",
    "BookingUpdatedWebhookPayloadCloudEvent",
    "ContactCreateRequest",
    "ContactMethodResponse",
    "ContactMethodResponsePage",
    "ContactPreferenceResponse",
    "ContactPreferenceTypeResponse",
    "ContactPreferencesRequest",
    "ContactPreferencesResponse",
    "ContactRelationshipResponse",
    "ContactRelationshipResponsePage",
    "ContactResponse",
    "ContactResponsePage",
    "ContactType",
    "CreateBookingProviderTagRequest",
    "CreateBookingProviderTagResponse",
    "CreateBookingRequest",
    "CreateContactMethodRequest",
    "CreateContactRequest",
    "CreateCustomerContactRequest",
    "CreateCustomerRequest",
    "CreateCustomerTagResponse",
    "CreateFollowUpRequest",
    "CreateLocationRequest",
    "CreateLocationResponse",
    "CreateLocationTagResponse",
    "CreatedCustomerResponse",
    "CustomFieldModel",
    "CustomFieldUpdateModel",
    "CustomerAddress",
    "CustomerContact",
    "CustomerContactWithModifiedOnAndCustomerIdResponse",
    "CustomerContactWithModifiedOnAndCustomerIdResponsePage",
    "CustomerContactWithModifiedOnResponse",
    "CustomerContactWithModifiedOnResponsePage",
    "CustomerCustomFieldTypeResponse",
    "CustomerCustomFieldTypeResponsePage",
    "CustomerNoteCreateRequest",
    "CustomerResponse",
    "CustomerResponsePage",
    "CustomerType",
    "DismissBookingModel",
    "DismissLeadRequest",
    "ExportBookingResponse",
    "ExportBookingResponseBatch",
    "ExportCustomerContactResponse",
    "ExportCustomerContactResponseBatch",
    "ExportCustomerResponse",
    "ExportCustomerResponseBatch",
    "ExportEnvelope",
    "ExportLeadsResponse",
    "ExportLeadsResponseBatch",
    "ExportLocationContactResponse",
    "ExportLocationContactResponseBatch",
    "ExportLocationsResponse",
    "ExportLocationsResponseBatch",
    "ExternalDataCreateRequest",
    "ExternalDataModel",
    "ExternalDataPatchMode",
    "ExternalDataUpdateModel",
    "ExternalDataUpdateRequest",
    "FollowUpResponse",
    "GeolocationCoordinatesSource",
    "GeolocationVerificationStatus",
    "GetBookingProviderTagResponse",
    "GetBookingProviderTagResponsePage",
    "LeadCreateRequest",
    "LeadCreatedWebhook",
    "LeadCreatedWebhookCloudEvent",
    "LeadNoteCreateRequest",
    "LeadResponse",
    "LeadResponsePage",
    "LeadStatus",
    "LeadUpdateRequest",
    "LeadUpdatedWebhook",
    "LeadUpdatedWebhookCloudEvent",
    "LeadV2WebhookModel",
    "LocationAddressPatchModel",
    "LocationContact",
    "LocationContactCreateRequest",
    "LocationContactResponse",
    "LocationContactResponsePage",
    "LocationContactUpdateRequest",
    "LocationCustomFieldTypeResponse",
    "LocationCustomFieldTypeResponsePage",
    "LocationNoteCreateRequest",
    "LocationResponse",
    "LocationResponsePage",
    "LocationsContactResponse",
    "LocationsContactResponsePage",
    "NewCustomerContact",
    "NewLocation",
    "NoteResponse",
    "NoteResponsePage",
    "PageEnvelope",
    "PhoneSettings",
    "Priority",
    "RemoveBulkTagsRequest",
    "ReplaceContactRequest",
    "SortByIdCreatedOn",
    "SortByIdCreatedOnModifiedOn",
    "SubmitLeadFormRequest",
    "SubmitLeadFormResponse",
    "UpdateBookingContactRequest",
    "UpdateBookingProviderTagRequest",
    "UpdateBookingRequest",
    "UpdateContactMethodPreferenceRequest",
    "UpdateContactMethodRequest",
    "UpdateContactRequest",
    "UpdateCustomerAddress",
    "UpdateCustomerContactRequest",
    "UpdateCustomerRequest",
    "UpdateLocationRequest",
    "UpsertContactMethodRequest",
)

# The module that defines each name.
_MODULES = {
    "ActiveRequestArg": "active_request_arg",
    "AddBulkTagsRequest": "add_bulk_tags_request",
    "AddressModel": "address_model",
    "AddressPatchModel": "address_patch_model",
    "ApiErrorResponse": "api_error_response",
    "ApiErrorResponseData": "api_error_response_data",
    "ApiErrorResponseErrors": "api_error_response_errors",
    "BookingAgentTagType": "booking_agent_tag_type",
    "BookingContactModel": "booking_contact_model",
    "BookingContactResponse": "booking_contact_response",
    "BookingContactResponsePage": "booking_contact_response_page",
    "BookingProviderTagResponse": "booking_provider_tag_response",
    "BookingResponse": "booking_response",
    "BookingResponsePage": "booking_response_page",
    "BookingStatus": "booking_status",
    "BookingUpdatedEventBase": "booking_updated_event_base",
    "BookingUpdatedWebhookPayload": "booking_updated_webhook_payload",
    "BookingUpdatedWebhookPayloadCloudEvent": "booking_updated_webhook_payload_cloud_event",
    "ContactCreateRequest": "contact_create_request",
    "ContactMethodResponse": "contact_method_response",
    "ContactMethodResponsePage": "contact_method_response_page",
    "ContactPreferenceResponse": "contact_preference_response",
    "ContactPreferenceTypeResponse": "contact_preference_type_response",
    "ContactPreferencesRequest": "contact_preferences_request",
    "ContactPreferencesResponse": "contact_preferences_response",
    "ContactRelationshipResponse": "contact_relationship_response",
    "ContactRelationshipResponsePage": "contact_relationship_response_page",
    "ContactResponse": "contact_response",
    "ContactResponsePage": "contact_response_page",
    "ContactType": "contact_type",
    "CreateBookingProviderTagRequest": "create_booking_provider_tag_request",
    "CreateBookingProviderTagResponse": "create_booking_provider_tag_response",
    "CreateBookingRequest": "create_booking_request",
    "CreateContactMethodRequest": "create_contact_method_request",
    "CreateContactRequest": "create_contact_request",
    "CreateCustomerContactRequest": "create_customer_contact_request",
    "CreateCustomerRequest": "create_customer_request",
    "CreateCustomerTagResponse": "create_customer_tag_response",
    "CreateFollowUpRequest": "create_follow_up_request",
    "CreateLocationRequest": "create_location_request",
    "CreateLocationResponse": "create_location_response",
    "CreateLocationTagResponse": "create_location_tag_response",
    "CreatedCustomerResponse": "created_customer_response",
    "CustomFieldModel": "custom_field_model",
    "CustomFieldUpdateModel": "custom_field_update_model",
    "CustomerAddress": "customer_address",
    "CustomerContact": "customer_contact",
    "CustomerContactWithModifiedOnAndCustomerIdResponse": "customer_contact_with_modified_on_and_customer_id_response",
    "CustomerContactWithModifiedOnAndCustomerIdResponsePage": "customer_contact_with_modified_on_and_customer_id_response_page",
    "CustomerContactWithModifiedOnResponse": "customer_contact_with_modified_on_response",
    "CustomerContactWithModifiedOnResponsePage": "customer_contact_with_modified_on_response_page",
    "CustomerCustomFieldTypeResponse": "customer_custom_field_type_response",
    "CustomerCustomFieldTypeResponsePage": "customer_custom_field_type_response_page",
    "CustomerNoteCreateRequest": "customer_note_create_request",
    "CustomerResponse": "customer_response",
    "CustomerResponsePage": "customer_response_page",
    "CustomerType": "customer_type",
    "DismissBookingModel": "dismiss_booking_model",
    "DismissLeadRequest": "dismiss_lead_request",
    "ExportBookingResponse": "export_booking_response",
    "ExportBookingResponseBatch": "export_booking_response_batch",
    "ExportCustomerContactResponse": "export_customer_contact_response",
    "ExportCustomerContactResponseBatch": "export_customer_contact_response_batch",
    "ExportCustomerResponse": "export_customer_response",
    "ExportCustomerResponseBatch": "export_customer_response_batch",
    "ExportEnvelope": "export_envelope",
    "ExportLeadsResponse": "export_leads_response",
    "ExportLeadsResponseBatch": "export_leads_response_batch",
    "ExportLocationContactResponse": "export_location_contact_response",
    "ExportLocationContactResponseBatch": "export_location_contact_response_batch",
    "ExportLocationsResponse": "export_locations_response",
    "ExportLocationsResponseBatch": "export_locations_response_batch",
    "ExternalDataCreateRequest": "external_data_create_request",
    "ExternalDataModel": "external_data_model",
    "ExternalDataPatchMode": "external_data_patch_mode",
    "ExternalDataUpdateModel": "external_data_update_model",
    "ExternalDataUpdateRequest": "external_data_update_request",
    "FollowUpResponse": "follow_up_response",
    "GeolocationCoordinatesSource": "geolocation_coordinates_source",
    "GeolocationVerificationStatus": "geolocation_verification_status",
    "GetBookingProviderTagResponse": "get_booking_provider_tag_response",
    "GetBookingProviderTagResponsePage": "get_booking_provider_tag_response_page",
    "LeadCreateRequest": "lead_create_request",
    "LeadCreatedWebhook": "lead_created_webhook",
    "LeadCreatedWebhookCloudEvent": "lead_created_webhook_cloud_event",
    "LeadNoteCreateRequest": "lead_note_create_request",
    "LeadResponse": "lead_response",
    "LeadResponsePage": "lead_response_page",
    "LeadStatus": "lead_status",
    "LeadUpdateRequest": "lead_update_request",
    "LeadUpdatedWebhook": "lead_updated_webhook",
    "LeadUpdatedWebhookCloudEvent": "lead_updated_webhook_cloud_event",
    "LeadV2WebhookModel": "lead_v2_webhook_model",
    "LocationAddressPatchModel": "location_address_patch_model",
    "LocationContact": "location_contact",
    "LocationContactCreateRequest": "location_contact_create_request",
    "LocationContactResponse": "location_contact_response",
    "LocationContactResponsePage": "location_contact_response_page",
    "LocationContactUpdateRequest": "location_contact_update_request",
    "LocationCustomFieldTypeResponse": "location_custom_field_type_response",
    "LocationCustomFieldTypeResponsePage": "location_custom_field_type_response_page",
    "LocationNoteCreateRequest": "location_note_create_request",
    "LocationResponse": "location_response",
    "LocationResponsePage": "location_response_page",
    "LocationsContactResponse": "locations_contact_response",
    "LocationsContactResponsePage": "locations_contact_response_page",
    "NewCustomerContact": "new_customer_contact",
    "NewLocation": "new_location",
    "NoteResponse": "note_response",
    "NoteResponsePage": "note_response_page",
    "PageEnvelope": "page_envelope",
    "PhoneSettings": "phone_settings",
    "Priority": "priority",
    "RemoveBulkTagsRequest": "remove_bulk_tags_request",
    "ReplaceContactRequest": "replace_contact_request",
    "SortByIdCreatedOn": "sort_by_id_created_on",
    "SortByIdCreatedOnModifiedOn": "sort_by_id_created_on_modified_on",
    "SubmitLeadFormRequest": "submit_lead_form_request",
    "SubmitLeadFormResponse": "submit_lead_form_response",
    "UpdateBookingContactRequest": "update_booking_contact_request",
    "UpdateBookingProviderTagRequest": "update_booking_provider_tag_request",
    "UpdateBookingRequest": "update_booking_request",
    "UpdateContactMethodPreferenceRequest": "update_contact_method_preference_request",
    "UpdateContactMethodRequest": "update_contact_method_request",
    "UpdateContactRequest": "update_contact_request",
    "UpdateCustomerAddress": "update_customer_address",
    "UpdateCustomerContactRequest": "update_customer_contact_request",
    "UpdateCustomerRequest": "update_customer_request",
    "UpdateLocationRequest": "update_location_request",
    "UpsertContactMethodRequest": "upsert_contact_method_request",
}


# Hidden from type checkers, which would otherwise accept any name through it.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
