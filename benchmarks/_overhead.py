"""Benchmark 1: what the SDK adds to one request, against raw httpx on the same route.

Every variant makes sequential `GET /customers/{id}` calls over a pooled keep-alive connection to
a zero-latency simulator. The SDK call is the generated `customers_get.asyncio` through
`ServiceTitanClient` with the rate limiter off (pacing is the limiter's job, not overhead), so it
includes auth headers, the retry/error transport and the attrs model; the SDK call with per-call
options is `st.customers.get(id, timeout=...)`, through the resource client and a view with the
call's options. The raw call is `httpx2.AsyncClient.get` with the same headers and the same pool
limits, plus `json.loads`. The details price each known cost alone (`_overhead_costs`).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm.generated.api.customers import customers_get, customers_get_list
from servicetitan_crm.generated.models import ActiveRequestArg

from ._overhead_costs import COST_CALL_TIMEOUT, costs
from ._profiling import missing_sniffio_note, profile
from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, running_simulator

TITLE = "1. Per-request overhead"
OVERHEAD_TARGET_RATIO = 1.05
OVERHEAD_OPTIONS_TARGET_RATIO = 1.10
OVERHEAD_CUSTOMERS = 1_000
# Distinct ids the calls cycle through (one list page's worth).
OVERHEAD_ID_POOL = 200
OVERHEAD_WARMUP_CALLS = 200
OVERHEAD_ROUNDS = 60
OVERHEAD_QUICK_ROUNDS = 10
OVERHEAD_CALLS_PER_ROUND = 50
OVERHEAD_PROFILE_CALLS = 2_000

Calls = Callable[[Sequence[int]], Awaitable[None]]


async def run(endpoint: SimulatorEndpoint, *, quick: bool) -> Section:
    rounds = OVERHEAD_QUICK_ROUNDS if quick else OVERHEAD_ROUNDS
    async with endpoint.client(rate_limiter=None) as st:
        ids = await _customer_ids(st)
        async with await endpoint.raw_client(st.base_url) as raw:

            async def sdk_calls(chunk: Sequence[int]) -> None:
                for customer_id in chunk:
                    customer = await customers_get.asyncio(customer_id, client=st)
                    assert customer.id == customer_id

            async def options_calls(chunk: Sequence[int]) -> None:
                for customer_id in chunk:
                    customer = await st.customers.get(customer_id, timeout=COST_CALL_TIMEOUT)
                    assert customer.id == customer_id

            async def raw_calls(chunk: Sequence[int]) -> None:
                for customer_id in chunk:
                    response = await raw.get(f"/customers/{customer_id}")
                    response.raise_for_status()
                    assert json.loads(response.content)["id"] == customer_id

            warmup = [ids[i % len(ids)] for i in range(OVERHEAD_WARMUP_CALLS)]
            variants: list[tuple[str, Calls]] = [
                ("sdk", sdk_calls),
                ("options", options_calls),
                ("raw", raw_calls),
            ]
            for _, calls in variants:
                await calls(warmup)
            walls: dict[str, list[float]] = {name: [] for name, _ in variants}
            cpus: dict[str, list[float]] = {name: [] for name, _ in variants}
            for number in range(rounds):
                chunk = [
                    ids[(number * OVERHEAD_CALLS_PER_ROUND + i) % len(ids)]
                    for i in range(OVERHEAD_CALLS_PER_ROUND)
                ]
                order = variants if number % 2 == 0 else variants[::-1]
                for name, calls in order:
                    wall, cpu = await _timed(calls, chunk)
                    walls[name].append(wall / len(chunk))
                    cpus[name].append(cpu / len(chunk))
            ratio = _median_ratio(walls["sdk"], walls["raw"])
            options_ratio = _median_ratio(walls["options"], walls["raw"])
            bound = ""
            if ratio > OVERHEAD_TARGET_RATIO or options_ratio > OVERHEAD_OPTIONS_TARGET_RATIO:
                profiled = [ids[i % len(ids)] for i in range(OVERHEAD_PROFILE_CALLS)]
                slower = sdk_calls if ratio > OVERHEAD_TARGET_RATIO else options_calls
                bound = await _bound(slower, profiled, walls, cpus)
    priced = await costs()
    sdk_us = statistics.median(walls["sdk"]) * 1e6
    options_us = statistics.median(walls["options"]) * 1e6
    raw_us = statistics.median(walls["raw"]) * 1e6
    sdk_cpu_us = statistics.median(cpus["sdk"]) * 1e6
    raw_cpu_us = statistics.median(cpus["raw"]) * 1e6
    calls_total = rounds * OVERHEAD_CALLS_PER_ROUND
    return Section(
        TITLE,
        (
            Result(
                "SDK wall time / raw httpx wall time, sequential GET /customers/{id}, "
                "SDK rate limiter OFF",
                f"{ratio:.3f}x",
                f"<= {OVERHEAD_TARGET_RATIO:.2f}x",
                ratio <= OVERHEAD_TARGET_RATIO,
            ),
            Result(
                "The same with a per-call option (`st.customers.get(id, timeout=...)`) / raw httpx",
                f"{options_ratio:.3f}x",
                f"<= {OVERHEAD_OPTIONS_TARGET_RATIO:.2f}x",
                options_ratio <= OVERHEAD_OPTIONS_TARGET_RATIO,
            ),
        ),
        (
            f"{rounds} alternating rounds of {OVERHEAD_CALLS_PER_ROUND} sequential calls per "
            f"variant ({calls_total} calls each) after {OVERHEAD_WARMUP_CALLS} warm-up calls; "
            "figure = median of the per-round ratios.",
            "SDK: `customers_get.asyncio(id, client=st)` through `ServiceTitanClient(..., "
            "rate_limiter=None)` (auth, retry/error transport, attrs `CustomerResponse`); with "
            f"per-call options: `st.customers.get(id, timeout={COST_CALL_TIMEOUT})`.",
            "Raw: `httpx2.AsyncClient(limits=DEFAULT_LIMITS).get` with the same Accept, "
            "Authorization and ST-App-Key headers, then `json.loads`.",
            "Simulator: zero injected latency, 127.0.0.1, keep-alive, one connection in use.",
            f"Median wall time per call: SDK {sdk_us:.0f} µs, with per-call options "
            f"{options_us:.0f} µs, raw {raw_us:.0f} µs (difference {sdk_us - raw_us:.0f} µs; "
            "most of each call is the simulator's work).",
            f"Median CPU time per call in the SDK's process: SDK {sdk_cpu_us:.0f} µs, "
            f"raw {raw_cpu_us:.0f} µs ({sdk_cpu_us / raw_cpu_us:.2f}x).",
            *priced,
            *filter(None, [missing_sniffio_note()]),
        ),
        bound,
    )


def _median_ratio(variant: Sequence[float], raw: Sequence[float]) -> float:
    return statistics.median(v / r for v, r in zip(variant, raw, strict=True))


async def _timed(calls: Calls, chunk: Sequence[int]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    await calls(chunk)
    return time.perf_counter() - wall, time.process_time() - cpu


async def _customer_ids(st: ServiceTitanClient) -> list[int]:
    page = await customers_get_list.asyncio(
        client=st, page_size=OVERHEAD_ID_POOL, active=ActiveRequestArg.ANY
    )
    ids = [customer.id for customer in page.data if customer.id is not None]
    if len(ids) != OVERHEAD_ID_POOL:
        raise RuntimeError(
            f"expected {OVERHEAD_ID_POOL} customers, the simulator listed {len(ids)}"
        )
    return ids


async def _bound(
    sdk_calls: Calls,
    ids: Sequence[int],
    walls: dict[str, list[float]],
    cpus: dict[str, list[float]],
) -> str:
    extra_wall = (statistics.median(walls["sdk"]) - statistics.median(walls["raw"])) * 1e6
    extra_cpu = (statistics.median(cpus["sdk"]) - statistics.median(cpus["raw"])) * 1e6
    profiled = await profile(lambda: sdk_calls(ids))
    return (
        f"The SDK spends {extra_cpu:.0f} µs more CPU per call than raw httpx in its own process, "
        f"and {extra_wall:.0f} µs more wall time. Profile of {len(ids)} SDK calls:\n\n{profiled}"
    )


async def run_with_simulator(*, quick: bool) -> Section:
    with running_simulator(customers=OVERHEAD_CUSTOMERS) as endpoint:
        return await run(endpoint, quick=quick)
