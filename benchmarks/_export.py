"""Benchmark 3: exporting 1,000,000 customers through `export_records` with a `FileCheckpoint`.

The SDK side runs in a child process (`python -m benchmarks._export ENDPOINT_JSON`) so its memory
is its own: after imports, client setup and a one-batch warm-up it takes its baseline VmRSS,
then streams the whole feed while a thread samples VmRSS, and finally reads VmHWM. The kernel's
high-water mark cannot be reset, so it is compared with the one at the baseline: when it rose,
its new value is the stream's exact peak; when it did not, the peak is below it and the sampled
maximum is used (and said so).
"""

from __future__ import annotations

import dataclasses
import gc
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import anyio

from servicetitan_crm import FileCheckpoint, ServiceTitanClient, export_records
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers
from servicetitan_crm.generated.models import ExportCustomerResponseBatch

from ._report import Result, Section
from ._simulator_process import SimulatorEndpoint, read_stats, running_simulator

TITLE = "3. Export of 1,000,000 records"
EXPORT_RECORDS = 1_000_000
EXPORT_QUICK_RECORDS = 50_000
# The simulator's default; the real API's batch size is not documented.
EXPORT_BATCH_SIZE = 500
# A bigger batch, reported beside the default to show how the figures move with it, on a
# shorter feed to keep the run short.
EXPORT_LARGE_BATCH_SIZE = 5_000
EXPORT_COMPARISON_RECORDS = 200_000
# Times the decoding of one batch is repeated to split the SDK's CPU time per record.
DECODE_REPEATS = 5
TARGET_RSS_GROWTH_MB = 50.0
RSS_SAMPLE_INTERVAL_SECONDS = 0.02
EXPORT_CHILD_TIMEOUT_SECONDS = 600.0
CHECKPOINT_NAME = "customers.checkpoint"
# The simulator counts requests per operation id in its stats.
EXPORT_OPERATION_ID = "ExportCustomers_GetCustomers"
EXPORT_PATH = "/export/customers"
MB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class ExportRun:
    """What the child process measured (sizes in bytes)."""

    records: int
    seconds: float
    cpu_seconds: float
    baseline_rss: int
    hwm_at_baseline: int
    hwm_at_end: int
    sampled_peak_rss: int
    checkpoint_saved: bool
    json_us_per_record: float
    model_us_per_record: float

    @property
    def peak_growth(self) -> int:
        if self.hwm_at_end > self.hwm_at_baseline:
            return self.hwm_at_end - self.baseline_rss
        return self.sampled_peak_rss - self.baseline_rss

    @property
    def peak_source(self) -> str:
        if self.hwm_at_end > self.hwm_at_baseline:
            return "VmHWM at the end (it rose during the stream)"
        return (
            "sampled VmRSS (VmHWM did not rise during the stream, so the stream's peak is below "
            f"the pre-baseline mark of {self.hwm_at_baseline / MB:.1f} MB)"
        )


async def run_with_simulator(*, quick: bool) -> Section:
    records = EXPORT_QUICK_RECORDS if quick else EXPORT_RECORDS
    main, main_requests = await _measure(records, EXPORT_BATCH_SIZE)
    growth_mb = main.peak_growth / MB
    results = [
        Result(
            f"Peak RSS growth of the SDK process exporting {records:,} customers "
            f"(batch {EXPORT_BATCH_SIZE}, default 60 req/s limiter)",
            f"{growth_mb:.1f} MB",
            f"<= {TARGET_RSS_GROWTH_MB:g} MB",
            growth_mb <= TARGET_RSS_GROWTH_MB,
        ),
        Result(
            f"Records exported (batch {EXPORT_BATCH_SIZE}); throughput",
            f"{main.records:,}; {main.records / main.seconds:,.0f} records/s",
            f"== {records:,}",
            main.records == records,
        ),
    ]
    details = [
        "`export_records(export_customers_get_customers.asyncio, client=st, checkpoint="
        f"FileCheckpoint(tmp/{CHECKPOINT_NAME}))` under `async with`, every record counted "
        "(asserted), in a child process; client with the default 60 requests/s limiter.",
        "Export batch size: the real API's is undocumented; the simulator's default "
        f"{EXPORT_BATCH_SIZE} gives the figures of record.",
        _describe(main, EXPORT_BATCH_SIZE, main_requests),
    ]
    if not quick:
        large, large_requests = await _measure(EXPORT_COMPARISON_RECORDS, EXPORT_LARGE_BATCH_SIZE)
        large_mb = large.peak_growth / MB
        results.append(
            Result(
                f"Comparison: batch {EXPORT_LARGE_BATCH_SIZE}, {EXPORT_COMPARISON_RECORDS:,} "
                "customers: peak RSS growth; throughput",
                f"{large_mb:.1f} MB; {large.records / large.seconds:,.0f} records/s",
                f"<= {TARGET_RSS_GROWTH_MB:g} MB",
                large_mb <= TARGET_RSS_GROWTH_MB,
            )
        )
        details += [
            f"Comparison with batch {EXPORT_LARGE_BATCH_SIZE} on {EXPORT_COMPARISON_RECORDS:,} "
            "customers (the peak depends on the batch, not on the feed's length, since at most "
            "the batch in hand and one prefetched batch are alive):",
            _describe(large, EXPORT_LARGE_BATCH_SIZE, large_requests),
        ]
    title = TITLE if records == EXPORT_RECORDS else f"3. Export of {records:,} records (quick)"
    return Section(title, tuple(results), tuple(details))


async def _measure(records: int, batch_size: int) -> tuple[ExportRun, int]:
    """One child-process export of `records` customers; also the export requests it made."""
    with running_simulator(customers=records, export_batch_size=batch_size) as endpoint:
        before = await _export_requests(endpoint)
        run = await _run_child(endpoint)
        requests = await _export_requests(endpoint) - before
    if run.records != records:
        raise RuntimeError(
            f"the export read {run.records} records, not {records} (batch size {batch_size})"
        )
    if not run.checkpoint_saved:
        raise RuntimeError("the export finished without a saved checkpoint")
    return run, requests


def _describe(run: ExportRun, batch_size: int, requests: int) -> str:
    cpu_us = run.cpu_seconds / run.records * 1e6
    return (
        f"Batch {batch_size}: {run.records:,} records, {requests} export requests (warm-up "
        f"included), {run.seconds:.1f} s, {run.records / run.seconds:,.0f} records/s. "
        f"SDK CPU {run.cpu_seconds:.1f} s = {cpu_us:.1f} µs/record, of which decoding one "
        f"batch costs {run.json_us_per_record:.1f} µs/record in `json.loads` and "
        f"{run.model_us_per_record:.1f} µs/record in the generated "
        "`ExportCustomerResponseBatch.from_dict`. "
        f"Baseline RSS {run.baseline_rss / MB:.1f} MB; peak growth {run.peak_growth / MB:.1f} "
        f"MB from {run.peak_source}; sampled VmRSS peak {run.sampled_peak_rss / MB:.1f} MB."
    )


async def _run_child(endpoint: SimulatorEndpoint) -> ExportRun:
    command = [sys.executable, "-m", "benchmarks._export", endpoint.to_json()]
    with anyio.fail_after(EXPORT_CHILD_TIMEOUT_SECONDS):
        completed = await anyio.run_process(command, check=False, stderr=None)
    if completed.returncode != 0:
        raise RuntimeError(f"the export child exited with status {completed.returncode}")
    lines = completed.stdout.decode().strip().splitlines()
    if not lines:
        raise RuntimeError("the export child printed no result")
    return ExportRun(**json.loads(lines[-1]))


async def _export_requests(endpoint: SimulatorEndpoint) -> int:
    operations = (await read_stats(endpoint)).get("operations", {})
    count = operations.get(EXPORT_OPERATION_ID, 0)
    if not isinstance(count, int):
        raise ValueError(f"the simulator counts {EXPORT_OPERATION_ID} as {count!r}")
    return count


# --- the child process ------------------------------------------------------------------------


def _status_bytes(field: str) -> int:
    """A `kB` field of /proc/self/status (VmRSS, VmHWM), in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


class _RssSampler(threading.Thread):
    """Reads VmRSS every few milliseconds and keeps the maximum."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = _status_bytes("VmRSS")
        self._finished = threading.Event()

    def run(self) -> None:
        while not self._finished.wait(RSS_SAMPLE_INTERVAL_SECONDS):
            self.peak = max(self.peak, _status_bytes("VmRSS"))

    def stop(self) -> int:
        self._finished.set()
        self.join()
        return max(self.peak, _status_bytes("VmRSS"))


async def _child(endpoint: SimulatorEndpoint) -> ExportRun:
    feed = export_customers_get_customers.asyncio
    with tempfile.TemporaryDirectory() as directory:
        checkpoint = FileCheckpoint(Path(directory) / CHECKPOINT_NAME)
        async with ServiceTitanClient(**endpoint.client_arguments()) as st:
            # Warm-up: token, connection, first parse and a checkpoint write, on a separate file.
            warm = FileCheckpoint(Path(directory) / ("warm-up." + CHECKPOINT_NAME))
            async with export_records(feed, client=st, checkpoint=warm) as warm_records:
                async for _record in warm_records:
                    break
            await warm.save("warm-up")
            gc.collect()
            baseline = _status_bytes("VmRSS")
            hwm_before = _status_bytes("VmHWM")
            sampler = _RssSampler()
            sampler.start()
            count = 0
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                async with export_records(feed, client=st, checkpoint=checkpoint) as records:
                    async for _record in records:
                        count += 1
            finally:
                sampled = sampler.stop()
            seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
            hwm_after = _status_bytes("VmHWM")
            json_us, model_us = await _decode_costs(st)
        saved = await checkpoint.load() is not None
    return ExportRun(
        records=count,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        baseline_rss=baseline,
        hwm_at_baseline=hwm_before,
        hwm_at_end=hwm_after,
        sampled_peak_rss=sampled,
        checkpoint_saved=saved,
        json_us_per_record=json_us,
        model_us_per_record=model_us,
    )


async def _decode_costs(st: ServiceTitanClient) -> tuple[float, float]:
    """Median µs per record to `json.loads` one batch and to build its generated models."""
    response = await st.get_async_httpx_client().get(EXPORT_PATH)
    body = response.content
    json_times: list[float] = []
    model_times: list[float] = []
    records = 0
    for _ in range(DECODE_REPEATS):
        started = time.perf_counter()
        document = json.loads(body)
        parsed = time.perf_counter()
        batch = ExportCustomerResponseBatch.from_dict(document)
        json_times.append(parsed - started)
        model_times.append(time.perf_counter() - parsed)
        records = len(batch.data)
    if records == 0:
        raise RuntimeError(f"{EXPORT_PATH} answered an empty batch")
    return (
        statistics.median(json_times) / records * 1e6,
        statistics.median(model_times) / records * 1e6,
    )


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m benchmarks._export ENDPOINT_JSON")
    run = anyio.run(_child, SimulatorEndpoint.from_json(sys.argv[1]))
    print(json.dumps(dataclasses.asdict(run)), flush=True)


if __name__ == "__main__":
    main()
