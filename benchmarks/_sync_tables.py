"""Benchmark 7: the sync's typed tables, CPU-bound, against the JSON-only tables it kept before.

Each run is a child process (`python -m benchmarks._sync_tables LAYOUT ENDPOINT_JSON DATABASE`)
that syncs the customer feed of a simulator process into a fresh SQLite file, in-process
(`run_sync`, the `sync` command's engine), through a client with no rate limiter, so the
figure is the sync's own cost:

- `json`: the layout before typed tables (the key columns `id`, `modifiedOn`, `active`,
  `createdOn`, `name`, `type`, `mergedToId` and `record`, no child tables), the baseline;
- `bare`: a bare `export_records` loop over the same feed (typed models, no database), the
  floor a sync is compared with;
- `typed`: every property a column, every array a child table (the generated document);
- `older`: the same without `taxExempt`, then the migration to the generated document timed
  (one column added and backfilled from `record` for every row), beside a full resync.

The bare, JSON-only and typed runs alternate (`ROUNDS`) and each one's fastest counts. Memory is
the child's peak RSS (VmHWM) minus its RSS when the sync started.
"""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import anyio

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._document import Document
from servicetitan_crm._sync._feeds import Feed, feed_named, feeds_of
from servicetitan_crm._sync._progress import LogReporter
from servicetitan_crm._sync._runner import SyncOptions, run_sync
from servicetitan_crm._sync._store import open_store
from servicetitan_crm._sync._tenants import TenantSource
from servicetitan_crm.generated.document import DOCUMENT

from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, running_simulator
from ._sync import count_customers

TITLE = "7. Sync tables: typed columns and child tables, 1,000,000 customers"
RECORDS = 1_000_000
QUICK_RECORDS = 50_000
EXPORT_BATCH_SIZE = 500
TARGET_RATIO_TO_JSON = 0.9
TARGET_RATIO_TO_BARE = 0.8
# The bare, JSON-only and typed runs alternate this many times; each one's fastest run counts
# (the machine's other load slows runs unevenly, never speeds one up).
ROUNDS = 2
TARGET_RSS_GROWTH_MB = 50.0
CHILD_TIMEOUT_SECONDS = 1800.0
MB = 1024 * 1024
SCHEMA = "ExportCustomerResponse"
# The customer columns the sync kept before typed tables (besides `record`).
JSON_ONLY_PROPERTIES = ("id", "modifiedOn", "active", "createdOn", "name", "type", "mergedToId")
# The property the `older` document lacks, added by the timed migration.
MIGRATED_PROPERTY = "taxExempt"


@dataclasses.dataclass(frozen=True)
class TablesRun:
    records: int
    seconds: float
    baseline_rss: int
    peak_rss: int
    migration_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.records / self.seconds

    @property
    def growth_mb(self) -> float:
        return (self.peak_rss - self.baseline_rss) / MB


def _keeping(document: Document, keep: Callable[[str], bool]) -> Document:
    """`document` with the customer record's properties filtered by `keep(name)`."""
    objects = tuple(
        dataclasses.replace(
            schema,
            properties=tuple(p for p in schema.properties if keep(p.name)),
        )
        if schema.name == SCHEMA
        else schema
        for schema in document.objects
    )
    return dataclasses.replace(document, objects=objects, digest=f"{document.digest}-bench")


def _layout_feed(layout: str) -> Feed:
    if layout == "json":
        document = _keeping(DOCUMENT, lambda name: name in JSON_ONLY_PROPERTIES)
    elif layout == "older":
        document = _keeping(DOCUMENT, lambda name: name != MIGRATED_PROPERTY)
    else:
        document = DOCUMENT
    return feed_named("customers", feeds_of(document))


def _memory(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    return 0


async def _bare(endpoint: SimulatorEndpoint) -> TablesRun:
    arguments = endpoint.client_arguments()
    async with ServiceTitanClient(**arguments, rate_limiter=None) as st:
        baseline = _memory("VmRSS:")
        started = time.perf_counter()
        count = await count_customers(st)
        seconds = time.perf_counter() - started
    return TablesRun(count, seconds, baseline, _memory("VmHWM:"))


async def _child(layout: str, endpoint: SimulatorEndpoint, database: str) -> TablesRun:
    if layout == "bare":
        return await _bare(endpoint)
    feed = _layout_feed(layout)
    arguments = endpoint.client_arguments()
    source = TenantSource(
        endpoint.tenant, lambda: ServiceTitanClient(**arguments, rate_limiter=None)
    )
    store = await open_store(database, "bench")
    try:
        await store.prepare([feed])
        options = SyncOptions(feeds=[feed], worker="bench")
        baseline = _memory("VmRSS:")
        started = time.perf_counter()
        outcome = await run_sync(store, [source], options, LogReporter(io.StringIO()))
        seconds = time.perf_counter() - started
        peak = _memory("VmHWM:")
        if outcome.failed:
            raise RuntimeError(f"the sync failed: {outcome.failed}")
        records = outcome.feeds[0].records
        migration = 0.0
        if layout == "older":
            started = time.perf_counter()
            await store.prepare([_layout_feed("typed")])
            migration = time.perf_counter() - started
    finally:
        await store.aclose()
    return TablesRun(records, seconds, baseline, peak, migration)


def _run(layout: str, endpoint: SimulatorEndpoint, directory: str) -> TablesRun:
    database = str(Path(directory) / f"{layout}.sqlite")
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks._sync_tables", layout, endpoint.to_json(), database],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_SECONDS,
        check=False,
    )
    for suffix in ("", "-wal", "-shm"):  # a fresh file for the next run, and the disk back
        Path(database + suffix).unlink(missing_ok=True)
    if completed.returncode != 0:
        raise RuntimeError(f"the {layout} run failed: {completed.stderr}")
    return TablesRun(**json.loads(completed.stdout.strip().splitlines()[-1]))


async def run_with_simulator(*, quick: bool) -> Section:
    records = QUICK_RECORDS if quick else RECORDS
    runs: dict[str, list[TablesRun]] = {"bare": [], "json": [], "typed": [], "older": []}
    with (
        running_simulator(customers=records, export_batch_size=EXPORT_BATCH_SIZE) as endpoint,
        tempfile.TemporaryDirectory() as directory,
    ):
        for layout in [*(("bare", "json", "typed") * ROUNDS), "older"]:
            run = await anyio.to_thread.run_sync(_run, layout, endpoint, directory)
            if run.records != records:
                raise RuntimeError(f"a {layout} run read {run.records:,} records, not {records:,}")
            runs[layout].append(run)
    bare, json_only, typed = (
        max(runs[layout], key=lambda run: run.rate) for layout in ("bare", "json", "typed")
    )
    (older,) = runs["older"]
    growth = max(run.growth_mb for run in runs["typed"])
    ratio = typed.rate / json_only.rate
    to_bare = typed.rate / bare.rate
    results = (
        Result(
            f"typed tables / JSON-only tables, {records:,} customers, no rate limiter",
            f"{ratio:.2f}x ({typed.rate:,.0f} vs {json_only.rate:,.0f} records/s)",
            f">= {TARGET_RATIO_TO_JSON:g}x",
            ratio >= TARGET_RATIO_TO_JSON,
        ),
        Result(
            f"typed tables / bare `export_records` loop, {records:,} customers, no rate limiter",
            f"{to_bare:.2f}x ({typed.rate:,.0f} vs {bare.rate:,.0f} records/s)",
            f">= {TARGET_RATIO_TO_BARE:g}x",
            to_bare >= TARGET_RATIO_TO_BARE,
        ),
        Result(
            f"Peak RSS growth of the typed sync, {records:,} customers",
            f"{growth:.1f} MB",
            f"<= {TARGET_RSS_GROWTH_MB:g} MB",
            growth <= TARGET_RSS_GROWTH_MB,
        ),
        Result(
            f"migration adding `tax_exempt` to {records:,} rows (backfilled from record) "
            "beside a full resync",
            f"{older.migration_seconds:.1f} s vs {typed.seconds:.1f} s "
            f"({older.migration_seconds / typed.seconds:.2f}x)",
            "reported",
            True,
        ),
    )
    rates = {
        layout: ", ".join(f"{run.rate:,.0f}" for run in runs[layout])
        for layout in ("bare", "json", "typed")
    }
    details = (
        f"Records/s of each run, alternating: bare loop {rates['bare']}; JSON-only "
        f"{rates['json']}; typed {rates['typed']}.",
        "Bare loop: `export_records(export_customers_get_customers.asyncio, client=st)` counted "
        "to the end, decoding every record into its model, no database.",
        f"JSON-only: {json_only.records:,} records in {json_only.seconds:.1f} s "
        f"({json_only.growth_mb:.1f} MB peak RSS growth); typed: {typed.records:,} in "
        f"{typed.seconds:.1f} s; older document: {older.seconds:.1f} s, then its migration "
        f"{older.migration_seconds:.1f} s.",
        "Each run: `run_sync` of the customer feed in a child process, into a fresh SQLite file, "
        "a `ServiceTitanClient(rate_limiter=None)`, export batch "
        f"{EXPORT_BATCH_SIZE}; the simulator in its own process on 127.0.0.1.",
    )
    title = TITLE if records == RECORDS else f"7. Sync tables, {records:,} customers (quick)"
    return Section(title, results, details)


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: python -m benchmarks._sync_tables bare|json|typed|older ENDPOINT_JSON DB")
    layout, endpoint, database = sys.argv[1:]
    run = anyio.run(_child, layout, SimulatorEndpoint.from_json(endpoint), database)
    print(json.dumps(dataclasses.asdict(run)), flush=True)


if __name__ == "__main__":
    main()
