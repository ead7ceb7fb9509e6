"""Benchmark 2: listing 20,000 customers, 200 a page, with 100 ms injected latency per request.

Variants, alternating in rounds on one warm client (token fetched beforehand):
- the SDK's stream, `pages(..., page_size=200, concurrency=N)`, under the client's DEFAULT
  60 requests/s rate limiter;
- a naive loop over the generated `customers_get_list.asyncio`, page 1, 2, ... until
  `has_more` is false, through the same client;
- a raw httpx loop doing the same with `json.loads`.
The floor is what the 60 requests/s limit allows: pages / 60 s.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx2

from servicetitan_crm import ServiceTitanClient, pages
from servicetitan_crm._constants import DEFAULT_RATE_LIMIT_PER_SECOND
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.models import ActiveRequestArg, CustomerResponsePage

from ._profiling import missing_sniffio_note, profile
from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, cpu_seconds, running_simulator

TITLE = "2. Listing 20,000 customers"
LISTING_CUSTOMERS = 20_000
LISTING_PAGE_SIZE = 200
LISTING_PAGES = LISTING_CUSTOMERS // LISTING_PAGE_SIZE
LISTING_LATENCY_SECONDS = 0.100
# Requests the stream keeps in flight. A page's turnaround is its 0.1 s latency plus ~30-50 ms of
# serving, transfer and decoding, so 60/s needs 8-9 in flight to keep the limiter's every slot
# used; 12 leaves room for jitter (8 measured 1.37-1.46x the floor, 12 1.22-1.32x).
LISTING_CONCURRENCY = 12
LISTING_ROUNDS = 3
# The stream is the short, noisy variant: each round runs it between and around the slow loops,
# so it gets three samples per round for its median.
ROUND_ORDER = ("stream", "naive", "stream", "raw", "stream")
LISTING_QUICK_ROUNDS = 1
# Pause between variants so page requests the stream reserved past the last page (its window
# reaches beyond the end) have left the rate limiter's schedule before the next variant starts.
LISTING_SETTLE_SECONDS = 0.5
# Times one page's decoding is repeated to split the SDK's CPU time per page.
DECODE_REPEATS = 5
TARGET_SPEEDUP_OVER_NAIVE = 5.0
TARGET_RATIO_TO_FLOOR = 1.3
FLOOR_SECONDS = LISTING_PAGES / DEFAULT_RATE_LIMIT_PER_SECOND

Variant = Callable[[], Awaitable[int]]


async def run(endpoint: SimulatorEndpoint, *, quick: bool) -> Section:
    rounds = LISTING_QUICK_ROUNDS if quick else LISTING_ROUNDS
    async with endpoint.client() as st:  # the default 60 requests/s limiter
        assert st.rate_limiter is not None
        limiter_rate = st.rate_limiter.rate
        await customers_get_list.asyncio(client=st, page_size=1)  # fetches the token
        async with await endpoint.raw_client(st.base_url) as raw:
            variants: dict[str, Variant] = {
                "stream": lambda: _sdk_stream(st),
                "naive": lambda: _naive_loop(st),
                "raw": lambda: _raw_loop(raw),
            }
            seconds: dict[str, list[float]] = {name: [] for name in variants}
            sdk_cpu: dict[str, list[float]] = {name: [] for name in variants}
            simulator_cpu: dict[str, list[float]] = {name: [] for name in variants}
            for number in range(rounds):
                for name in ROUND_ORDER if number % 2 == 0 else ROUND_ORDER[::-1]:
                    await anyio.sleep(LISTING_SETTLE_SECONDS)
                    sim_started = cpu_seconds(endpoint.pid)
                    cpu_started, started = time.process_time(), time.perf_counter()
                    count = await variants[name]()
                    seconds[name].append(time.perf_counter() - started)
                    sdk_cpu[name].append(time.process_time() - cpu_started)
                    simulator_cpu[name].append(cpu_seconds(endpoint.pid) - sim_started)
                    if count != LISTING_CUSTOMERS:
                        raise RuntimeError(
                            f"{name} read {count} customers, not {LISTING_CUSTOMERS}"
                        )
            stream_s = statistics.median(seconds["stream"])
            naive_s = statistics.median(seconds["naive"])
            raw_s = statistics.median(seconds["raw"])
            speedup = naive_s / stream_s
            to_floor = stream_s / FLOOR_SECONDS
            stream_cpu_ms = statistics.median(sdk_cpu["stream"]) / LISTING_PAGES * 1000
            raw_cpu_ms = statistics.median(sdk_cpu["raw"]) / LISTING_PAGES * 1000
            sim_cpu_ms = statistics.median(simulator_cpu["stream"]) / LISTING_PAGES * 1000
            json_ms, model_ms = await _decode_costs(raw)
            slot_ms = 1000 / limiter_rate
            bound = ""
            if speedup < TARGET_SPEEDUP_OVER_NAIVE or to_floor > TARGET_RATIO_TO_FLOOR:
                await anyio.sleep(LISTING_SETTLE_SECONDS)
                profiled = await profile(variants["stream"])
                bound = (
                    f"At {limiter_rate:g} requests/s a page has a {slot_ms:.1f} ms slot. The "
                    f"stream's process spent {stream_cpu_ms:.1f} ms of CPU per page (median "
                    f"run; raw httpx + `json.loads`: {raw_cpu_ms:.1f} ms), and the event loop "
                    "is one thread, so the SDK side alone needs "
                    f"{stream_cpu_ms / slot_ms:.2f}x the time the limiter allows. Decoding "
                    f"one {LISTING_PAGE_SIZE}-customer page costs {json_ms:.1f} ms in "
                    f"`json.loads` and {model_ms:.1f} ms in the generated "
                    "`CustomerResponsePage.from_dict` (attrs models built field by field "
                    "through nested closures and per-call imports). The simulator spent "
                    f"{sim_cpu_ms:.1f} ms of CPU per page; together the two processes need "
                    f"{stream_cpu_ms + sim_cpu_ms:.1f} ms of CPU per page where this machine's "
                    f"{os.cpu_count()} cores offer {slot_ms * (os.cpu_count() or 1):.1f} ms per "
                    f"slot. {missing_sniffio_note()} Profile of one stream run:"
                    f"\n\n{profiled}"
                )
    return Section(
        TITLE,
        (
            Result(
                f"SDK stream (concurrency={LISTING_CONCURRENCY}, default "
                f"{limiter_rate:g} req/s limiter) throughput / naive generated loop",
                f"{speedup:.2f}x",
                f">= {TARGET_SPEEDUP_OVER_NAIVE:g}x",
                speedup >= TARGET_SPEEDUP_OVER_NAIVE,
            ),
            Result(
                f"SDK stream time / floor of {LISTING_PAGES} pages at {limiter_rate:g} req/s "
                f"({FLOOR_SECONDS:.3f} s)",
                f"{to_floor:.3f}x",
                f"<= {TARGET_RATIO_TO_FLOOR:g}x",
                to_floor <= TARGET_RATIO_TO_FLOOR,
            ),
        ),
        (
            f"{LISTING_CUSTOMERS} customers (`active=Any`), page size {LISTING_PAGE_SIZE} "
            f"({LISTING_PAGES} pages), {LISTING_LATENCY_SECONDS * 1000:.0f} ms injected latency "
            f"per request; every variant read all {LISTING_CUSTOMERS} records in every round "
            "(asserted).",
            f"{rounds} round(s), each running {', '.join(ROUND_ORDER)} (reversed in odd rounds); "
            "medians of wall time.",
            f"SDK stream `pages(customers_get_list.asyncio, client=st, page_size="
            f"{LISTING_PAGE_SIZE}, concurrency={LISTING_CONCURRENCY})`: {stream_s:.3f} s "
            f"({LISTING_CUSTOMERS / stream_s:,.0f} records/s).",
            f"Naive sequential loop over `customers_get_list.asyncio` (same client): "
            f"{naive_s:.3f} s ({LISTING_CUSTOMERS / naive_s:,.0f} records/s).",
            f"Raw httpx sequential loop + `json.loads`: {raw_s:.3f} s "
            f"({LISTING_CUSTOMERS / raw_s:,.0f} records/s); stream speed-up over it "
            f"{raw_s / stream_s:.2f}x.",
            f"Floor at {limiter_rate:g} req/s: {FLOOR_SECONDS:.3f} s; a stream can at best "
            f"finish one latency after its last slot, "
            f"{(LISTING_PAGES - 1) / limiter_rate + LISTING_LATENCY_SECONDS:.3f} s.",
            f"CPU per page (median run): SDK process {stream_cpu_ms:.1f} ms in the stream, "
            f"{raw_cpu_ms:.1f} ms in the raw loop; simulator {sim_cpu_ms:.1f} ms. Decoding one "
            f"page: `json.loads` {json_ms:.1f} ms, generated `from_dict` {model_ms:.1f} ms; a "
            f"{limiter_rate:g} req/s slot is {slot_ms:.1f} ms.",
            "All rounds (s): "
            + "; ".join(
                f"{name} " + ", ".join(f"{value:.3f}" for value in values)
                for name, values in seconds.items()
            ),
        ),
        bound,
    )


async def _decode_costs(raw: httpx2.AsyncClient) -> tuple[float, float]:
    """Median ms to `json.loads` one full page and to build its generated models."""
    response = await raw.get(
        "/customers", params={"page": 1, "pageSize": LISTING_PAGE_SIZE, "active": "Any"}
    )
    response.raise_for_status()
    json_times: list[float] = []
    model_times: list[float] = []
    for _ in range(DECODE_REPEATS):
        started = time.perf_counter()
        document = json.loads(response.content)
        parsed = time.perf_counter()
        page = CustomerResponsePage.from_dict(document)
        json_times.append(parsed - started)
        model_times.append(time.perf_counter() - parsed)
        if len(page.data) != LISTING_PAGE_SIZE:
            raise RuntimeError(f"page 1 has {len(page.data)} customers")
    return statistics.median(json_times) * 1000, statistics.median(model_times) * 1000


async def _sdk_stream(st: ServiceTitanClient) -> int:
    count = 0
    async with pages(
        customers_get_list.asyncio,
        client=st,
        page_size=LISTING_PAGE_SIZE,
        concurrency=LISTING_CONCURRENCY,
        active=ActiveRequestArg.ANY,
    ) as stream:
        async for page in stream:
            count += len(page.data)
    return count


async def _naive_loop(st: ServiceTitanClient) -> int:
    count = 0
    for number in range(1, LISTING_PAGES + 2):  # bounded: one past the expected last page
        page = await customers_get_list.asyncio(
            client=st, page=number, page_size=LISTING_PAGE_SIZE, active=ActiveRequestArg.ANY
        )
        count += len(page.data)
        if not page.has_more:
            return count
    raise RuntimeError(f"the list still had more after {LISTING_PAGES + 1} pages")


async def _raw_loop(raw: httpx2.AsyncClient) -> int:
    count = 0
    for number in range(1, LISTING_PAGES + 2):
        response = await raw.get(
            "/customers",
            params={"page": number, "pageSize": LISTING_PAGE_SIZE, "active": "Any"},
        )
        response.raise_for_status()
        page = json.loads(response.content)
        count += len(page["data"])
        if not page["hasMore"]:
            return count
    raise RuntimeError(f"the list still had more after {LISTING_PAGES + 1} pages")


async def run_with_simulator(*, quick: bool) -> Section:
    with running_simulator(
        customers=LISTING_CUSTOMERS, latency_seconds=LISTING_LATENCY_SECONDS
    ) as endpoint:
        return await run(endpoint, quick=quick)
