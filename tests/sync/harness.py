"""What the sync tests run: the simulator in its own process, `servicetitan-crm` processes, changes
made while they run, and the oracle (the simulator's data read afresh) to compare the database to.
"""

from __future__ import annotations

import dataclasses
import json
import os
import queue
import random
import selectors
import sqlite3
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx2
import psycopg

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._sync._feeds import FEEDS, Feed, feed_named
from servicetitan_crm._sync._store import Lease, Store, open_store

from .typed_tables import assert_tables_match_records

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCRIPT = Path(sys.executable).parent / "servicetitan-crm"
STARTUP_TIMEOUT_SECONDS = 30.0
# Bound on one sync process running to completion in a test.
SYNC_TIMEOUT_SECONDS = 90.0


@dataclasses.dataclass(frozen=True)
class SimulatorEndpoint:
    """A running simulator process: its URLs, credentials and tenants."""

    base_url: str
    api_url: str
    auth_url: str
    client_id: str
    client_secret: str
    app_key: str
    tenants: list[int]

    def environment(self) -> dict[str, str]:
        """The process environment that points `servicetitan-crm` at this simulator."""
        base = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
        return {
            **base,
            "SERVICETITAN_CLIENT_ID": self.client_id,
            "SERVICETITAN_CLIENT_SECRET": self.client_secret,
            "SERVICETITAN_APP_KEY": self.app_key,
            "SERVICETITAN_API_URL": self.api_url,
            "SERVICETITAN_AUTH_URL": self.auth_url,
        }

    def stats(self) -> dict[str, Any]:
        """The simulator's counters (`GET /_simulator/stats`): requests, 429s, token requests."""
        with httpx2.Client() as http:
            stats: dict[str, Any] = http.get(f"{self.base_url}/_simulator/stats").json()
        return stats

    def client(self, tenant: int) -> ServiceTitanClient:
        return ServiceTitanClient(
            tenant=tenant,
            client_id=self.client_id,
            client_secret=self.client_secret,
            app_key=self.app_key,
            api_url=self.api_url,
            auth_url=self.auth_url,
            rate_limiter=None,
        )


class OutputLines:
    """A process's stdout line by line, read by a thread, so every wait is bounded."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: Iterator[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)

    def next(self, timeout: float) -> str:
        """The next line; TimeoutError when none comes in time, EOFError after the last."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no output line within {timeout} s") from None
        if line is None:
            raise EOFError("the process closed its output")
        return line

    def rest(self, timeout: float) -> list[str]:
        """Every line up to the end of the output."""
        lines = []
        while True:
            try:
                lines.append(self.next(timeout))
            except EOFError:
                return lines


def ready_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise TimeoutError(f"no line from {process.args!r} within {timeout} s")
    return process.stdout.readline()


@contextmanager
def simulator_process(
    tenants: Sequence[int],
    *,
    customers: int,
    batch_size: int,
    wild_data: bool = True,
    latency: float = 0.0,
    rate_limit: float | None = None,
) -> Iterator[SimulatorEndpoint]:
    command = [
        sys.executable,
        "-m",
        "servicetitan_crm_simulator",
        "--host=127.0.0.1",
        *(f"--tenant={tenant}" for tenant in tenants),
        f"--customers={customers}",
        f"--export-batch-size={batch_size}",
        # Changes show in the feeds at once, so a sync sees the records it races with.
        "--export-recent-delay=0",
        f"--latency={latency}",
    ]
    if wild_data:
        command.append("--wild-data")
    if rate_limit is not None:
        command.append(f"--rate-limit={rate_limit}")
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        ready = json.loads(ready_line(process, STARTUP_TIMEOUT_SECONDS))
        fields = {field.name for field in dataclasses.fields(SimulatorEndpoint)}
        yield SimulatorEndpoint(**{name: ready[name] for name in fields})
    finally:
        process.terminate()
        process.wait(timeout=30)


def sync_command(database: str, *arguments: str) -> list[str]:
    return [str(SCRIPT), "sync", "--db", database, *arguments]


def start_sync(
    endpoint: SimulatorEndpoint, database: str, *arguments: str
) -> subprocess.Popen[str]:
    tenant_arguments = [f"--tenant={tenant}" for tenant in endpoint.tenants]
    return subprocess.Popen(
        sync_command(database, *tenant_arguments, *arguments),
        cwd=ROOT,
        env=endpoint.environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def _feed_records(client: ServiceTitanClient, feed: Feed) -> dict[int, Any]:
    """Every record of the feed at its latest version, read from the start with plain HTTP."""
    http = client.get_async_httpx_client()
    latest: dict[int, Any] = {}
    token: str | None = None
    for _ in range(100_000):
        params = {} if token is None else {"from": token}
        body = (await http.get(feed.endpoint._get_kwargs()["url"], params=params)).json()
        for record in body["data"]:
            latest[record["id"]] = record
        token = body["continueFrom"]
        if not body["hasMore"]:
            return latest
    raise AssertionError(f"{feed.name} never caught up")


def oracle(endpoint: SimulatorEndpoint) -> dict[tuple[int, str], dict[int, Any]]:
    """(tenant, table) -> {id: record} for every feed, from the simulator as it is now."""

    async def read() -> dict[tuple[int, str], dict[int, Any]]:
        result = {}
        for tenant in endpoint.tenants:
            async with endpoint.client(tenant) as client:
                for feed in FEEDS:
                    result[(tenant, feed.table)] = await _feed_records(client, feed)
        return result

    return anyio.run(read)


def database_contents(database: str) -> dict[tuple[int, str], dict[int, Any]]:
    """(tenant, table) -> {id: record} as the database holds them (tables it lacks: none)."""
    result: dict[tuple[int, str], dict[int, Any]] = {}
    if database.startswith("postgresql://"):
        with psycopg.connect(database, options="-c search_path=servicetitan") as connection:
            for feed in FEEDS:
                (exists,) = connection.execute(
                    "SELECT to_regclass(%s) IS NOT NULL", (feed.table,)
                ).fetchone() or (False,)
                if not exists:
                    continue
                for tenant, record_id, record in connection.execute(
                    f"SELECT tenant, id, record FROM {feed.table}"
                ):
                    result.setdefault((tenant, feed.table), {})[record_id] = record
        return result
    with sqlite3.connect(database) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        for feed in FEEDS:
            if feed.table not in tables:
                continue
            for tenant, record_id, record in connection.execute(
                f"SELECT tenant, id, record FROM {feed.table}"
            ):
                result.setdefault((tenant, feed.table), {})[record_id] = json.loads(record)
    return result


class Churn:
    """Changes customers and locations of every tenant through the API while a sync runs, so
    records move to the end of their feeds and exist in several versions; bounded in count."""

    def __init__(self, endpoint: SimulatorEndpoint, changes: int, pause: float, seed: int) -> None:
        self._endpoint = endpoint
        self._changes = changes
        self._pause = pause
        self._random = random.Random(seed)
        self._thread = threading.Thread(target=anyio.run, args=(self._run,))
        self.error: BaseException | None = None

    async def _tenant(self, tenant: int) -> None:
        async with self._endpoint.client(tenant) as client:
            http = client.get_async_httpx_client()
            ids = {
                path: sorted(await _feed_records(client, feed))
                for path, feed in (
                    ("/customers", feed_named("customers")),
                    ("/locations", feed_named("locations")),
                )
            }
            for number in range(self._changes):
                path = self._random.choice(sorted(ids))
                record_id = self._random.choice(ids[path])
                body = {"name": f"changed {number}", "active": self._random.random() > 0.2}
                await http.patch(f"{path}/{record_id}", json=body)
                await anyio.sleep(self._pause)

    async def _run(self) -> None:
        try:
            async with anyio.create_task_group() as group:
                for tenant in self._endpoint.tenants:
                    group.start_soon(self._tenant, tenant)
        except BaseException as error:
            self.error = error
            raise

    def __enter__(self) -> Churn:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._thread.join(timeout=120)
        assert not self._thread.is_alive(), "the churn did not finish"
        assert self.error is None, self.error


def assert_database_equals_simulator(database: str, endpoint: SimulatorEndpoint) -> None:
    """Every record of every feed exactly once, at its latest version, nothing else."""
    expected = oracle(endpoint)
    actual = database_contents(database)
    for key, records in expected.items():
        held = actual.get(key, {})
        assert held.keys() == records.keys(), f"{key}: ids differ"
        stale = [record_id for record_id in records if held[record_id] != records[record_id]]
        assert not stale, f"{key}: {len(stale)} records not at their latest version: {stale[:5]}"
    assert set(actual) <= set(expected), f"unexpected tenants/tables {set(actual) - set(expected)}"
    # The typed columns and child tables agree with those records, no child row stale or extra.
    assert_tables_match_records(database)


def create_tables(database: str) -> None:
    """Create the sync's tables in `database`, as a sync's start does."""

    async def prepare() -> None:
        store = await open_store(database, "test-setup")
        try:
            await store.prepare(FEEDS)
        finally:
            await store.aclose()

    anyio.run(prepare)


@asynccontextmanager
async def leased(
    store: Store, tenant: int, feed: Feed, worker: str = "test-worker"
) -> AsyncIterator[Lease]:
    """`tenant` held and its `feed` leased by `worker`, both released at the end."""
    hold = await store.hold(tenant, worker)
    assert hold is not None
    try:
        lease = await hold.lease(feed)
        assert lease is not None
        try:
            yield lease
        finally:
            await lease.release()
    finally:
        await hold.release()


def query(database: str, sql: str) -> list[tuple[object, ...]]:
    """The rows `sql` selects in `database` (SQLite or the tests' PostgreSQL schema)."""
    if database.startswith("postgresql://"):
        with psycopg.connect(database, options="-c search_path=servicetitan") as connection:
            return [tuple(row) for row in connection.execute(sql).fetchall()]
    with sqlite3.connect(database) as connection:
        return [tuple(row) for row in connection.execute(sql).fetchall()]
