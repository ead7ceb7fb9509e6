"""Many workers on one PostgreSQL database: each (tenant, feed) written by one worker at a time,
a killed worker's feeds taken over from its last committed token, the result exact."""

from __future__ import annotations

import itertools
import json
import time
from collections import defaultdict
from typing import Any

from .harness import (
    SYNC_TIMEOUT_SECONDS,
    OutputLines,
    assert_database_equals_simulator,
    simulator_process,
    start_sync,
)

TENANTS = (1000, 1001, 1002, 1003)
# Per tenant 300 customers, 300 locations, 600 + 300 contacts, 50 leads, 50 bookings in
# batches of 30, each answered after LATENCY: a feed with more than one batch is still being
# written well after the batch event the victim is killed on.
CUSTOMERS = 300
BATCH_SIZE = 30
LATENCY_SECONDS = 0.05
WORKERS = 3
# 24 feeds, at most 8 per worker: every worker gets a share from the start.
MAX_FEEDS = 8
LEASE_RETRY_SECONDS = 0.2

Interval = tuple[str, float, float]


def _events(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _lease_intervals(
    events: list[dict[str, Any]], killed: str, killed_at: float
) -> dict[tuple[int, str], list[Interval]]:
    """Per (tenant, feed): (worker, leased at, released at) for every lease taken."""
    open_leases: dict[tuple[str, int, str], float] = {}
    intervals: dict[tuple[int, str], list[Interval]] = defaultdict(list)
    for event in sorted(events, key=lambda event: event["time"]):
        key = (event["worker"], event["tenant"], event["feed"])
        if event["event"] == "leased":
            open_leases[key] = event["time"]
        elif event["event"] == "released":
            intervals[key[1:]].append((key[0], open_leases.pop(key), event["time"]))
    for (worker, tenant, feed), leased_at in open_leases.items():
        assert worker == killed, f"{worker} never released {tenant} {feed}"
        intervals[(tenant, feed)].append((worker, leased_at, killed_at))
    return intervals


def test_workers_share_feeds_one_writer_each_and_take_over_from_a_killed_worker(
    postgres_database: str,
) -> None:
    with simulator_process(
        TENANTS, customers=CUSTOMERS, batch_size=BATCH_SIZE, latency=LATENCY_SECONDS
    ) as endpoint:
        workers = [
            start_sync(
                endpoint,
                postgres_database,
                "--json",
                f"--worker=worker-{number}",
                f"--max-feeds={MAX_FEEDS}",
                f"--lease-retry={LEASE_RETRY_SECONDS}",
            )
            for number in range(WORKERS)
        ]
        victim, survivors = workers[0], workers[1:]
        output = OutputLines(victim)
        events = []
        # Killed right after a batch of a feed it is still in the middle of.
        while not events or events[-1]["event"] != "batch" or events[-1]["caughtUp"]:
            events.append(json.loads(output.next(SYNC_TIMEOUT_SECONDS)))
        victim.kill()
        killed_at = time.time()
        events += _events("".join(output.rest(timeout=30)))
        victim.wait(timeout=30)
        for survivor in survivors:
            stdout, stderr = survivor.communicate(timeout=SYNC_TIMEOUT_SECONDS)
            assert survivor.returncode == 0, stderr
            events += _events(stdout)

        assert_database_equals_simulator(postgres_database, endpoint)

    intervals = _lease_intervals(
        [event for event in events if event["event"] != "summary"], "worker-0", killed_at
    )
    assert len(intervals) == len(TENANTS) * 6
    for feed, leases in intervals.items():
        leases.sort(key=lambda lease: lease[1])
        for before, after in itertools.pairwise(leases):
            assert before[2] <= after[1], f"{feed}: {before} overlaps {after}"
    for event in events:
        if event["event"] == "batch":
            leases = intervals[(event["tenant"], event["feed"])]
            assert any(
                worker == event["worker"] and start <= event["time"] <= end
                for worker, start, end in leases
            ), f"a batch written outside its worker's lease: {event}"
    caught_up_at = {}
    for event in events:
        if event["event"] == "caught-up":
            caught_up_at.setdefault((event["tenant"], event["feed"]), event["time"])
    assert set(caught_up_at) == set(intervals)
    # Feeds the killed worker held and nobody had caught up yet: the survivors must finish them.
    unfinished = {
        feed
        for feed, leases in intervals.items()
        if any(lease[0] == "worker-0" and lease[2] == killed_at for lease in leases)
        and caught_up_at[feed] > killed_at
    }
    assert unfinished, "the worker was killed with no unfinished feed in hand"
    for feed in unfinished:
        survivor, leased_at, _ = intervals[feed][-1]
        assert survivor != "worker-0" and leased_at >= killed_at, f"{feed} was not taken over"
    working = {event["worker"] for event in events if event["event"] == "batch"}
    assert working == {f"worker-{number}" for number in range(WORKERS)}
