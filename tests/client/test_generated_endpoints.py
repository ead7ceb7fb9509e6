"""Generated endpoint functions take the client as `client=` and only ever see 2xx answers."""

from __future__ import annotations

import datetime
from typing import Any

import httpx2
import pytest

from servicetitan_crm._errors import NotFoundError, ServerError
from servicetitan_crm._retry import RetryPolicy
from servicetitan_crm.generated.api.customers import (
    customers_create,
    customers_get,
    customers_get_list,
)
from servicetitan_crm.generated.models import CreateCustomerRequest

from .conftest import MakeClient
from .fakes import API_URL, APP_KEY, TENANT, FakeServiceTitan, problem, token_value


def customer(number: int) -> dict[str, Any]:
    stamp = "2025-07-01T10:24:07.4726935Z"
    return {
        "id": number,
        "name": f"Customer {number}",
        "type": "Residential",
        "active": True,
        "address": None,
        "balance": 0.0,
        "createdById": 1,
        "createdOn": stamp,
        "modifiedOn": stamp,
        "customFields": [],
        "doNotMail": False,
        "doNotService": False,
        "externalData": None,
        "tagTypeIds": [],
    }


async def test_a_generated_list_call_goes_to_the_tenant_with_auth_and_parses(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    page_body = {"page": 2, "pageSize": 2, "hasMore": True, "data": [customer(3), customer(4)]}
    server.then_api(httpx2.Response(503), httpx2.Response(200, json=page_body))

    async with make_client() as st:
        page = await customers_get_list.asyncio(
            client=st,
            page=2,
            page_size=2,
            modified_on_or_after=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
        )

    assert [c.id for c in page.data] == [3, 4] and page.has_more
    sent = server.api_requests[-1]
    assert sent.url.path == f"/crm/v2/tenant/{TENANT}/customers"
    assert str(sent.url).startswith(f"{API_URL}/tenant/{TENANT}/customers?")
    assert sent.url.params["page"] == "2" and sent.url.params["pageSize"] == "2"
    assert sent.headers["Authorization"] == f"Bearer {token_value(1)}"
    assert sent.headers["ST-App-Key"] == APP_KEY
    assert len(server.api_requests) == 2  # the 503 was retried


async def test_a_generated_call_raises_the_typed_error_instead_of_returning_none(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(404, "Customer not found", traceId="t-404"))

    async with make_client() as st:
        with pytest.raises(NotFoundError) as caught:
            await customers_get.asyncio(client=st, id=9)

    assert str(caught.value) == (
        f"404 Not Found for GET /crm/v2/tenant/{TENANT}/customers/9: "
        "Customer not found (traceId=t-404)"
    )


async def test_a_status_outside_http_status_reaches_the_caller_as_a_server_error(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(httpx2.Response(520, text="origin error"))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(ServerError, match=r"520 Server Error for GET .*'origin error'"):
            await customers_get.asyncio(client=st, id=9)


async def test_a_generated_create_is_not_repeated_after_a_503(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(httpx2.Response(503))

    async with make_client() as st:
        with pytest.raises(ServerError):
            await customers_create.asyncio(
                client=st,
                body=CreateCustomerRequest.from_dict({"name": "A", "address": {}, "locations": []}),
            )

    assert [r.method for r in server.api_requests] == ["POST"]
