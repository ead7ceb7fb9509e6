"""Benchmark 8: one `servicetitan-crm sync` worker serving many tenants at once.

The simulator runs in its own process with N tenants, each with its own budget of 60 requests/s
(`--rate-limit 60`, a sliding one-second window, as the platform enforces per tenant and app)
and an answer time of `LATENCY_SECONDS`. One worker syncs all six feeds of every tenant into
PostgreSQL for `WINDOW_SECONDS` (the feeds are far from caught up: a backfill, the busiest a
worker gets) and is stopped. From its JSON `batch` events (one request each) the rate of each
tenant is measured after a warm-up. A tenant's full rate is what it reaches when the worker
serves it alone, at most its budget: its feeds read one answer at a time each, so with the
answer time it may not use all of the budget. A tenant is served in full at 90 % of that. The
run is repeated with more tenants until one is not. CPU per record: the worker's user + system
time (/proc) over the records it committed.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

from ._report import Result, Section
from ._simulator_process import cpu_seconds, running_simulator
from ._sync import environment

TITLE = "8. One sync worker, many tenants at 60 requests/s each"
TENANT_BUDGET = 60.0
SERVED_SHARE = 0.9
LATENCY_SECONDS = 0.05
EXPORT_BATCH_SIZE = 20
TENANT_COUNTS = (1, 2, 4, 8, 16)
QUICK_TENANT_COUNTS = (1, 2)
WINDOW_SECONDS = 12.0
QUICK_WINDOW_SECONDS = 6.0
WARMUP_SECONDS = 3.0
# Enough customers (and contacts, locations) that no feed catches up inside the window.
CUSTOMERS_PER_TENANT = 10_000
FIRST_TENANT = 5000
SCRIPT = Path(sys.executable).parent / "servicetitan-crm"


@dataclasses.dataclass(frozen=True)
class FleetRun:
    tenants: int
    # Requests per second of each tenant after the warm-up.
    rates: tuple[float, ...]
    records: int
    cpu_seconds: float
    # The simulator's CPU time over the same run: on a shared machine it bounds the rates.
    simulator_cpu_seconds: float
    seconds: float

    def served(self, full_rate: float) -> int:
        """Tenants at 90 % of `full_rate` or more."""
        return sum(rate >= SERVED_SHARE * full_rate for rate in self.rates)

    @property
    def cpu_per_record_us(self) -> float:
        return 1e6 * self.cpu_seconds / max(self.records, 1)


def _run(count: int, window: float, database: str) -> FleetRun:
    tenants = list(range(FIRST_TENANT, FIRST_TENANT + count))
    with (
        running_simulator(
            customers=CUSTOMERS_PER_TENANT,
            latency_seconds=LATENCY_SECONDS,
            export_batch_size=EXPORT_BATCH_SIZE,
            tenants=tenants,
            rate_limit=TENANT_BUDGET,
        ) as endpoint,
    ):
        command = [str(SCRIPT), "sync", "--db", database, "--json"]
        command += [f"--tenant={tenant}" for tenant in tenants]
        process = subprocess.Popen(
            command,
            env=environment(endpoint),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started = time.monotonic()
        batches: dict[int, list[float]] = collections.defaultdict(list)
        records: dict[tuple[int, str], int] = {}
        assert process.stdout is not None
        for line in process.stdout:
            event = json.loads(line)
            if event["event"] == "batch":
                moment = datetime.datetime.fromisoformat(event["time"]).timestamp()
                batches[event["tenant"]].append(moment)
                records[(event["tenant"], event["feed"])] = event["records"]
            if time.monotonic() - started > window:
                break
        cpu = cpu_seconds(process.pid)
        simulator_cpu = cpu_seconds(endpoint.pid)
        elapsed = time.monotonic() - started
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    first = min(min(times) for times in batches.values())
    start, end = first + WARMUP_SECONDS, first + window - 1
    rates = tuple(
        sum(start <= moment < end for moment in batches.get(tenant, [])) / (end - start)
        for tenant in tenants
    )
    return FleetRun(count, rates, sum(records.values()), cpu, simulator_cpu, elapsed)


def _runs(counts: tuple[int, ...], window: float) -> list[FleetRun]:
    """A run per tenant count, each into a fresh PostgreSQL database, until one falls short."""
    # The same throwaway cluster the tests start (initdb + postgres on a free loopback port).
    from tests.sync.postgres_server import fresh_database, postgres_server

    runs: list[FleetRun] = []
    with (
        tempfile.TemporaryDirectory(prefix="servicetitan-crm-bench-fleet-") as directory,
        postgres_server(Path(directory)) as server,
    ):
        for count in counts:
            runs.append(_run(count, window, fresh_database(server.url, f"fleet_{count}")))
            if runs[-1].served(_full_rate(runs)) < count:
                break
    return runs


def _full_rate(runs: list[FleetRun]) -> float:
    """A tenant's rate when the worker serves it alone (the first run), at most its budget."""
    return min(TENANT_BUDGET, max(runs[0].rates))


async def run_with_simulator(*, quick: bool) -> Section:
    window = QUICK_WINDOW_SECONDS if quick else WINDOW_SECONDS
    counts = QUICK_TENANT_COUNTS if quick else TENANT_COUNTS
    runs = await anyio.to_thread.run_sync(_runs, counts, window)
    full_rate = _full_rate(runs)
    full = [run for run in runs if run.served(full_rate) == run.tenants]
    best = full[-1] if full else runs[0]
    tried = ", ".join(str(run.tenants) for run in runs)
    results = (
        Result(
            f"tenants one worker keeps at >= 90 % of a tenant's full rate ({full_rate:.0f} "
            "requests/s, budget 60), backfill",
            f"{best.tenants if full else 0} (runs with {tried} tenants)",
            "reported",
            True,
        ),
        Result(
            f"worker CPU per record committed, {best.tenants} tenants",
            f"{best.cpu_per_record_us:.0f} us ({best.records:,} records, {best.cpu_seconds:.1f} s)",
            "reported",
            True,
        ),
    )
    per_run = [
        f"{run.tenants} tenants: {run.served(full_rate)} served in full; requests/s per tenant "
        f"min {min(run.rates):.1f}, max {max(run.rates):.1f}; {run.records:,} records, "
        f"{run.cpu_per_record_us:.0f} us CPU each; busy over {run.seconds:.0f} s: worker "
        f"{run.cpu_seconds / run.seconds:.0%} of a core, simulator "
        f"{run.simulator_cpu_seconds / run.seconds:.0%}"
        for run in runs
    ]
    details = (
        *per_run,
        f"Simulator: {CUSTOMERS_PER_TENANT:,} customers per tenant, answers after "
        f"{LATENCY_SECONDS * 1000:.0f} ms, {EXPORT_BATCH_SIZE} records per answer, 60 requests/s "
        f"per tenant; the worker writes PostgreSQL; rates counted from {WARMUP_SECONDS:g} s after "
        "the first batch to 1 s before the stop. The simulator shares the machine's cores.",
    )
    return Section(TITLE, results, details)
