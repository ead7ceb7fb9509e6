"""Many workers on one PostgreSQL database: each (tenant, feed) written by one worker at a time,
a killed worker's feeds taken over from its last committed token, the result exact.

One-writer-at-a-time is checked twice: from the workers' own lease and batch events, and by
PostgreSQL itself, whose triggers log the session (application name) behind every row written.
"""

from __future__ import annotations

import datetime
import itertools
import json
import time
from collections import defaultdict
from typing import Any

import psycopg

from servicetitan_crm._sync._feeds import FEEDS

from .harness import (
    SYNC_TIMEOUT_SECONDS,
    OutputLines,
    assert_database_equals_simulator,
    create_tables,
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
SEARCH_PATH = "-c search_path=servicetitan"

Interval = tuple[str, float, float]


def _events(output: str) -> list[dict[str, Any]]:
    return [_event(line) for line in output.splitlines() if line.strip()]


def _event(line: str) -> dict[str, Any]:
    """A JSON event, its ISO 8601 UTC `time` as Unix seconds (to compare with `time.time()`)."""
    event: dict[str, Any] = json.loads(line)
    event["time"] = datetime.datetime.fromisoformat(event["time"]).timestamp()
    return event


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


def _log_every_write(database: str) -> None:
    """Have PostgreSQL itself record which session wrote each row, in which transaction, when."""
    create_tables(database)
    with psycopg.connect(database, autocommit=True, options=SEARCH_PATH) as connection:
        connection.execute(
            "CREATE TABLE write_log (tenant bigint, feed text, writer text, xact bigint, "
            "at timestamptz)"
        )
        connection.execute(
            "CREATE FUNCTION log_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "INSERT INTO write_log VALUES (NEW.tenant, TG_TABLE_NAME, "
            "current_setting('application_name'), txid_current(), clock_timestamp()); "
            "RETURN NEW; END $$"
        )
        for feed in FEEDS:
            connection.execute(
                f"CREATE TRIGGER log_write AFTER INSERT OR UPDATE ON {feed.table} "
                "FOR EACH ROW EXECUTE FUNCTION log_write()"
            )


def _writers_one_at_a_time(database: str) -> set[str]:
    """Per (tenant, feed), the spans of each writing session never overlap; the writers."""
    with psycopg.connect(database, options=SEARCH_PATH) as connection:
        spans = connection.execute(
            "SELECT tenant, feed, writer, min(at), max(at) FROM write_log "
            "GROUP BY tenant, feed, writer ORDER BY tenant, feed, min(at)"
        ).fetchall()
    by_feed: dict[tuple[int, str], list[tuple[str, Any, Any]]] = defaultdict(list)
    for tenant, feed, writer, first, last in spans:
        by_feed[(tenant, feed)].append((writer, first, last))
    assert len(by_feed) == len(TENANTS) * len(FEEDS)
    for feed, writers in by_feed.items():
        for before, after in itertools.pairwise(writers):
            assert before[2] < after[1], f"{feed}: {before} and {after} wrote at the same time"
    return {writer for writers in by_feed.values() for writer, _, _ in writers}


def test_workers_share_feeds_one_writer_each_and_take_over_from_a_killed_worker(
    postgres_database: str,
) -> None:
    _log_every_write(postgres_database)
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
            events.append(_event(output.next(SYNC_TIMEOUT_SECONDS)))
        victim.kill()
        killed_at = time.time()
        events += _events("".join(output.rest(timeout=30)))
        victim.wait(timeout=30)
        for survivor in survivors:
            stdout, stderr = survivor.communicate(timeout=SYNC_TIMEOUT_SECONDS)
            assert survivor.returncode == 0, stderr
            events += _events(stdout)

        assert_database_equals_simulator(postgres_database, endpoint)

    assert _writers_one_at_a_time(postgres_database) == {
        f"servicetitan-crm worker-{number}" for number in range(WORKERS)
    }

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
