"""Per-call options reach the exact request, on that call only."""

from __future__ import annotations

import datetime

import httpx2
import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import RetryPolicy, ServerError, ServiceTitanClient
from servicetitan_crm._constants import PER_CALL_VIEWS

from .conftest import BASE_URL

CUSTOMER = {"id": 7, "name": "Ada", "active": True, "type": "Residential", "address": None}
EMPTY_PAGE = {"page": 1, "pageSize": 50, "hasMore": False, "data": []}


def api_requests(httpx2_mock: HTTPXMock) -> list[httpx2.Request]:
    return [r for r in httpx2_mock.get_requests() if r.url.path.startswith("/crm/")]


async def test_extra_headers_and_query_are_added_to_that_call_only(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7?trace=on", json=CUSTOMER)
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", json=CUSTOMER)

    await mocked.customers.get(
        7, extra_headers={"X-Request-Id": "r-1"}, extra_query={"trace": "on"}
    )
    await mocked.customers.get(7)

    first, second = api_requests(httpx2_mock)
    assert first.headers["X-Request-Id"] == "r-1"
    assert first.headers["Authorization"] == "Bearer token-1"
    assert "X-Request-Id" not in second.headers
    assert str(second.url) == f"{BASE_URL}/customers/7"


async def test_the_call_own_query_wins_over_extra_query(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(
        url=f"{BASE_URL}/customers?page=1&pageSize=50&active=Any&extra=1", json=EMPTY_PAGE
    )

    await mocked.customers.list(
        page_size=50, active="Any", extra_query={"active": "False", "extra": "1"}
    )

    (request,) = api_requests(httpx2_mock)
    assert request.url.params["active"] == "Any"


async def test_timeout_applies_to_that_call(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", json=CUSTOMER, is_reusable=True)

    await mocked.customers.get(7, timeout=2.5)
    await mocked.customers.get(7)

    first, second = api_requests(httpx2_mock)
    assert first.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert second.extensions["timeout"]["read"] == mocked.timeout.read


async def test_retry_applies_to_that_call(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", status_code=503)

    with pytest.raises(ServerError):
        await mocked.customers.get(7, retry=RetryPolicy(attempts=1))

    assert len(api_requests(httpx2_mock)) == 1


async def test_options_hold_for_every_page_of_a_list(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    for number in (1, 2):
        httpx2_mock.add_response(
            url=f"{BASE_URL}/customers?page={number}&pageSize=1",
            json={
                "page": number,
                "pageSize": 1,
                "hasMore": number == 1,
                "data": [{**CUSTOMER, "id": number}],
            },
        )

    ids = [c.id async for c in mocked.customers.list(page_size=1, extra_headers={"X-A": "b"})]

    assert ids == [1, 2]
    assert [r.headers["X-A"] for r in api_requests(httpx2_mock)] == ["b", "b"]


async def test_list_filters_are_sent_as_the_api_spells_them(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(
        url=(
            f"{BASE_URL}/customers?page=1&pageSize=200&modifiedOnOrAfter=2024-01-01T00%3A00%3A00Z"
            "&createdBefore=2024-02-01T08%3A30%3A00Z&zip=91202&active=False"
        ),
        json=EMPTY_PAGE,
    )

    await mocked.customers.list(
        page_size=200,
        modified_on_or_after=datetime.date(2024, 1, 1),
        created_before=datetime.datetime(2024, 2, 1, 8, 30),
        zip_="91202",
        active="False",
    )


async def test_calls_with_the_same_options_reuse_a_view_and_others_get_their_own(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", json=CUSTOMER, is_reusable=True)

    for trace in ("a", "a", "b", "a"):
        await mocked.customers.get(7, timeout=2.5, extra_headers={"X-Trace": trace})
    await mocked.customers.get(7, timeout=4.0, extra_headers={"X-Trace": "a"})

    requests = api_requests(httpx2_mock)
    assert [r.headers["X-Trace"] for r in requests] == ["a", "a", "b", "a", "a"]
    assert [r.extensions["timeout"]["read"] for r in requests] == [2.5, 2.5, 2.5, 2.5, 4.0]
    assert len(mocked._call_views) == 3


async def test_a_client_keeps_a_bounded_number_of_per_call_views(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", json=CUSTOMER, is_reusable=True)

    for number in range(PER_CALL_VIEWS + 10):
        await mocked.customers.get(7, extra_headers={"X-Call": str(number)})

    assert len(mocked._call_views) == PER_CALL_VIEWS
    assert [r.headers["X-Call"] for r in api_requests(httpx2_mock)] == [
        str(number) for number in range(PER_CALL_VIEWS + 10)
    ]
