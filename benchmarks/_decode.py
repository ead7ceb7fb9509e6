"""Benchmark 5: typed decoding of one export batch against `json.loads` of the same bytes.

For each of the six export feeds, one batch of 500 records is fetched from the simulator twice:
as served, and with its wild-data fault on (a quarter of the records each: a documented-required
field null, an unknown field, an unknown enum value, timestamps without a zone). Both variants
then run in alternating rounds in this process: `json.loads(body)` alone, and `json.loads(body)`
followed by the feed's generated `...ResponseBatch.from_dict`. The figure is the median of the
per-round ratios (json.loads + typed decoding) / json.loads. A full collection runs before each
timed variant, so a collection of older garbage does not land in one variant's time; the
collections the decoding itself triggers are counted in. Times are this process's CPU time: the
machines are shared, and wall time would count the moments another process holds the CPU.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

from servicetitan_crm.generated.models import (
    ExportBookingResponseBatch,
    ExportCustomerContactResponseBatch,
    ExportCustomerResponseBatch,
    ExportLeadsResponseBatch,
    ExportLocationContactResponseBatch,
    ExportLocationsResponseBatch,
)

from ._profiling import profile
from ._report import Result, Section
from ._simulator_process import running_simulator

TITLE = "5. Typed decoding of an export batch"
TARGET_RATIO = 1.5
DECODE_BATCH_SIZE = 500
# Enough records that every feed fills one batch: locations and location contacts follow the
# customers (one each per customer), customer contacts are two per customer.
DECODE_CUSTOMERS = DECODE_BATCH_SIZE
DECODE_LEADS = DECODE_BATCH_SIZE
DECODE_BOOKINGS = DECODE_BATCH_SIZE
DECODE_ROUNDS = 51
DECODE_QUICK_ROUNDS = 11
DECODE_WARMUP_ROUNDS = 3
# Timing of one bare instance allocation, for the explanation of a missed target.
ALLOCATION_ROUNDS = 9
ALLOCATIONS_PER_ROUND = 20_000


class Batch(Protocol):
    data: Any

    def to_dict(self) -> dict[str, Any]: ...


@dataclasses.dataclass(frozen=True)
class Feed:
    """An export feed: its path and the generated model of one of its responses."""

    record_type: str
    path: str
    decode: Callable[[Mapping[str, Any]], Batch]


FEEDS = (
    Feed("customers", "/export/customers", ExportCustomerResponseBatch.from_dict),
    Feed(
        "customer contacts",
        "/export/customers/contacts",
        ExportCustomerContactResponseBatch.from_dict,
    ),
    Feed("locations", "/export/locations", ExportLocationsResponseBatch.from_dict),
    Feed(
        "location contacts",
        "/export/locations/contacts",
        ExportLocationContactResponseBatch.from_dict,
    ),
    Feed("leads", "/export/leads", ExportLeadsResponseBatch.from_dict),
    Feed("bookings", "/export/bookings", ExportBookingResponseBatch.from_dict),
)
VARIANTS = ("as served", "wild")


@dataclasses.dataclass(frozen=True)
class Measured:
    """One feed's batch in one variant: medians per record and the median per-round ratio."""

    records: int
    json_us: float
    typed_us: float
    ratio: float


async def _fetch_bodies(*, wild: bool) -> dict[str, bytes]:
    """One batch of every feed, as the simulator serves it (with its wild-data fault or not)."""
    bodies: dict[str, bytes] = {}
    with running_simulator(
        customers=DECODE_CUSTOMERS,
        leads=DECODE_LEADS,
        bookings=DECODE_BOOKINGS,
        export_batch_size=DECODE_BATCH_SIZE,
        wild_data=wild,
    ) as endpoint:
        async with endpoint.client(rate_limiter=None) as st:
            http = st.get_async_httpx_client()
            for feed in FEEDS:
                response = await http.get(feed.path)
                response.raise_for_status()
                bodies[feed.path] = response.content
    return bodies


def _check(feed: Feed, body: bytes) -> int:
    """Decode once, outside the timing: a full batch that round-trips. Returns its record count."""
    document = json.loads(body)
    batch = feed.decode(json.loads(body))
    if len(batch.data) != DECODE_BATCH_SIZE:
        raise RuntimeError(
            f"{feed.path} answered {len(batch.data)} records, not {DECODE_BATCH_SIZE}"
        )
    if batch.to_dict() != document:
        raise RuntimeError(f"{feed.path}: the decoded batch does not write back what was sent")
    return len(batch.data)


def _timed(work: Callable[[], object]) -> float:
    """CPU seconds `work` takes in this process, after a full collection."""
    gc.collect()
    started = time.process_time()
    work()
    return time.process_time() - started


def measure(feed: Feed, body: bytes, rounds: int) -> Measured:
    """Alternating rounds of `json.loads` alone and `json.loads` + `from_dict`."""
    records = _check(feed, body)

    def parse() -> object:
        return json.loads(body)

    def parse_and_decode() -> object:
        return feed.decode(json.loads(body))

    for _ in range(DECODE_WARMUP_ROUNDS):
        parse_and_decode()
    json_times: list[float] = []
    total_times: list[float] = []
    ratios: list[float] = []
    for number in range(rounds):
        if number % 2 == 0:
            json_time, total_time = _timed(parse), _timed(parse_and_decode)
        else:
            total_time, json_time = _timed(parse_and_decode), _timed(parse)
        json_times.append(json_time)
        total_times.append(total_time)
        ratios.append(total_time / json_time)
    json_median = statistics.median(json_times)
    total_median = statistics.median(total_times)
    return Measured(
        records=records,
        json_us=json_median / records * 1e6,
        typed_us=(total_median - json_median) / records * 1e6,
        ratio=statistics.median(ratios),
    )


async def run_with_simulator(*, quick: bool) -> Section:
    rounds = DECODE_QUICK_ROUNDS if quick else DECODE_ROUNDS
    bodies = {variant: await _fetch_bodies(wild=variant == "wild") for variant in VARIANTS}
    results: list[Result] = []
    details = [
        f"One batch of {DECODE_BATCH_SIZE} records per feed from the simulator, as served and "
        "with its wild-data fault (per quarter of the records: a documented-required field "
        "null, an unknown field, an unknown enum value, timestamps without a zone); every "
        "decoded batch writes back exactly what was sent (asserted).",
        f"{rounds} alternating rounds per feed and variant: `json.loads(body)` alone, and "
        "`...ResponseBatch.from_dict(json.loads(body))`, timed in process CPU time, with a "
        "`gc.collect()` before each; figure = median of the per-round ratios "
        "(json.loads + typed decoding) / json.loads.",
    ]
    worst: tuple[float, Feed, bytes, Measured] | None = None
    for feed in FEEDS:
        measured = {
            variant: measure(feed, bodies[variant][feed.path], rounds) for variant in VARIANTS
        }
        highest = max(result.ratio for result in measured.values())
        results.append(
            Result(
                f"{feed.record_type}: (json.loads + typed decoding) / json.loads, one batch of "
                f"{DECODE_BATCH_SIZE}, as served; wild",
                "; ".join(f"{measured[variant].ratio:.2f}x" for variant in VARIANTS),
                f"<= {TARGET_RATIO:.2f}x",
                highest <= TARGET_RATIO,
            )
        )
        details.append(
            f"{feed.record_type} (`{feed.path}`): "
            + "; ".join(
                f"{variant}: json.loads {m.json_us:.2f} µs/record, typed decoding "
                f"{m.typed_us:.2f} µs/record, ratio {m.ratio:.3f}x"
                for variant, m in measured.items()
            )
        )
        if highest > TARGET_RATIO and (worst is None or highest > worst[0]):
            worst = (highest, feed, bodies["as served"][feed.path], measured["as served"])
    bound = ""
    if worst is not None:
        _, feed, body, as_served = worst
        bound = await _bound(feed, body, as_served)
    title = TITLE if not quick else f"{TITLE} (quick)"
    return Section(title, tuple(results), tuple(details), bound)


def _model_instances(value: object) -> int:
    """How many generated model instances `value` holds, itself included."""
    if isinstance(value, list):
        return sum(_model_instances(item) for item in value)
    cls = type(value)
    if not attrs.has(cls):
        return 0
    count = 1
    for field in attrs.fields(cls):
        count += _model_instances(getattr(value, field.name))
    return count


def _allocation_ns(cls: type) -> float:
    """Median ns to allocate one bare instance of `cls` (what `from_dict` starts with)."""
    allocate = object.__new__
    samples = []
    for _ in range(ALLOCATION_ROUNDS):
        started = time.process_time()
        for _ in range(ALLOCATIONS_PER_ROUND):
            allocate(cls)
        samples.append((time.process_time() - started) / ALLOCATIONS_PER_ROUND * 1e9)
    return statistics.median(samples)


async def _bound(feed: Feed, body: bytes, as_served: Measured) -> str:
    batch = feed.decode(json.loads(body))
    records = batch.data
    instances = sum(_model_instances(record) for record in records) / len(records)
    allocation = _allocation_ns(type(records[0]))
    documents = [json.loads(body) for _ in range(DECODE_QUICK_ROUNDS)]

    async def decode_all() -> None:
        for document in documents:
            feed.decode(document)

    profiled = await profile(decode_all)
    return (
        f"The feed furthest from the target is {feed.record_type}: `json.loads` builds one of "
        f"its records in {as_served.json_us:.2f} µs, and typed decoding has to add "
        f"{instances:.1f} model instances per record (allocating a bare one costs "
        f"{allocation:.0f} ns here, before any field is read), every field read and stored once "
        "more, and a function call per nested object. The smaller the record, the larger "
        f"that fixed share.\n\nProfile of decoding {len(documents)} batches as served "
        f"(cProfile inflates per-call costs):\n\n{profiled}"
    )
