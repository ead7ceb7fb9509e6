"""Benchmark 6: `servicetitan-crm sync` of 1,000,000 customers against a bare `export_records` loop.

The simulator runs in its own process. The bare loop (`python -m benchmarks._sync ENDPOINT_JSON`)
counts every record of `export_records` over the customer feed in a child process. The sync is
the real command, `servicetitan-crm sync --feed customers --json`, into a fresh SQLite file and
then into a fresh PostgreSQL database (a throwaway cluster from the machine's server binaries, as
the tests start it). Its throughput is timed from its `leased` event to its last `batch` event
(process start-up and imports excluded, as the bare loop's are), and its memory is sampled from
/proc every few milliseconds: peak VmRSS minus VmRSS at the `leased` event.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import anyio

from servicetitan_crm import ServiceTitanClient, export_records
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, running_simulator

TITLE = "6. Sync of 1,000,000 customers"
SYNC_RECORDS = 1_000_000
SYNC_QUICK_RECORDS = 50_000
# PostgreSQL is measured on a shorter feed: its figure is a rate, and the run stays short.
POSTGRESQL_RECORDS = 200_000
POSTGRESQL_QUICK_RECORDS = 20_000
EXPORT_BATCH_SIZE = 500
TARGET_RATIO = 0.8
TARGET_RSS_GROWTH_MB = 50.0
RSS_SAMPLE_INTERVAL_SECONDS = 0.02
CHILD_TIMEOUT_SECONDS = 900.0
SCRIPT = Path(sys.executable).parent / "servicetitan-crm"
MB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class LoopRun:
    records: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.records / self.seconds


@dataclasses.dataclass(frozen=True)
class SyncRun(LoopRun):
    baseline_rss: int
    peak_rss: int
    rows: int

    @property
    def growth_mb(self) -> float:
        return (self.peak_rss - self.baseline_rss) / MB


async def run_with_simulator(*, quick: bool) -> Section:
    records = SYNC_QUICK_RECORDS if quick else SYNC_RECORDS
    pg_records = POSTGRESQL_QUICK_RECORDS if quick else POSTGRESQL_RECORDS
    with running_simulator(customers=records, export_batch_size=EXPORT_BATCH_SIZE) as endpoint:
        bare = await anyio.to_thread.run_sync(_bare_loop, endpoint)
        with tempfile.TemporaryDirectory() as directory:
            sqlite = await anyio.to_thread.run_sync(
                _sync, endpoint, str(Path(directory) / "bench.sqlite")
            )
    with running_simulator(customers=pg_records, export_batch_size=EXPORT_BATCH_SIZE) as endpoint:
        postgres = await anyio.to_thread.run_sync(_sync_into_postgres, endpoint)
    for run, expected in ((bare, records), (sqlite, records), (postgres, pg_records)):
        if run.records != expected:
            raise RuntimeError(f"a run read {run.records:,} records, not {expected:,}")
    ratio = sqlite.rate / bare.rate
    results = (
        Result(
            f"sync into SQLite / bare `export_records` loop, {records:,} customers",
            f"{ratio:.2f}x ({sqlite.rate:,.0f} vs {bare.rate:,.0f} records/s)",
            f">= {TARGET_RATIO:g}x",
            ratio >= TARGET_RATIO,
        ),
        Result(
            f"Peak RSS growth of the sync process into SQLite, {records:,} customers",
            f"{sqlite.growth_mb:.1f} MB",
            f"<= {TARGET_RSS_GROWTH_MB:g} MB",
            sqlite.growth_mb <= TARGET_RSS_GROWTH_MB,
        ),
        Result(
            f"sync into PostgreSQL, {pg_records:,} customers (rate; peak RSS growth)",
            f"{postgres.rate:,.0f} records/s; {postgres.growth_mb:.1f} MB",
            "reported",
            postgres.rows == pg_records,
        ),
    )
    details = (
        f"Bare loop: `async with export_records(export_customers_get_customers.asyncio, "
        f"client=st) as records: async for _ in records: count += 1` in a child process, "
        f"{bare.records:,} records in {bare.seconds:.1f} s.",
        f"SQLite: `servicetitan-crm sync --feed customers --db bench.sqlite --json`, "
        f"{sqlite.records:,} records in {sqlite.seconds:.1f} s, {sqlite.rows:,} rows at the end; "
        f"RSS {sqlite.baseline_rss / MB:.1f} MB when it took the feed, peak "
        f"{sqlite.peak_rss / MB:.1f} MB.",
        f"PostgreSQL (throwaway local cluster, fsync off): {postgres.records:,} records in "
        f"{postgres.seconds:.1f} s, {postgres.rows:,} rows at the end; RSS "
        f"{postgres.baseline_rss / MB:.1f} MB when it took the feed, peak "
        f"{postgres.peak_rss / MB:.1f} MB.",
        f"Export batch {EXPORT_BATCH_SIZE} (the simulator's default), the default 60 requests/s "
        "limiter in every client; the simulator runs in its own process on 127.0.0.1.",
    )
    title = TITLE if records == SYNC_RECORDS else f"6. Sync of {records:,} customers (quick)"
    return Section(title, results, details)


def environment(endpoint: SimulatorEndpoint) -> dict[str, str]:
    """The process environment that points `servicetitan-crm` at the simulator."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    return {
        **base,
        "SERVICETITAN_CLIENT_ID": endpoint.client_id,
        "SERVICETITAN_CLIENT_SECRET": endpoint.client_secret,
        "SERVICETITAN_APP_KEY": endpoint.app_key,
        "SERVICETITAN_API_URL": endpoint.api_url,
        "SERVICETITAN_AUTH_URL": endpoint.auth_url,
    }


def _bare_loop(endpoint: SimulatorEndpoint) -> LoopRun:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks._sync", endpoint.to_json()],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_SECONDS,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the bare loop failed: {completed.stderr}")
    return LoopRun(**json.loads(completed.stdout.strip().splitlines()[-1]))


def _vm_rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def _sync(endpoint: SimulatorEndpoint, database: str) -> SyncRun:
    command = [
        str(SCRIPT),
        "sync",
        "--db",
        database,
        "--feed",
        "customers",
        f"--tenant={endpoint.tenant}",
        "--json",
    ]
    process = subprocess.Popen(
        command,
        env=environment(endpoint),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0
    finished = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not finished.wait(RSS_SAMPLE_INTERVAL_SECONDS):
            peak = max(peak, _vm_rss(process.pid) or 0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    baseline = 0
    leased_at = last_batch_at = 0.0
    records = rows = 0
    assert process.stdout is not None
    deadline = time.monotonic() + CHILD_TIMEOUT_SECONDS
    for line in process.stdout:
        event = json.loads(line)
        event["time"] = datetime.datetime.fromisoformat(event["time"]).timestamp()
        if event["event"] == "leased":
            baseline = _vm_rss(process.pid) or 0
            peak = baseline
            leased_at = event["time"]
        elif event["event"] == "batch":
            last_batch_at, records = event["time"], event["records"]
        elif event["event"] == "summary":
            rows = event["tables"]["customers"]
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the sync did not finish in time")
    finished.set()
    sampler.join()
    stderr = process.stderr.read() if process.stderr is not None else ""
    if process.wait() != 0:
        raise RuntimeError(f"the sync exited with status {process.returncode}: {stderr}")
    return SyncRun(records, last_batch_at - leased_at, baseline, peak, rows)


def _sync_into_postgres(endpoint: SimulatorEndpoint) -> SyncRun:
    # The same throwaway cluster the tests start (initdb + postgres on a free loopback port).
    from tests.sync.postgres_server import fresh_database, postgres_server

    directory = Path(tempfile.mkdtemp(prefix="servicetitan-crm-bench-postgres-"))
    try:
        with postgres_server(directory) as server:
            url = server.url
            return _sync(endpoint, fresh_database(url, "bench"))
    finally:
        subprocess.run(["rm", "-rf", str(directory)], check=False)


# --- the bare loop's child process -------------------------------------------------------------


async def count_customers(st: ServiceTitanClient) -> int:
    """The bare loop: every record of the customer feed through `export_records`, counted."""
    count = 0
    async with export_records(export_customers_get_customers.asyncio, client=st) as records:
        async for _record in records:
            count += 1
    return count


async def _child(endpoint: SimulatorEndpoint) -> LoopRun:
    async with ServiceTitanClient(**endpoint.client_arguments()) as st:
        async with export_records(export_customers_get_customers.asyncio, client=st) as warm:
            async for _record in warm:
                break
        started = time.perf_counter()
        count = await count_customers(st)
        return LoopRun(count, time.perf_counter() - started)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m benchmarks._sync ENDPOINT_JSON")
    run = anyio.run(_child, SimulatorEndpoint.from_json(sys.argv[1]))
    print(json.dumps(dataclasses.asdict(run)), flush=True)


if __name__ == "__main__":
    main()
