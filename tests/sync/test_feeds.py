"""Export responses become table rows: typed key columns, the record verbatim, bad data refused."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from servicetitan_crm import ResponseDecodeError
from servicetitan_crm._sync._feeds import (
    FEEDS,
    FeedRow,
    canonical_timestamp,
    decode_batch,
    feed_named,
    row_builder,
)
from servicetitan_crm._sync._rejects import Reject
from servicetitan_crm.generated.document import DOCUMENT

CUSTOMERS = feed_named("customers")


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
    *columns, record_json = row.values
    assert columns == [
        1000,
        42,
        "2024-05-01T12:00:00.1234567Z",
        True,
        "2020-01-01T00:00:00.0000000Z",
        "Ada",
        "Government",  # an enum value the document does not list, kept verbatim
        7,
    ]
    assert record_json == text


def test_nulls_in_documented_required_fields_become_null_columns() -> None:
    record = _customer(name=None, active=None)
    row = row_builder(CUSTOMERS, 1000)(record, json.dumps(record))
    assert row.values[3] is None and row.values[5] is None


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"modifiedOn": "2024-05-01T12:00:00Z"}, "id is None, not an integer"),
        (_customer(id="42"), "id is '42', not an integer"),
        (_customer(modifiedOn=None), "record 42: modifiedOn is None, not a timestamp"),
        (_customer(modifiedOn="soon"), "record 42: 'soon' is not a timestamp"),
        (_customer(active="yes"), "record 42: active is 'yes', not a boolean"),
        (_customer(mergedToId=True), "record 42: mergedToId is True, not an integer"),
    ],
)
def test_a_record_without_a_usable_id_or_key_column_is_refused(
    record: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        row_builder(CUSTOMERS, 1000)(record, json.dumps(record))


def _response(body: object) -> httpx2.Response:
    request = httpx2.Request("GET", "https://api.test/crm/v2/tenant/1000/export/customers")
    return httpx2.Response(200, content=json.dumps(body).encode(), request=request)


def test_a_response_becomes_a_batch_of_rows_with_its_token() -> None:
    body = {"hasMore": True, "continueFrom": "token-2", "data": [_customer(), _customer(id=43)]}
    batch = decode_batch(CUSTOMERS, _response(body), row_builder(CUSTOMERS, 1000))

    assert batch.has_more is True
    assert batch.continue_from == "token-2"
    assert [row.id for row in batch.data] == [42, 43]


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
        ({"id": 10, "modifiedOn": "2024-05-01", "active": "yes"}, "10", "active is 'yes'"),
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
    assert [row.values[5] for row in batch.data] == ["Amélie", "Zoë"]


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


def test_every_feed_has_a_distinct_name_table_and_operation() -> None:
    feeds = len(list(DOCUMENT.of_kind("export")))
    assert len({feed.name for feed in FEEDS}) == feeds
    assert len({feed.table for feed in FEEDS}) == feeds
    assert len({feed.operation for feed in FEEDS}) == feeds
    with pytest.raises(ValueError, match="the feeds are customers, locations"):
        feed_named("jobs")
