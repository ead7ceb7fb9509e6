"""Parsing never crashes on what the live API really sends, and keeps every value.

The API adds fields and enum values over time, sends `null` in fields the spec calls required,
and writes timestamps with 7 fractional digits or without a zone. Each case below parses, keeps
the value through `to_dict()`, and stays typed where the value is known.
"""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import pytest

from servicetitan_crm.generated.document import DOCUMENT
from servicetitan_crm.generated.models import (
    BookingResponse,
    BookingStatus,
    CustomerResponse,
    CustomerResponsePage,
    CustomerType,
    ExportBookingResponseBatch,
    Priority,
)
from servicetitan_crm.generated.types import UNSET, format_timestamp, parse_timestamp


def booking(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": 17,
        "source": "web",
        "createdOn": "2019-11-14T10:24:07.4726935Z",
        "name": "Ada Lovelace",
        "address": {
            "street": "1 Main St",
            "unit": None,
            "city": "Glendale",
            "state": "CA",
            "zip": "91203",
            "country": "USA",
        },
        "customerType": "Residential",
        "start": "2019-11-15T08:00:00Z",
        "summary": "Leaking water heater",
        "campaignId": None,
        "businessUnitId": 3,
        "isFirstTimeClient": True,
        "uploadedImages": [],
        "isSendConfirmationEmail": False,
        "status": "New",
        "dismissingReasonId": None,
        "jobId": None,
        "externalId": "ext-17",
        "priority": "High",
        "jobTypeId": None,
        "bookingProviderId": 9,
        "modifiedOn": "2019-11-14T10:24:07.4726935Z",
    }
    record.update(overrides)
    return record


def test_a_well_formed_record_is_typed_and_round_trips() -> None:
    source = booking()
    parsed = BookingResponse.from_dict(copy.deepcopy(source))

    assert parsed.status is BookingStatus.NEW
    assert parsed.priority is Priority.HIGH
    assert parsed.customer_type is CustomerType.RESIDENTIAL
    assert isinstance(parsed.created_on, datetime.datetime)
    assert parsed.to_dict() == source


class TestUnknownFields:
    def test_are_kept_and_written_back(self) -> None:
        source = booking(
            bookingChannel="sms", loyalty={"tier": "gold", "points": [1, 2]}, flags=None
        )
        parsed = BookingResponse.from_dict(copy.deepcopy(source))

        assert {
            key: parsed.additional_properties[key] for key in ("bookingChannel", "loyalty", "flags")
        } == {
            "bookingChannel": "sms",
            "loyalty": {"tier": "gold", "points": [1, 2]},
            "flags": None,
        }
        assert parsed["bookingChannel"] == "sms"
        assert parsed.to_dict() == source

    def test_survive_inside_nested_objects(self) -> None:
        source = booking()
        source["address"]["plusCode"] = "8FVC9G8F+6X"
        parsed = BookingResponse.from_dict(copy.deepcopy(source))

        assert parsed.address is not None
        assert parsed.address["plusCode"] == "8FVC9G8F+6X"
        assert parsed.to_dict() == source


def unlisted(enum: str, value: str) -> str:
    """`value`, or a variant of it, that the document does not list for `enum`."""
    listed = set(DOCUMENT.enum(enum).values)
    return next(
        f"{value}{n or ''}" for n in range(len(listed) + 1) if f"{value}{n or ''}" not in listed
    )


UNKNOWN_STATUS = unlisted("BookingStatus", "Rescheduled")
UNKNOWN_PRIORITY = unlisted("Priority", "Critical")
UNKNOWN_CUSTOMER_TYPE = unlisted("CustomerType", "Government")


class TestUnknownEnumValues:
    def test_become_typed_pseudo_members_that_carry_the_raw_value(self) -> None:
        parsed = BookingResponse.from_dict(
            booking(status=UNKNOWN_STATUS, priority=UNKNOWN_PRIORITY)
        )

        assert isinstance(parsed.status, BookingStatus)
        assert parsed.status == UNKNOWN_STATUS
        assert parsed.status.value == UNKNOWN_STATUS
        assert not parsed.status.is_known
        assert isinstance(parsed.priority, Priority)
        assert parsed.priority.value == UNKNOWN_PRIORITY

    def test_round_trip_unchanged(self) -> None:
        source = booking(status=UNKNOWN_STATUS, customerType=UNKNOWN_CUSTOMER_TYPE)
        assert BookingResponse.from_dict(copy.deepcopy(source)).to_dict() == source

    def test_known_values_stay_members_and_unknown_ones_are_not_listed(self) -> None:
        assert BookingStatus("Accepted") is BookingStatus.ACCEPTED
        assert BookingStatus.ACCEPTED.is_known
        BookingStatus(UNKNOWN_STATUS)
        assert UNKNOWN_STATUS not in [member.value for member in BookingStatus]

    def test_the_export_values_are_known_and_pending_parses_as_unknown(self) -> None:
        # Pending appeared only in the hand-written seed YAML: not a member, but it still parses.
        assert {member.value for member in BookingStatus} == set(
            DOCUMENT.enum("BookingStatus").values
        )
        assert not BookingStatus(unlisted("BookingStatus", "Pending")).is_known


class TestNullInRequiredFields:
    @pytest.mark.parametrize(
        "field",
        # Not `id`: a record's own id is never null (tests/generated/test_typed_ids.py).
        ["source", "createdOn", "name", "start", "status", "externalId", "modifiedOn"],
    )
    def test_parses_as_none_and_writes_null_back(self, field: str) -> None:
        source = booking(**{field: None})
        parsed = BookingResponse.from_dict(copy.deepcopy(source))

        assert parsed.to_dict() == source
        assert parsed.to_dict()[field] is None

    def test_null_nested_object_and_list(self) -> None:
        record: dict[str, Any] = {
            "id": 5,
            "active": True,
            "name": "Acme",
            "type": None,
            "address": None,
            "customFields": None,
            "balance": None,
            "tagTypeIds": None,
            "doNotMail": None,
            "doNotService": None,
            "createdOn": None,
            "createdById": None,
            "modifiedOn": None,
            "externalData": None,
        }
        parsed = CustomerResponse.from_dict(copy.deepcopy(record))

        assert parsed.address is None
        assert parsed.custom_fields is None
        assert parsed.type_ is None
        assert parsed.to_dict() == record


class TestTimestamps:
    def test_seven_fractional_digits_parse_and_round_trip_byte_for_byte(self) -> None:
        parsed = parse_timestamp("2019-11-14T10:24:07.4726935Z")

        assert parsed == datetime.datetime(2019, 11, 14, 10, 24, 7, 472693, tzinfo=datetime.UTC)
        assert format_timestamp(parsed) == "2019-11-14T10:24:07.4726935Z"

    def test_no_zone_means_utc_and_the_text_is_kept(self) -> None:
        parsed = parse_timestamp("2019-11-14T10:24:07.47")

        assert parsed.tzinfo is datetime.UTC
        assert format_timestamp(parsed) == "2019-11-14T10:24:07.47"
        # Aware values compare with each other without TypeError.
        assert parsed < parse_timestamp("2019-11-14T10:24:08Z")

    def test_offsets_are_kept(self) -> None:
        parsed = parse_timestamp("2019-11-14T12:24:07+02:00")
        assert parsed == datetime.datetime(2019, 11, 14, 10, 24, 7, tzinfo=datetime.UTC)
        assert format_timestamp(parsed) == "2019-11-14T12:24:07+02:00"

    def test_values_the_caller_builds_are_sent_in_utc_z_form(self) -> None:
        assert format_timestamp(datetime.datetime(2020, 1, 2, 3, 4, 5)) == "2020-01-02T03:04:05Z"
        moved = parse_timestamp("2019-11-14T10:24:07.4726935Z") + datetime.timedelta(days=1)
        assert format_timestamp(moved) == "2019-11-15T10:24:07.472693Z"

    def test_in_a_record(self) -> None:
        source = booking(createdOn="2019-11-14T10:24:07.4726935", start="2019-11-15")
        parsed = BookingResponse.from_dict(copy.deepcopy(source))

        assert isinstance(parsed.created_on, datetime.datetime)
        assert parsed.created_on.tzinfo is datetime.UTC
        assert parsed.to_dict() == source


def test_a_value_that_is_not_its_documented_type_is_kept_as_sent() -> None:
    # The reference pages render enums as {} and timestamps as "string"; such a value cannot be
    # typed, so it is kept exactly as received instead of failing the whole page.
    source = booking(status={}, createdOn="string")
    parsed = BookingResponse.from_dict(copy.deepcopy(source))

    assert parsed.to_dict() == source


def test_a_list_of_objects_holding_an_item_that_is_no_object_is_written_back_as_sent() -> None:
    record: dict[str, Any] = {
        "id": 5,
        "active": True,
        "name": "Acme",
        "type": "Commercial",
        "address": None,
        "customFields": [{"typeId": 1, "name": "Source", "value": "Web"}, "string", None],
        "balance": None,
        "tagTypeIds": [],
        "doNotMail": False,
        "doNotService": False,
        "createdOn": "2019-11-14T10:24:07.4726935Z",
        "createdById": 1,
        "modifiedOn": "2019-11-14T10:24:07.4726935Z",
        "externalData": [7],
    }
    parsed = CustomerResponse.from_dict(copy.deepcopy(record))

    assert parsed.custom_fields == record["customFields"]
    assert parsed.to_dict() == record


def test_a_whole_page_of_wild_records_parses() -> None:
    records = [
        booking(id=1, active=True),
        booking(id=2, active=True, status=UNKNOWN_STATUS, newField=1),
        booking(id=3, active=None, createdOn=None, address=None, priority=None),
        booking(id=4, active=False, modifiedOn="2024-02-29T23:59:59.9999999"),
    ]
    source = {"hasMore": True, "continueFrom": "opaque-token", "data": records}
    batch = ExportBookingResponseBatch.from_dict(copy.deepcopy(source))

    assert [record.id for record in batch.data] == [1, 2, 3, 4]
    assert batch.continue_from == "opaque-token"
    assert batch.to_dict() == source


def test_paged_envelope_fields_are_typed() -> None:
    source = {"page": 2, "pageSize": 50, "hasMore": False, "totalCount": None, "data": []}
    page = CustomerResponsePage.from_dict(copy.deepcopy(source))

    assert (page.page, page.page_size, page.has_more, page.total_count) == (2, 50, False, None)
    assert page.data == []
    assert page.to_dict() == source
    without_total = CustomerResponsePage.from_dict(
        {"page": 1, "pageSize": 50, "hasMore": False, "data": []}
    )
    assert without_total.total_count is UNSET


@pytest.mark.parametrize(
    "duplicate", [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))]
)
def test_a_copied_or_pickled_record_keeps_what_was_not_sent(duplicate: Any) -> None:
    # Models tell "not sent" by identity with UNSET, so a copy must keep that one instance.
    original = CustomerResponse.from_dict({"id": 1})
    duplicated = duplicate(original)
    assert duplicated == original
    assert duplicate(UNSET) is UNSET
    assert duplicated.to_dict() == original.to_dict() == {"id": 1}
