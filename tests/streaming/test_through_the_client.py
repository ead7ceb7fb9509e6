"""Streaming through the SDK's own client: auth headers, the rate limiter, retries, typed errors."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from pathlib import Path

import anyio
import anyio.lowlevel
import pytest
from streaming_api import ExportServer, ListServer, TrafficCounter, make_record

from servicetitan_crm._checkpoint import FileCheckpoint
from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._errors import BadRequestError
from servicetitan_crm._export import export_records
from servicetitan_crm._paging import pages, paginate
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

MakeClient = Callable[[TrafficCounter], contextlib.AbstractAsyncContextManager[ServiceTitanClient]]


async def test_multi_page_list_through_the_client(
    list_server: ListServer, real_client: MakeClient
) -> None:
    async with (
        real_client(list_server) as st,
        paginate(customers_get_list.asyncio, client=st, page_size=5) as customers,
    ):
        ids = [customer.id async for customer in customers]

    assert ids == list(range(1, 24))
    assert list_server.pages_requested() == [1, 2, 3, 4, 5]
    assert {r.headers["Authorization"] for r in list_server.log} == {"Bearer token-1"}
    assert {r.headers["ST-App-Key"] for r in list_server.log} == {"app-key"}


async def test_a_page_that_fails_with_503_is_retried_by_the_client_and_the_stream_goes_on(
    list_server: ListServer, real_client: MakeClient
) -> None:
    list_server.statuses[2] = [503]
    async with (
        real_client(list_server) as st,
        paginate(customers_get_list.asyncio, client=st, page_size=5) as customers,
    ):
        ids = [customer.id async for customer in customers]

    assert ids == list(range(1, 24))
    assert list_server.pages_requested() == [1, 2, 2, 3, 4, 5]


async def test_a_client_error_on_a_page_reaches_the_caller_after_the_pages_before_it(
    list_server: ListServer, real_client: MakeClient
) -> None:
    list_server.statuses[3] = [400]
    ids: list[int] = []

    with pytest.raises(BadRequestError, match="400"):
        async with (
            real_client(list_server) as st,
            paginate(
                customers_get_list.asyncio, client=st, page_size=5, concurrency=2
            ) as customers,
        ):
            async for customer in customers:
                ids.append(customer.id)

    assert ids == list(range(1, 11))


async def test_concurrent_pages_under_the_rate_limiter_arrive_in_order(
    list_server: ListServer, real_client: MakeClient
) -> None:
    list_server.records = [make_record(n) for n in range(1, 41)]
    async with (
        real_client(list_server) as st,
        pages(customers_get_list.asyncio, client=st, page_size=4, concurrency=3) as stream,
    ):
        numbers = [page.page async for page in stream]

    assert numbers == list(range(1, 11))
    assert list_server.max_in_flight <= 3


@pytest.mark.parametrize("seed", [5, 99])
async def test_an_export_resumes_from_its_checkpoint_after_each_crash(
    real_client: MakeClient, tmp_path: Path, seed: int
) -> None:
    server = ExportServer([make_record(n) for n in range(1, 41)], batch_size=6)
    path = tmp_path / "customers.checkpoint"
    rng = random.Random(seed)
    delivered: list[int] = []

    async with real_client(server) as st:
        for kill_after in [rng.randint(1, 12) for _ in range(3)] + [None]:
            seen = 0
            with anyio.CancelScope() as scope:
                async with export_records(
                    export_customers_get_customers.asyncio,
                    client=st,
                    checkpoint=FileCheckpoint(path),
                ) as records:
                    async for record in records:
                        delivered.append(record.id)
                        seen += 1
                        if seen == kill_after:
                            scope.cancel()
                            await anyio.lowlevel.checkpoint()

    assert sorted(set(delivered)) == list(range(1, 41))
    assert await FileCheckpoint(path).load() == "t40"
