"""Export responses become table rows: typed key columns, the record verbatim, bad data refused."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx2
import pytest

from servicetitan_crm import ResponseDecodeError
from servicetitan_crm._sync._envelope import decode_record
from servicetitan_crm._sync._feeds import (
    FEEDS,
    Feed,
    FeedRow,
    canonical_timestamp,
    decode_batch,
    feed_named,
    feeds_of,
    row_builder,
)
from servicetitan_crm._sync._rejects import Reject
from servicetitan_crm.generated.document import DOCUMENT

CUSTOMERS = feed_named("customers")


def named(feed: Feed, row: FeedRow) -> dict[str, object]:
    """A row's values by column name (the upsert's order, without PostgreSQL's `version`)."""
    names = ["tenant", *(column.name for column in feed.layout.columns)]
    return dict(zip([*names, "_state", "_unfit", "record"], row.values, strict=True))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2024-05-01T12:00:00.1234567Z", "2024-05-01T12:00:00.1234567Z"),
        ("2024-05-01T12:00:00.12Z", "2024-05-01T12:00:00.1200000Z"),
        ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.0000000Z"),
        # No zone means UTC, as the API documents.
        ("2024-05-01T12:00:00.1234567", "2024-05-01T12:00:00.1234567Z"),
        ("2024-05-01T14:00:00.5+02:00", "2024-05-01T12:00:00.5000000Z"),
        ("2024-05-01T00:30:00-0100", "2024-05-01T01:30:00.0000000Z"),
        ("2024-05-01", "2024-05-01T00:00:00.0000000Z"),
    ],
)
def test_timestamps_become_utc_text_with_seven_fractional_digits(text: str, canonical: str) -> None:
    assert canonical_timestamp(text) == canonical


def test_canonical_timestamps_sort_as_time_does() -> None:
    texts = ["2024-05-01T12:00:00.2Z", "2024-05-01T12:00:00.1234567", "2024-05-01T13:00:00+02:00"]
    assert sorted(map(canonical_timestamp, texts)) == [
        "2024-05-01T11:00:00.0000000Z",
        "2024-05-01T12:00:00.1234567Z",
        "2024-05-01T12:00:00.2000000Z",
    ]


def test_text_that_is_no_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="'yesterday' is not a timestamp"):
        canonical_timestamp("yesterday")


def _customer(**fields: Any) -> dict[str, Any]:
    return {
        "id": 42,
        "modifiedOn": "2024-05-01T12:00:00.1234567Z",
        "active": True,
        "createdOn": "2020-01-01T00:00:00Z",
        "name": "Ada",
        "type": "Residential",
        **fields,
    }


def test_a_row_has_the_tenant_the_typed_key_columns_and_the_record_as_sent() -> None:
    record = _customer(type="Government", simulatorUnknownField={"values": [1, 2]}, mergedToId=7)
    text = json.dumps(record)
    row = row_builder(CUSTOMERS, 1000)(record, text)

    assert row.id == 42
    assert row.modified_on == "2024-05-01T12:00:00.1234567Z"
    values = named(CUSTOMERS, row)
    assert {name: values[name] for name in ("tenant", "id", "modified_on", "active")} == {
        "tenant": 1000,
        "id": 42,
        "modified_on": "2024-05-01T12:00:00.1234567Z",
        "active": True,
    }
    assert values["created_on"] == "2020-01-01T00:00:00.0000000Z"
    assert values["name"] == "Ada"
    assert values["type"] == "Government"  # an enum value the document does not list, verbatim
    assert values["merged_to_id"] == 7
    assert values["_state"] == "merged"
    assert values["_unfit"] is None
    assert values["record"] == text


def test_nulls_in_documented_required_fields_become_null_columns() -> None:
    record = _customer(name=None, active=None)
    values = named(CUSTOMERS, row_builder(CUSTOMERS, 1000)(record, json.dumps(record)))
    assert values["name"] is None and values["active"] is None
    assert values["_unfit"] is None
    assert values["_state"] == "unknown"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"modifiedOn": "2024-05-01T12:00:00Z"}, "id is None, not an integer"),
        (_customer(id="42"), "id is '42', not an integer"),
        (_customer(modifiedOn=None), "record 42: modifiedOn is None, not a timestamp"),
        (_customer(modifiedOn="soon"), "record 42: 'soon' is not a timestamp"),
        (_customer(modifiedOn="2024-13-01T00:00:00Z"), "record 42: '2024-13-01T00:00:00Z' is not"),
        (_customer(id=2**63), "id is 9223372036854775808, not an integer"),
    ],
)
def test_a_record_without_a_usable_id_or_modified_on_is_refused(
    record: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        row_builder(CUSTOMERS, 1000)(record, json.dumps(record))


@pytest.mark.parametrize(
    ("member", "unfit"),
    [
        ('"createdById": "12"', "createdById"),
        ('"createdById": 9223372036854775808', "createdById"),
        ('"createdById": true', "createdById"),
        ('"active": "yes"', "active"),
        ('"balance": 1e999999', "balance"),
        ('"balance": "12.5"', "balance"),
        ('"createdOn": "2024-02-30T00:00:00Z"', "createdOn"),
        ('"createdOn": "0000-01-01T00:00:00Z"', "createdOn"),
        ('"name": "nul \\u0000 inside"', "name"),
        ('"name": "lone \\ud800 surrogate"', "name"),
        ('"address": "not an object"', "address.city"),
        ('"tagTypeIds": {"not": "an array"}', "tagTypeIds"),
        ('"customFields": [{"typeId": 1}, "text"]', "customFields[1]"),
        ('"customFields": [{"typeId": 1.5}]', "customFields[0].typeId"),
        ('"tagTypeIds": [1, "2"]', "tagTypeIds[1]"),
    ],
)
def test_a_value_that_does_not_fit_its_column_is_null_and_named_in_unfit(
    member: str, unfit: str
) -> None:
    text = '{"id": 42, "modifiedOn": "2024-05-01T12:00:00Z", ' + member + "}"
    values = named(CUSTOMERS, row_builder(CUSTOMERS, 1000)(decode_record(text), text))
    assert unfit in str(values["_unfit"]).split(", ")
    assert values["record"] == text


def test_numbers_reach_their_column_as_the_json_text_digit_for_digit() -> None:
    text = '{"id": 42, "modifiedOn": "2024-05-01T12:00:00Z", "balance": 12345678901234567.891}'
    values = named(CUSTOMERS, row_builder(CUSTOMERS, 1000)(decode_record(text), text))
    assert values["balance"] == "12345678901234567.891"


def _response(body: object) -> httpx2.Response:
    request = httpx2.Request("GET", "https://api.test/crm/v2/tenant/1000/export/customers")
    return httpx2.Response(200, content=json.dumps(body).encode(), request=request)


def test_a_response_becomes_a_batch_of_rows_with_its_token() -> None:
    body = {"hasMore": True, "continueFrom": "token-2", "data": [_customer(), _customer(id=43)]}
    batch = decode_batch(CUSTOMERS, _response(body), row_builder(CUSTOMERS, 1000))

    assert batch.has_more is True
    assert batch.continue_from == "token-2"
    assert [row.id for row in batch.data] == [42, 43]


def test_rows_are_built_when_first_read_so_the_next_request_need_not_wait_for_them() -> None:
    body = {"hasMore": True, "continueFrom": "token-2", "data": [_customer(), _customer(id=43)]}
    built: list[int] = []
    build = row_builder(CUSTOMERS, 1000)

    def counting(record: Any, text: str) -> FeedRow:
        built.append(record["id"])
        return build(record, text)

    batch = decode_batch(CUSTOMERS, _response(body), counting)
    assert (batch.continue_from, built) == ("token-2", [])
    assert len(batch.data) == 2 and built == [42, 43]
    assert [row.id for row in batch.data] == [42, 43] and built == [42, 43]  # built once
    assert [row.id for row in batch.data[::-1]] == [43, 42]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "expected a JSON object at character 0, found '\\['"),
        ({"hasMore": "no", "continueFrom": "t", "data": []}, "hasMore is 'no'"),
        ({"hasMore": False, "continueFrom": None, "data": []}, "continueFrom is None"),
        ({"hasMore": False, "continueFrom": "t", "data": {}}, "data is dict, not an array"),
    ],
)
def test_a_response_that_breaks_the_contract_raises_naming_the_operation(
    body: object, reason: str
) -> None:
    with pytest.raises(ResponseDecodeError, match=reason) as raised:
        decode_batch(CUSTOMERS, _response(body), row_builder(CUSTOMERS, 1000))
    assert raised.value.operation == "GET /export/customers"


@pytest.mark.parametrize(
    ("record", "record_id", "reason"),
    [
        ({"id": "C-17", "modifiedOn": "2024-05-01T12:00:00Z"}, '"C-17"', "id is 'C-17'"),
        ({"id": 1.5, "modifiedOn": "2024-05-01T12:00:00Z"}, "1.5", "id is 1.5, not an integer"),
        ({"id": 8}, "8", "record 8: modifiedOn is None"),
        ({"id": 9, "modifiedOn": "soon"}, "9", "record 9: 'soon' is not a timestamp"),
        ({"id": 10, "modifiedOn": 20240501}, "10", "record 10: modifiedOn is 20240501"),
        (["not", "an", "object"], None, "a record is list, not an object"),
    ],
)
def test_a_malformed_record_is_a_reject_in_its_place_and_the_others_are_rows(
    record: object, record_id: str | None, reason: str
) -> None:
    good = [_customer(id=1), _customer(id=2)]
    body = {"hasMore": False, "continueFrom": "t", "data": [good[0], record, good[1]]}
    batch = decode_batch(CUSTOMERS, _response(body), row_builder(CUSTOMERS, 1000))

    first, reject, last = batch.data
    assert isinstance(first, FeedRow) and isinstance(last, FeedRow)
    assert (first.id, last.id) == (1, 2)
    assert isinstance(reject, Reject)
    assert (reject.index, reject.record_id) == (1, record_id)
    assert reason in reject.reason
    assert json.loads(reject.text) == record


def test_each_record_keeps_the_text_the_server_sent_byte_for_byte() -> None:
    records = [
        '{ "id": 42, "modifiedOn": "2024-05-01T12:00:00Z", "name": "Am\\u00e9lie",  "n": 1.50e2 }',
        '{"id":43,"modifiedOn":"2024-05-01T12:00:00Z","name":"Zoë","nested":{"a":[1, 2]}}',
    ]
    body = '{"data": [ ' + " ,\n".join(records) + ' ], "continueFrom": "t", "hasMore": false}'
    request = httpx2.Request("GET", "https://api.test/crm/v2/tenant/1000/export/customers")
    response = httpx2.Response(200, content=body.encode(), request=request)
    batch = decode_batch(CUSTOMERS, response, row_builder(CUSTOMERS, 1000))

    assert [row.values[-1] for row in batch.data] == records
    assert [named(CUSTOMERS, row)["name"] for row in batch.data] == ["Amélie", "Zoë"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"hasMore": false, "continueFrom": "t", "data": [{"id": 1} {"id": 2}]}',
        b'{"hasMore": false, "continueFrom": "t", "data": []} trailing',
        b'{"hasMore": false "continueFrom": "t", "data": []}',
        b'{"hasMore": false, "continueFrom": "t", "data": [',
        b"\xff\xfe not utf-8",
    ],
)
def test_a_body_that_is_not_one_json_object_raises(body: bytes) -> None:
    request = httpx2.Request("GET", "https://api.test/crm/v2/tenant/1000/export/customers")
    response = httpx2.Response(200, content=body, request=request)
    with pytest.raises(ResponseDecodeError):
        decode_batch(CUSTOMERS, response, row_builder(CUSTOMERS, 1000))


def test_every_export_operation_is_a_feed_with_a_distinct_name_table_and_operation() -> None:
    exports = list(DOCUMENT.of_kind("export"))
    assert len({feed.name for feed in FEEDS}) == len(exports)
    assert len({feed.table for feed in FEEDS}) == len(exports)
    assert {feed.operation for feed in FEEDS} == {operation.route for operation in exports}
    with pytest.raises(ValueError, match="the feeds are bookings, customers, customer-contacts"):
        feed_named("jobs")


@pytest.mark.parametrize(
    ("path", "feed", "table"),
    [
        ("/export/customers", "customers", "customers"),
        ("/export/customers/contacts", "customer-contacts", "customer_contacts"),
        ("/export/locations/contacts", "location-contacts", "location_contacts"),
        ("/export/job-types/notes", "job-type-notes", "job_type_notes"),
    ],
)
def test_feed_and_table_names_come_from_the_export_path(path: str, feed: str, table: str) -> None:
    operation = dataclasses.replace(DOCUMENT.operation("ExportLeads_Leads"), path=path)
    changed = dataclasses.replace(DOCUMENT, operations=(operation,))
    (found,) = feeds_of(changed)
    assert (found.name, found.table) == (feed, table)
