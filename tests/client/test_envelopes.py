"""Envelopes are strict where leniency loses data or never ends; records stay tolerant.

A page's `page`, `pageSize`, `hasMore`, `totalCount`, `data` and an export batch's `hasMore`,
`continueFrom`, `data` must have their documented type; a body must be the documented JSON type;
an object answer must be that object. Each case raises `ResponseDecodeError` naming the operation
and the field, before a model with wrong or empty values reaches the caller.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from servicetitan_crm import (
    PaginationError,
    ResponseDecodeError,
    export_records,
    paginate,
)
from servicetitan_crm.generated.api.contacts import contacts_get_preference_metadata_list
from servicetitan_crm.generated.api.customers import customers_get, customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

from .conftest import MakeClient
from .fakes import FakeServiceTitan

JSON_HEADERS = {"Content-Type": "application/json"}


def customer(number: int) -> dict[str, Any]:
    return {"id": number, "name": f"Customer {number}", "active": True}


def page(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "page": 1,
        "pageSize": 50,
        "hasMore": False,
        "totalCount": None,
        "data": [customer(1)],
    }
    body.update(fields)
    return body


def batch(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"hasMore": False, "continueFrom": "t1", "data": [customer(1)]}
    body.update(fields)
    return body


def answers(server: FakeServiceTitan, *bodies: object) -> None:
    server.then_api(
        *(
            httpx2.Response(200, content=json.dumps(body).encode(), headers=JSON_HEADERS)
            for body in bodies
        )
    )


# --- Page envelopes ----------------------------------------------------------------------------


async def test_a_string_has_more_stops_a_listing_at_the_first_page(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(server, *(page(page=n, hasMore="false") for n in range(1, 50)))

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError) as caught:
            async for _ in paginate(customers_get_list.asyncio, client=st):
                pass

    assert len(server.api_requests) == 1
    assert "GET /customers" in str(caught.value)
    assert "hasMore is a string 'false', not a boolean" in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"hasMore": None}, "hasMore is null"),
        ({"hasMore": 0}, "hasMore is an integer 0"),
        ({"page": "1"}, "page is a string '1'"),
        ({"page": True}, "page is a boolean True"),
        ({"pageSize": None}, "pageSize is null"),
        ({"pageSize": 50.5}, "pageSize is a number 50.5"),
        ({"totalCount": "5"}, "totalCount is a string '5', not an integer or null"),
        ({"data": None}, "data is null"),
        ({"data": {"id": 1}}, "data is an object"),
    ],
)
async def test_a_page_envelope_field_of_the_wrong_type_or_null_is_named(
    make_client: MakeClient, server: FakeServiceTitan, fields: dict[str, Any], named: str
) -> None:
    answers(server, page(**fields))

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError, match=f"envelope field {named}"):
            await customers_get_list.asyncio(client=st)


@pytest.mark.parametrize("missing", ["page", "pageSize", "hasMore", "data"])
async def test_a_missing_page_envelope_field_is_named(
    make_client: MakeClient, server: FakeServiceTitan, missing: str
) -> None:
    body = page()
    del body[missing]
    answers(server, body)

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError, match=f"envelope field {missing} is missing"):
            await customers_get_list.asyncio(client=st)


async def test_total_count_may_be_null_or_absent(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    without_total = page()
    del without_total["totalCount"]
    answers(server, page(totalCount=None), without_total, page(totalCount=1))

    async with make_client() as st:
        results = [await customers_get_list.asyncio(client=st) for _ in range(3)]

    assert [len(result.data) for result in results] == [1, 1, 1]


# --- Export envelopes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"hasMore": None}, "hasMore is null"),
        ({"hasMore": "true"}, "hasMore is a string 'true'"),
        ({"continueFrom": None}, "continueFrom is null"),
        ({"continueFrom": 17}, "continueFrom is an integer 17"),
        ({"data": None}, "data is null"),
    ],
)
async def test_an_export_envelope_field_of_the_wrong_type_or_null_is_named(
    make_client: MakeClient, server: FakeServiceTitan, fields: dict[str, Any], named: str
) -> None:
    answers(server, batch(**fields))

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError, match=f"envelope field {named}") as caught:
            async for _ in export_records(export_customers_get_customers.asyncio, client=st):
                pass

    assert "GET /export/customers" in str(caught.value)


async def test_a_null_has_more_no_longer_ends_an_export_after_one_batch(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(server, batch(hasMore=None), batch(continueFrom="t2"))

    async with make_client() as st:
        seen: list[object] = []
        with pytest.raises(ResponseDecodeError, match="hasMore is null"):
            async for record in export_records(export_customers_get_customers.asyncio, client=st):
                seen.append(record)

    assert seen == []


# --- Body types and by-id answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "the body is an array, not an object"),
        ("text", "the body is a string, not an object"),
        (None, "the body is null, not an object"),
        ({}, "the object has none of the documented properties"),
        (page(), "the object has none of the documented properties"),
        ({"unknownField": 1}, "the object has none of the documented properties"),
    ],
    ids=["array", "string", "null", "empty-object", "page-envelope", "only-unknown-fields"],
)
async def test_a_get_by_id_refuses_what_is_not_the_record(
    make_client: MakeClient, server: FakeServiceTitan, body: object, reason: str
) -> None:
    answers(server, body)

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError, match=reason) as caught:
            await customers_get.asyncio(7, client=st)

    assert "GET /customers/{id}" in str(caught.value)


async def test_a_record_stays_tolerant_of_nulls_and_unknown_fields(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(server, {"id": 7, "name": None, "brandNewField": {"x": 1}})

    async with make_client() as st:
        record = await customers_get.asyncio(7, client=st)

    assert record.id == 7
    assert record.name is None
    assert record.additional_properties == {"brandNewField": {"x": 1}}


async def test_an_array_answer_must_be_an_array(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(server, {"data": []})

    async with make_client() as st:
        with pytest.raises(ResponseDecodeError, match="the body is an object, not an array"):
            await contacts_get_preference_metadata_list.asyncio(client=st)


# --- Paging contract ---------------------------------------------------------------------------


async def test_a_walk_that_passes_total_count_stops(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(
        server,
        page(page=1, hasMore=True, totalCount=3, data=[customer(1), customer(2)]),
        page(page=2, hasMore=True, totalCount=3, data=[customer(3), customer(4)]),
        page(page=3, hasMore=False, totalCount=3, data=[customer(5)]),
    )

    async with make_client() as st:
        seen: list[int] = []
        with pytest.raises(PaginationError, match="4 items so far pass the totalCount of 3"):
            async for item in paginate(customers_get_list.asyncio, client=st, page_size=2):
                seen.append(item.id)

    assert seen == [1, 2]
    assert len(server.api_requests) == 2


async def test_empty_pages_that_say_has_more_stop_the_walk(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    answers(server, *(page(page=n, hasMore=True, data=[]) for n in range(1, 100)))

    async with make_client() as st:
        with pytest.raises(PaginationError, match="3 empty pages in a row say hasMore: true"):
            async for _ in paginate(customers_get_list.asyncio, client=st):
                pass

    assert len(server.api_requests) == 3


@pytest.mark.parametrize(
    ("first_page", "reason"),
    [
        (page(page=2), "the server answered page 2 instead"),
        (
            page(data=[customer(n) for n in range(1, 4)]),
            "3 items exceed the requested page size of 2",
        ),
        (page(totalCount=1, data=[customer(1), customer(2)]), "2 items so far pass the totalCount"),
    ],
    ids=["another-page-number", "oversize", "past-total-count"],
)
async def test_an_awaited_list_checks_its_page_as_a_walk_does(
    make_client: MakeClient, server: FakeServiceTitan, first_page: dict[str, Any], reason: str
) -> None:
    answers(server, first_page, first_page)

    async with make_client() as st:
        with pytest.raises(PaginationError) as awaited:
            await st.customers.list(page_size=2)
        with pytest.raises(PaginationError) as walked:
            async for _ in st.customers.list(page_size=2):
                pass

    assert str(awaited.value) == str(walked.value)
    assert reason in str(awaited.value)
    assert len(server.api_requests) == 2
