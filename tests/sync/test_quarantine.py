"""A malformed record is quarantined with its batch and the feed goes on; `--strict` stops at it.
A body cut short is asked for again, a bounded number of times."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import psycopg

from servicetitan_crm import ResponseDecodeError
from servicetitan_crm._constants import SYNC_BODY_ATTEMPTS
from servicetitan_crm._sync._feeds import FEEDS, feed_named
from servicetitan_crm._sync._runner import SyncOptions, SyncOutcome, run_sync
from servicetitan_crm._sync._store import open_store
from servicetitan_crm._sync._tenants import TenantSource
from servicetitan_crm_simulator import Simulator, SimulatorConfig, TenantData

from .harness import database_contents, query
from .test_runner import Recorder

TENANT = 2000
BATCH_SIZE = 20
EXIT_REJECTED = 3


def _simulator() -> Simulator:
    config = SimulatorConfig.with_tenants({TENANT: TenantData(seed=7, customers=70)})
    config.export_batch_size = BATCH_SIZE
    return Simulator(config)


async def _sync(database: str, simulator: Simulator, *, strict: bool = False) -> SyncOutcome:
    store = await open_store(database, "test")
    try:
        await store.prepare(FEEDS)
        source = TenantSource(TENANT, lambda: simulator.sdk_client(TENANT))
        return await run_sync(
            store, [source], SyncOptions(FEEDS, "test", strict=strict), Recorder()
        )
    finally:
        await store.aclose()


def _rejects(database: str) -> list[dict[str, Any]]:
    query = "SELECT tenant, feed, position, item, record_id, reason, record FROM sync_rejects"
    names = ("tenant", "feed", "position", "item", "record_id", "reason", "record")
    if database.startswith("postgresql://"):
        with psycopg.connect(database, options="-c search_path=servicetitan") as connection:
            rows = connection.execute(query).fetchall()
    else:
        with sqlite3.connect(database) as connection:
            rows = connection.execute(query).fetchall()
    return [dict(zip(names, row, strict=True)) for row in rows]


async def _all_records(simulator: Simulator, path: str) -> dict[int, Any]:
    async with simulator.sdk_client(TENANT) as client:
        http = client.get_async_httpx_client()
        records: dict[int, Any] = {}
        token = None
        while True:
            body = (await http.get(path, params={} if token is None else {"from": token})).json()
            records.update({record["id"]: record for record in body["data"]})
            token = body["continueFrom"]
            if not body["hasMore"]:
                return records


async def test_a_malformed_record_is_quarantined_with_its_batch_and_the_feed_goes_on(
    database: str,
) -> None:
    simulator = _simulator()
    expected = await _all_records(simulator, "/export/leads")
    # The first batch of leads carries a record whose id is no integer; the first two answers
    # for bookings are cut short.
    simulator.faults.corrupt_next(1, "malformed-record", path="/export/leads", tenant=TENANT)
    simulator.faults.corrupt_next(2, "truncated-body", path="/export/bookings", tenant=TENANT)

    outcome = await _sync(database, simulator)

    assert outcome.exit_status(follow=False) == EXIT_REJECTED
    assert outcome.failed == []
    (reject,) = _rejects(database)
    bad_id = json.loads(reject["record"])["id"]
    assert bad_id.startswith("not-an-id-")
    assert (reject["tenant"], reject["feed"], reject["item"]) == (TENANT, "leads", 0)
    assert reject["record_id"] == json.dumps(bad_id)
    assert f"id is {bad_id!r}, not an integer" in reject["reason"]
    held = database_contents(database)
    # Every other lead arrived; the quarantined one waits for its next change.
    assert set(held[(TENANT, "leads")]) == set(expected) - {int(bad_id.rsplit("-", 1)[1])}
    assert {p.feed: p.rejects for p in outcome.feeds if p.rejects} == {"leads": 1}
    assert {p.feed: p.body_retries for p in outcome.feeds if p.body_retries} == {"bookings": 2}
    assert held[(TENANT, "bookings")] == await _all_records(simulator, "/export/bookings")
    store = await open_store(database, "test", read_only=True)
    try:
        status = {state.feed: state.rejects for state in await store.status(FEEDS)}
    finally:
        await store.aclose()
    assert status == {feed.name: int(feed.name == "leads") for feed in FEEDS}


async def test_strict_stops_the_feed_at_its_first_malformed_record_writing_nothing_of_it(
    database: str,
) -> None:
    simulator = _simulator()
    simulator.faults.corrupt_next(1, "malformed-record", path="/export/leads", tenant=TENANT)

    outcome = await _sync(database, simulator, strict=True)

    assert outcome.exit_status(follow=False) == 1
    (failed,) = outcome.failed
    assert failed.feed == "leads"
    assert "RejectedRecordError" in str(failed.error) and "not-an-id-" in str(failed.error)
    assert (TENANT, "leads") not in database_contents(database)
    assert _rejects(database) == []
    assert all(p.caught_up for p in outcome.feeds if p.feed != "leads")


async def test_a_body_cut_short_every_time_fails_the_feed_after_bounded_attempts(
    sqlite_database: str,
) -> None:
    simulator = _simulator()
    simulator.faults.corrupt_next(
        SYNC_BODY_ATTEMPTS, "truncated-body", path="/export/bookings", tenant=TENANT
    )

    outcome = await _sync(sqlite_database, simulator)

    (failed,) = outcome.failed
    assert failed.feed == feed_named("bookings").name
    assert failed.body_retries == SYNC_BODY_ATTEMPTS - 1
    assert ResponseDecodeError.__name__ in str(failed.error)
    assert simulator.faults.pending == 0


async def test_a_record_the_database_cannot_hold_is_kept_and_the_feed_goes_on(
    database: str,
) -> None:
    """Its first number is beyond PostgreSQL's NUMERIC and its first text holds a NUL: SQLite
    stores the record with those columns NULL and named in `_unfit`; PostgreSQL's jsonb refuses
    the record itself, so it is quarantined with the database's reason. Nothing is lost."""
    simulator = _simulator()
    expected = await _all_records(simulator, "/export/customers")
    simulator.faults.corrupt_next(1, "unstorable-record", path="/export/customers", tenant=TENANT)

    outcome = await _sync(database, simulator)

    assert outcome.failed == []
    held = set(database_contents(database)[(TENANT, "customers")])
    rejects = _rejects(database)
    if database.startswith("postgresql://"):
        (reject,) = rejects
        assert (reject["feed"], reject["item"]) == ("customers", 0)
        assert "the database refused" in reject["reason"]
        assert "1e999999" in reject["record"]
        refused = {int(str(reject["record_id"]))}
        assert outcome.exit_status(follow=False) == EXIT_REJECTED
    else:
        assert rejects == []
        refused = set()
        ((unfit, text),) = query(
            database, "SELECT _unfit, record FROM customers WHERE _unfit IS NOT NULL"
        )
        # `record` keeps the values as sent; `_unfit` names exactly the properties holding them.
        stored = json.loads(str(text))
        sent = {
            name
            for name, value in stored.items()
            if value == float("inf") or (isinstance(value, str) and "\x00" in value)
        }
        assert "1e999999" in str(text) and len(sent) == 2
        assert set(str(unfit).split(", ")) == sent
    assert held | refused == set(expected) and not held & refused
    assert {p.feed: p.rejects for p in outcome.feeds if p.rejects} == (
        {"customers": 1} if refused else {}
    )
