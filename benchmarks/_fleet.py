"""Benchmark 8: one `servicetitan-crm sync` worker serving many tenants at once.

The simulator runs in its own process with N tenants, each with its own budget of 60 requests/s
(`--rate-limit 60`, a sliding one-second window, as the platform enforces per tenant and app)
and a realistic answer time (`LATENCY_SECONDS`). One worker syncs all six feeds of every
tenant into SQLite for `WINDOW_SECONDS` (the feeds are far from caught up: a backfill, the busiest
a worker gets) and is stopped. From its JSON `batch` events (one request each) the rate of each
tenant is measured after a warm-up; a tenant is served in full when it reaches 90 % of its
budget. The run is repeated with more tenants until one is not. CPU per record: the worker's
user + system time (/proc) over the records it committed, in the largest run that served every
tenant in full.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, cpu_seconds, running_simulator

TITLE = "8. One sync worker, many tenants at 60 requests/s each"
TENANT_BUDGET = 60.0
SERVED_SHARE = 0.9
LATENCY_SECONDS = 0.05
EXPORT_BATCH_SIZE = 100
TENANT_COUNTS = (4, 8, 16, 32)
QUICK_TENANT_COUNTS = (2, 4)
WINDOW_SECONDS = 12.0
QUICK_WINDOW_SECONDS = 6.0
WARMUP_SECONDS = 3.0
# Enough customers (and contacts, locations) that no feed catches up inside the window.
CUSTOMERS_PER_TENANT = 5000
FIRST_TENANT = 5000
SCRIPT = Path(sys.executable).parent / "servicetitan-crm"


@dataclasses.dataclass(frozen=True)
class FleetRun:
    tenants: int
    # Requests per second of each tenant after the warm-up.
    rates: tuple[float, ...]
    records: int
    cpu_seconds: float

    @property
    def served(self) -> int:
        return sum(rate >= SERVED_SHARE * TENANT_BUDGET for rate in self.rates)

    @property
    def cpu_per_record_us(self) -> float:
        return 1e6 * self.cpu_seconds / max(self.records, 1)


def _environment(endpoint: SimulatorEndpoint) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    return {
        **base,
        "SERVICETITAN_CLIENT_ID": endpoint.client_id,
        "SERVICETITAN_CLIENT_SECRET": endpoint.client_secret,
        "SERVICETITAN_APP_KEY": endpoint.app_key,
        "SERVICETITAN_API_URL": endpoint.api_url,
        "SERVICETITAN_AUTH_URL": endpoint.auth_url,
    }


def _run(count: int, window: float) -> FleetRun:
    tenants = list(range(FIRST_TENANT, FIRST_TENANT + count))
    with (
        running_simulator(
            customers=CUSTOMERS_PER_TENANT,
            latency_seconds=LATENCY_SECONDS,
            export_batch_size=EXPORT_BATCH_SIZE,
            tenants=tenants,
            rate_limit=TENANT_BUDGET,
        ) as endpoint,
        tempfile.TemporaryDirectory() as directory,
    ):
        command = [str(SCRIPT), "sync", "--db", str(Path(directory) / "fleet.sqlite"), "--json"]
        command += [f"--tenant={tenant}" for tenant in tenants]
        process = subprocess.Popen(
            command,
            env=_environment(endpoint),
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
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    first = min(min(times) for times in batches.values())
    start, end = first + WARMUP_SECONDS, first + window - 1
    rates = tuple(
        sum(start <= moment < end for moment in batches.get(tenant, [])) / (end - start)
        for tenant in tenants
    )
    return FleetRun(count, rates, sum(records.values()), cpu)


async def run_with_simulator(*, quick: bool) -> Section:
    window = QUICK_WINDOW_SECONDS if quick else WINDOW_SECONDS
    runs: list[FleetRun] = []
    for count in QUICK_TENANT_COUNTS if quick else TENANT_COUNTS:
        run = await anyio.to_thread.run_sync(_run, count, window)
        runs.append(run)
        if run.served < run.tenants:
            break
    full = [run for run in runs if run.served == run.tenants]
    best = full[-1] if full else runs[0]
    results = (
        Result(
            "tenants one worker keeps at >= 90 % of their 60 requests/s (backfill)",
            f"{best.tenants if full else 0} (of {', '.join(str(r.tenants) for r in runs)} tried)",
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
        f"{run.tenants} tenants: {run.served} served in full; requests/s per tenant "
        f"min {min(run.rates):.1f}, max {max(run.rates):.1f}; {run.records:,} records, "
        f"{run.cpu_per_record_us:.0f} us CPU each"
        for run in runs
    ]
    details = (
        *per_run,
        f"Simulator: {CUSTOMERS_PER_TENANT:,} customers per tenant, answers after "
        f"{LATENCY_SECONDS * 1000:.0f} ms, {EXPORT_BATCH_SIZE} records per answer, 60 requests/s "
        f"per tenant; the worker writes SQLite; rates counted from {WARMUP_SECONDS:g} s after "
        "the first batch to 1 s before the stop. The simulator shares the machine's cores.",
    )
    return Section(TITLE, results, details)
