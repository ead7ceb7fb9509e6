"""Benchmark 4: 1,000 concurrent first calls on a fresh client share one token request.

A fresh `ServiceTitanClient` (no token yet, rate limiter off so all calls start at once) runs
1,000 tasks that each call `customers_get.asyncio` in the same instant; the simulator injects
latency on every request, token requests included, which keeps the token request in flight while
the other 999 tasks arrive. The figure is the change in the simulator's `tokenRequests` counter.
"""

from __future__ import annotations

import anyio

from servicetitan_crm.generated.api.customers import customers_get, customers_get_list
from servicetitan_crm.generated.models import ActiveRequestArg

from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, read_stats, running_simulator

TITLE = "4. 1,000 concurrent first calls"
CONCURRENT_CALLS = 1_000
TOKENS_CUSTOMERS = 100
TOKENS_LATENCY_SECONDS = 0.050
TARGET_TOKEN_REQUESTS = 1


async def run(endpoint: SimulatorEndpoint) -> Section:
    async with endpoint.client(rate_limiter=None) as setup:
        page = await customers_get_list.asyncio(
            client=setup, page_size=TOKENS_CUSTOMERS, active=ActiveRequestArg.ANY
        )
        ids = [customer.id for customer in page.data if customer.id is not None]
    if not ids:
        raise RuntimeError("the simulator listed no customers")
    before = (await read_stats(endpoint))["tokenRequests"]
    answered = 0

    async def call(number: int) -> None:
        nonlocal answered
        customer_id = ids[number % len(ids)]
        customer = await customers_get.asyncio(customer_id, client=st)
        if customer.id == customer_id:
            answered += 1

    async with endpoint.client(rate_limiter=None) as st, anyio.create_task_group() as group:
        for number in range(CONCURRENT_CALLS):
            group.start_soon(call, number)
    token_requests = (await read_stats(endpoint))["tokenRequests"] - before
    if answered != CONCURRENT_CALLS:
        raise RuntimeError(f"{answered} of {CONCURRENT_CALLS} calls got their customer back")
    return Section(
        TITLE,
        (
            Result(
                f"Token requests for {CONCURRENT_CALLS:,} concurrent first calls on a fresh "
                "client, rate limiter OFF",
                str(token_requests),
                f"== {TARGET_TOKEN_REQUESTS}",
                token_requests == TARGET_TOKEN_REQUESTS,
            ),
        ),
        (
            f"{CONCURRENT_CALLS:,} tasks started together in one task group, each calling "
            "`customers_get.asyncio(id, client=st)` on a `ServiceTitanClient(..., "
            "rate_limiter=None)` that had made no call yet; all of them got their customer "
            "back (asserted).",
            f"Simulator latency {TOKENS_LATENCY_SECONDS * 1000:.0f} ms on every request, the "
            "token request included, so every task asks for a token while the first request "
            "is still in flight.",
            "Figure: the delta of `tokenRequests` from `GET /_simulator/stats` around the burst "
            "(the setup client's token request happened before).",
        ),
    )


async def run_with_simulator(*, quick: bool) -> Section:
    with running_simulator(
        customers=TOKENS_CUSTOMERS, latency_seconds=TOKENS_LATENCY_SECONDS
    ) as endpoint:
        return await run(endpoint)
