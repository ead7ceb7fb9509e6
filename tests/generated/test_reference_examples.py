"""The three reference pages' example payloads parse into the generated models.

The fixtures are transcribed verbatim in openapi/sources/examples/ (their notes.yaml lists the
defects of each: enums rendered as `{}`, the placeholder "string" in timestamps, misspelt keys).
Parsing keeps every value, typed where it can be, as received where it cannot.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from servicetitan_crm.generated.models import (
    ApiErrorResponse,
    ContactPreferencesResponse,
    ContactType,
    CustomerContactWithModifiedOnResponsePage,
    ExportBookingResponseBatch,
    LocationContactResponse,
    LocationContactUpdateRequest,
    PhoneSettings,
)
from servicetitan_crm.generated.types import UNSET

EXAMPLES = Path(__file__).resolve().parents[2] / "openapi" / "sources" / "examples"


def example(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return loaded


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("customers_get_contact_list.200.json", CustomerContactWithModifiedOnResponsePage),
        ("locations_update_contact.error.json", ApiErrorResponse),
        ("export_bookings.200.json", ExportBookingResponseBatch),
    ],
)
def test_example_round_trips_unchanged(name: str, model: Any) -> None:
    source = example(name)
    assert model.from_dict(copy.deepcopy(source)).to_dict() == source


def test_customer_contact_list_page() -> None:
    page = CustomerContactWithModifiedOnResponsePage.from_dict(
        example("customers_get_contact_list.200.json")
    )

    assert (page.page, page.page_size, page.has_more, page.total_count) == (0, 0, True, 0)
    [contact] = page.data
    assert contact.id == 0
    assert contact.value == "string"
    assert isinstance(contact.phone_settings, PhoneSettings)
    assert contact.phone_settings.do_not_text is True
    assert isinstance(contact.preferences, ContactPreferencesResponse)
    assert contact.preferences.invoice_statement_notification is True
    # The page's placeholders cannot be typed and are kept as sent.
    assert contact.type_ == {}
    assert contact.modified_on == "string"


def test_location_contact_response_with_misspelt_keys() -> None:
    source = example("locations_update_contact.200.json")
    # The page leaves out `id`: a record without its own id is refused, naming the field.
    with pytest.raises(KeyError, match=r"LocationContactResponse\.id is missing"):
        LocationContactResponse.from_dict(copy.deepcopy(source))

    with_id = {**source, "id": 7}
    contact = LocationContactResponse.from_dict(copy.deepcopy(with_id))

    # `createdOn` is missing (the page misspells it `creationOn`): it reads as null, the
    # misspelt keys survive as unknown fields, and the record is written back as it came.
    assert contact.id == 7
    assert contact.created_on is None
    assert contact["creationOn"] == "string"
    assert contact.phone_settings is not None
    assert contact.phone_settings.do_not_text is None
    assert contact.phone_settings["dotText"] is True
    assert contact.memo == "string"
    assert contact.to_dict() == with_id


def test_error_body() -> None:
    error = ApiErrorResponse.from_dict(example("locations_update_contact.error.json"))

    assert (error.type_, error.title, error.status, error.trace_id) == (
        "string",
        "string",
        0,
        "string",
    )
    assert error.errors.to_dict() == {}
    assert error.data.to_dict() == {}


def test_export_bookings_batch() -> None:
    batch = ExportBookingResponseBatch.from_dict(example("export_bookings.200.json"))

    assert batch.has_more is True
    assert batch.continue_from == "string"
    [booking] = batch.data
    assert booking.id == 0
    assert booking.active is True
    assert booking.uploaded_images == ["string"]
    assert booking.address is not None
    assert booking.address.city == "string"
    assert booking.job_type_id == 0
    assert booking.status == {}
    assert booking.summary == "string"


def test_update_request_example_needs_its_enum_placeholder_fixed() -> None:
    # A request model is what the caller sends, so it stays strict: the page's `"type": {}` is not a
    # ContactType and is refused by name; with a real value, and the two preference keys the current
    # export requires (the page predates them), the example parses and round-trips.
    source = example("locations_update_contact.request.json")
    preferences = {
        **source["preferences"],
        "invoiceNotification": True,
        "statementNotification": False,
    }
    complete = {**source, "preferences": preferences}
    with pytest.raises(ValueError, match="ContactType"):
        LocationContactUpdateRequest.from_dict(copy.deepcopy(complete))

    fixed = {**complete, "type": "MobilePhone"}
    request = LocationContactUpdateRequest.from_dict(copy.deepcopy(fixed))
    assert request.type_ is ContactType.MOBILE_PHONE
    assert request.to_dict() == fixed


def test_update_request_omits_what_the_caller_left_unset() -> None:
    request = LocationContactUpdateRequest(value="555-0100")
    assert request.to_dict() == {"value": "555-0100"}
    assert request.memo is UNSET
