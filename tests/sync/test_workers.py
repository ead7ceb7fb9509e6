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
    assert_database_equals_simulator,
    read_line,
    simulator_process,
    start_sync,
)

TENANTS = (1000, 1001, 1002, 1003)
CUSTOMERS = 300
BATCH_SIZE = 30
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
    with simulator_process(TENANTS, customers=CUSTOMERS, batch_size=BATCH_SIZE) as endpoint:
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
        victim_lines = []
        while not victim_lines or json.loads(victim_lines[-1])["event"] != "batch":
            victim_lines.append(read_line(victim, SYNC_TIMEOUT_SECONDS))
        victim.kill()
        killed_at = time.time()
        rest, _ = victim.communicate(timeout=30)
        events = _events("".join(victim_lines) + rest)
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
    taken_over = [
        feed
        for feed, leases in intervals.items()
        if any(worker == "worker-0" for worker, _, _ in leases) and leases[-1][0] != "worker-0"
    ]
    assert taken_over, "no feed of the killed worker was taken over"
    working = {event["worker"] for event in events if event["event"] == "batch"}
    assert working == {f"worker-{number}" for number in range(WORKERS)}
