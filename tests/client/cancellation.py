"""Cancel SDK calls at random points against a loopback server and count leaked pool slots.

Used by `test_cancellation.py` and run by hand to compare HTTP stacks:

    python tests/client/cancellation.py --cancellations 10000
    python tests/client/cancellation.py --stack httpx --round-size 200   # httpx 0.28 + httpcore 1.0

`--stack httpx` serves plain httpx under the name `httpx2` (same API), so the very same SDK code
runs on the old stack; it needs a venv where httpx 0.28.1 and httpcore 1.0.9 are installed.

Several workers share one client whose pool has two connections. Each worker starts a call (a
get-by-id, or a plain `async for` over an export feed) and cancels it after a random delay with
`task.cancel()`, `asyncio.wait_for` or an anyio cancel scope. The server answers after a small
random latency and sometimes closes the connection, so new connections keep being opened under
contention: a cancellation can land anywhere, including while a request waits for a connection
that is still being established (encode/httpcore#1093). After each round the pool is inspected:
a slot is leaked when a connection is neither idle nor closed while no request is in flight.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio

TENANT = 1
POOL_CONNECTIONS = 2
BARRIER_ID = 999_999
EXPORT_BATCHES = 3
EXPORT_BATCH_SIZE = 4
# How often the server closes a connection after answering, forcing new connections.
CLOSE_PROBABILITY = 0.05
# Seconds the barrier waits for its partner; a leaked slot keeps the partner from ever arriving.
BARRIER_TIMEOUT = 2.0
CANCELLATIONS = ("task.cancel", "wait_for", "anyio")
# Share of calls that are a single get; the others walk an export feed with `async for`.
SINGLE_CALL_SHARE = 0.7


def _customer(number: int) -> dict[str, Any]:
    return {"id": number, "name": f"Customer {number}", "active": True, "type": "Residential"}


class LoopbackServer:
    """A small HTTP/1.1 server on 127.0.0.1: token endpoint, customers by id, an export feed.

    `/customers/999999` is a barrier: it answers only once two such requests are in flight at the
    same time, which proves that both pool connections are usable.
    """

    def __init__(self, seed: int, max_latency: float) -> None:
        self._random = random.Random(seed)
        self._max_latency = max_latency
        self._server: asyncio.Server | None = None
        self._waiting = 0
        self._both_arrived = asyncio.Event()
        self.port = 0

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[LoopbackServer]:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        try:
            yield self
        finally:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 1.0)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/crm/v2"

    @property
    def auth_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/connect/token"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length:
                    await reader.readexactly(length)
                status, body = await self._answer(method, target)
                close = self._random.random() < CLOSE_PROBABILITY
                await asyncio.sleep(self._random.uniform(0, self._max_latency))
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n"
                    f"{'Connection: close' if close else 'Connection: keep-alive'}\r\n\r\n".encode()
                )
                # Headers and body in two writes, so a cancellation can land between them.
                await writer.drain()
                writer.write(body)
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def _answer(self, method: str, target: str) -> tuple[int, bytes]:
        path, _, query = target.partition("?")
        if method == "POST" and path == "/connect/token":
            return 200, json.dumps({"access_token": "stress-token", "expires_in": 900}).encode()
        prefix = f"/crm/v2/tenant/{TENANT}"
        if path.startswith(f"{prefix}/customers/"):
            number = int(path.rsplit("/", 1)[1])
            if number == BARRIER_ID:
                return await self._barrier()
            return 200, json.dumps(_customer(number)).encode()
        if path == f"{prefix}/export/customers":
            position = 0
            for pair in query.split("&"):
                if pair.startswith("from="):
                    position = int(pair[5:])
            first = position * EXPORT_BATCH_SIZE
            batch = {
                "hasMore": position + 1 < EXPORT_BATCHES,
                "continueFrom": str(position + 1),
                "data": [_customer(first + n) for n in range(1, EXPORT_BATCH_SIZE + 1)],
            }
            return 200, json.dumps(batch).encode()
        return 404, b'{"title": "Not Found", "status": 404}'

    async def _barrier(self) -> tuple[int, bytes]:
        self._waiting += 1
        if self._waiting == POOL_CONNECTIONS:
            self._both_arrived.set()
        try:
            await asyncio.wait_for(self._both_arrived.wait(), BARRIER_TIMEOUT)
        except TimeoutError:
            return 503, b'{"title": "the partner request never arrived", "status": 503}'
        finally:
            self._waiting -= 1
        return 200, json.dumps(_customer(BARRIER_ID)).encode()


@dataclass
class Tally:
    """What a stress run did: cancellations, calls that finished anyway, errors, leaked slots."""

    cancellations: int = 0
    completed: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    leaked_slots: int = 0
    rounds_with_leaks: int = 0
    final_call: str = "not made"
    seconds: float = 0.0


def leaked_slots(transport: Any) -> int:
    """Pool slots held while no request is in flight (call only when every call has ended)."""
    pool = transport._pool
    busy = [c for c in pool.connections if not c.is_idle() and not c.is_closed()]
    return len(busy) + len(pool._requests)


def _make_client(server: LoopbackServer) -> tuple[Any, Any]:
    import httpx2

    from servicetitan_crm import RetryPolicy, ServiceTitanClient

    transport = httpx2.AsyncHTTPTransport(
        limits=httpx2.Limits(
            max_connections=POOL_CONNECTIONS, max_keepalive_connections=POOL_CONNECTIONS
        )
    )
    client = ServiceTitanClient(
        tenant=TENANT,
        client_id="stress",
        client_secret="stress-secret",
        app_key="stress-app-key",
        api_url=server.api_url,
        auth_url=server.auth_url,
        transport=transport,
        rate_limiter=None,
        # A leaked pool shows as PoolTimeout at once instead of after retries.
        retry=RetryPolicy(attempts=1),
        timeout=httpx2.Timeout(5.0, pool=1.0),
    )
    return client, transport


async def _one_cancellation(
    call: Callable[[], Awaitable[object]], how: str, delay: float, tally: Tally
) -> None:
    cancelled = False
    try:
        if how == "task.cancel":
            task = asyncio.ensure_future(call())
            await asyncio.sleep(delay)
            cancelled = task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                cancelled = True
        elif how == "wait_for":
            try:
                await asyncio.wait_for(call(), delay)
            except TimeoutError:
                cancelled = True
        else:
            with anyio.move_on_after(delay) as scope:
                await call()
            cancelled = scope.cancelled_caught
    except Exception as exc:
        name = type(exc).__name__
        tally.errors[name] = tally.errors.get(name, 0) + 1
        return
    if cancelled:
        tally.cancellations += 1
    else:
        tally.completed += 1


async def _worker(
    client: Any, rng: random.Random, target: int, max_delay: float, tally: Tally, deadline: float
) -> None:
    from servicetitan_crm import export_records
    from servicetitan_crm.generated.api.customers import customers_get
    from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

    async def get_one() -> object:
        return await customers_get.asyncio(rng.randint(1, 1000), client=client)

    async def walk_export() -> object:
        count = 0
        async for _record in export_records(export_customers_get_customers.asyncio, client=client):
            count += 1
        return count

    while tally.cancellations < target and time.monotonic() < deadline:
        call = get_one if rng.random() < SINGLE_CALL_SHARE else walk_export
        how = rng.choice(CANCELLATIONS)
        delay = 0.0 if rng.random() < 0.05 else rng.uniform(0, max_delay)
        await _one_cancellation(call, how, delay, tally)


async def barrier_call(client: Any) -> None:
    """Two calls that can only finish together: both pool slots must be free."""
    from servicetitan_crm.generated.api.customers import customers_get

    async def one() -> None:
        await customers_get.asyncio(BARRIER_ID, client=client)

    async with anyio.create_task_group() as group:
        for _ in range(POOL_CONNECTIONS):
            group.start_soon(one)


async def run_stress(
    *,
    cancellations: int,
    round_size: int | None = None,
    workers: int = 6,
    seed: int = 1,
    max_latency: float = 0.001,
    max_delay: float = 0.008,
    time_limit: float = 120.0,
) -> Tally:
    """Cancel calls until `cancellations` were cancelled (or `time_limit` passes).

    After each round of `round_size` cancellations the pool is inspected; a round that leaked
    starts over with a new client, so leaks keep being counted after a pool has filled up.
    Without `round_size`, one client serves the whole run.
    """
    tally = Tally()
    started = time.monotonic()
    deadline = started + time_limit
    rng = random.Random(seed)
    server = LoopbackServer(seed, max_latency)
    async with server.running():
        client, transport = _make_client(server)
        try:
            while tally.cancellations < cancellations and time.monotonic() < deadline:
                target = min(cancellations, tally.cancellations + (round_size or cancellations))
                async with anyio.create_task_group() as group:
                    for _ in range(workers):
                        worker_rng = random.Random(rng.random())
                        group.start_soon(
                            _worker, client, worker_rng, target, max_delay, tally, deadline
                        )
                # Closes that a cancellation left running finish within an event-loop turn.
                await anyio.sleep(0.05)
                leaked = leaked_slots(transport)
                if leaked:
                    tally.leaked_slots += leaked
                    tally.rounds_with_leaks += 1
                    await client.aclose()
                    client, transport = _make_client(server)
            try:
                await barrier_call(client)
            except Exception as exc:
                tally.final_call = f"failed: {exc!r}"
            else:
                tally.final_call = "both pool slots answered"
        finally:
            await client.aclose()
    tally.seconds = time.monotonic() - started
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", choices=("httpx2", "httpx"), default="httpx2")
    parser.add_argument("--cancellations", type=int, default=10_000)
    parser.add_argument("--round-size", type=int, default=None)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.008, help="seconds before a cancel")
    args = parser.parse_args()
    if args.stack == "httpx":
        import httpx

        sys.modules["httpx2"] = httpx
    import httpx2

    tally = asyncio.run(
        run_stress(
            cancellations=args.cancellations,
            round_size=args.round_size,
            workers=args.workers,
            seed=args.seed,
            max_delay=args.max_delay,
            time_limit=600.0,
        )
    )
    stack = f"{httpx2.__name__} {httpx2.__version__}"
    print(
        f"{stack}: {tally.cancellations} cancellations, {tally.completed} calls finished first, "
        f"errors {tally.errors or 'none'}, leaked slots {tally.leaked_slots} "
        f"(in {tally.rounds_with_leaks} rounds of {args.round_size or args.cancellations}), "
        f"final call: {tally.final_call}, {tally.seconds:.1f} s"
    )
    return 0 if tally.leaked_slots == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
