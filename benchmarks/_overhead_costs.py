"""Benchmark 1's details: what each known cost of the SDK's request path adds, in µs per call.

Each cost is timed alone, in this process, as the best of several repeats (the fastest run is the
one least disturbed by other work on the machine), so the figures stay comparable on a busy host
where the end-to-end ratio is noisy:

- the request path itself: an SDK get-by-id against raw httpx, both over the same in-memory
  transport (no network, no server), so the difference is the SDK's own CPU;
- the detached close task `_release` keeps for the closes that may wait (the usual close, a
  keep-alive response read to its end, runs inline and skips it);
- the argument checks of a get-by-id (`_arguments.path_integer`);
- the per-attempt timing for the debug log, as it runs with DEBUG off;
- the view a call with per-call options goes through (`st.customers.get(7, timeout=30.0)`):
  reused when a recent call passed the same options, built when none did.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable

import httpx2

from servicetitan_crm import NOT_GIVEN, ServiceTitanClient
from servicetitan_crm._arguments import path_integer
from servicetitan_crm._logging import logger
from servicetitan_crm._release import _uninterrupted
from servicetitan_crm.generated.api.customers import customers_get

COST_CALLS = 2_000
COST_REPEATS = 7
COST_CALL_TIMEOUT = 30.0

_RECORD = json.dumps({"id": 7, "name": "Ada", "active": True, "type": "Residential"}).encode()
_TOKEN = json.dumps({"access_token": "in-memory", "expires_in": 900}).encode()
_JSON = {"content-type": "application/json"}


class _InMemory(httpx2.AsyncBaseTransport):
    """Answers the token request and `GET /customers/7` with fixed bodies, as a pool would."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = _TOKEN if request.method == "POST" else _RECORD
        return httpx2.Response(
            200,
            stream=httpx2.ByteStream(body),
            headers={**_JSON, "content-length": str(len(body))},
            extensions={"http_version": b"HTTP/1.1"},
        )


async def _best(work: Callable[[], Awaitable[object]]) -> float:
    """Seconds of CPU per call of `work`, the best of `COST_REPEATS` runs of `COST_CALLS`."""
    best = float("inf")
    for _ in range(COST_REPEATS):
        started = time.process_time()
        for _ in range(COST_CALLS):
            await work()
        best = min(best, (time.process_time() - started) / COST_CALLS)
    return best


async def _nothing() -> None:
    return None


async def costs() -> list[str]:
    """One detail line per cost."""
    st = ServiceTitanClient(
        tenant=1,
        client_id="in-memory",
        client_secret="in-memory",
        app_key="in-memory",
        api_url="http://in-memory.test/crm/v2",
        auth_url="http://in-memory.test/connect/token",
        transport=_InMemory(),
        rate_limiter=None,
    )
    headers = {"Accept": "application/json", "Authorization": "Bearer t", "ST-App-Key": "k"}
    customers = st.customers
    async with (
        st,
        httpx2.AsyncClient(base_url=st.base_url, transport=_InMemory(), headers=headers) as raw,
    ):

        async def raw_get() -> object:
            response = await raw.get("/customers/7")
            response.raise_for_status()
            return json.loads(response.content)

        async def sdk_get() -> object:
            return await customers_get.asyncio(7, client=st)

        async def checks() -> object:
            return path_integer(7, "id", customers_get.OPERATION)

        async def log_timing() -> object:
            return logger.isEnabledFor(logging.DEBUG) and time.perf_counter()

        async def close_task() -> None:
            await _uninterrupted(_nothing())

        async def view() -> object:
            return customers._with(COST_CALL_TIMEOUT, NOT_GIVEN, None, None)

        async def new_view() -> object:
            return st.with_options(timeout=COST_CALL_TIMEOUT)

        await sdk_get()  # the token, once
        raw_us, sdk_us = await _best(raw_get) * 1e6, await _best(sdk_get) * 1e6
        nothing_us = await _best(_nothing) * 1e6
        close_us = await _best(close_task) * 1e6 - nothing_us
        checks_us = await _best(checks) * 1e6 - nothing_us
        timing_us = await _best(log_timing) * 1e6 - nothing_us
        view_us = await _best(view) * 1e6 - nothing_us
        new_view_us = await _best(new_view) * 1e6 - nothing_us
    return [
        f"CPU per get-by-id over an in-memory transport (no network, no server): SDK "
        f"{sdk_us:.1f} µs, raw httpx {raw_us:.1f} µs, a difference of {sdk_us - raw_us:+.1f} µs: "
        "the SDK pays for auth headers, the retry loop, the release and checked decoding into "
        "`CustomerResponse`, and saves httpx2's generic body read (about 12 µs) by attaching "
        "an uncompressed body as it was read.",
        f"Detached close task: {close_us:.1f} µs and two event-loop turns per close that may "
        "wait (a read that failed or was cancelled, `Connection: close`); a keep-alive response "
        "read to its end is closed inline without it.",
        f"Argument checks of a get-by-id (`path_integer`): {checks_us:.2f} µs.",
        f"Per-attempt timing for the debug log, DEBUG off: {timing_us:.2f} µs.",
        f"The view of a call with per-call options (`st.customers.get(7, "
        f"timeout={COST_CALL_TIMEOUT})`): {view_us:.1f} µs when a recent call passed the same "
        f"options (`CallOptions` checks, the kept view looked up), {new_view_us:.1f} µs to build "
        "one (an httpx client over the shared pool) when none did.",
    ]
