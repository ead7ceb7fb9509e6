"""Both stores: the guarded upsert, the token committed with its rows, PostgreSQL's leases."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from servicetitan_crm._sync._feeds import FEEDS, feed_named, row_builder
from servicetitan_crm._sync._sqlite import _write_many
from servicetitan_crm._sync._store import Store, StoreError, open_store

from .harness import database_contents, leased, query

CUSTOMERS = feed_named("customers")
TENANT = 1000


def _customer(record_id: int, modified_on: str, name: str) -> tuple[dict[str, Any], str]:
    record = {"id": record_id, "modifiedOn": modified_on, "active": True, "name": name}
    return record, json.dumps(record)


async def _store(database: str, worker: str = "test-worker") -> Store:
    store = await open_store(database, worker)
    await store.prepare(FEEDS)
    return store


async def test_an_older_version_never_overwrites_a_newer_one(database: str) -> None:
    build = row_builder(CUSTOMERS, TENANT)
    store = await _store(database)
    try:
        newer = build(*_customer(1, "2024-05-01T12:00:01Z", "newer"))
        older = build(*_customer(1, "2024-05-01T12:00:00.9999999Z", "older"))
        async with leased(store, TENANT, CUSTOMERS) as lease:
            assert lease.token is None
            two = build(*_customer(2, "2024-05-01T12:00:00Z", "two"))
            assert await lease.commit([newer, two], "t1", caught_up=False) == 0
            # The older version is not written, and the commit says so.
            assert await lease.commit([older, two], "t2", caught_up=True) == 1

        held = database_contents(database)[(TENANT, "customers")]
        assert {record_id: record["name"] for record_id, record in held.items()} == {
            1: "newer",
            2: "two",
        }
        async with leased(store, TENANT, CUSTOMERS) as again:
            assert again.token == "t2"
        (status,) = [state for state in await store.status(FEEDS) if state.feed == "customers"]
        assert (status.rows, status.caught_up) == (2, True)
    finally:
        await store.aclose()


async def test_the_same_version_again_changes_nothing(database: str) -> None:
    build = row_builder(CUSTOMERS, TENANT)
    row = build(*_customer(5, "2024-05-01T12:00:00Z", "five"))
    store = await _store(database)
    try:
        async with leased(store, TENANT, CUSTOMERS) as lease:
            for token in ("t1", "t2", "t3"):
                assert await lease.commit([row], token, caught_up=True) == 0
        assert (await store.table_counts([CUSTOMERS]))["customers"] == 1
        held = database_contents(database)[(TENANT, "customers")]
        assert held == {5: json.loads(str(row.values[-1]))}
    finally:
        await store.aclose()


async def test_a_large_batch_with_repeats_keeps_the_newest_version_and_its_child_rows(
    database: str,
) -> None:
    """SQLite writes a batch many rows to a statement: repeats inside one statement and across
    statements follow the same rule as repeats across batches."""
    build = row_builder(CUSTOMERS, TENANT)

    def customer(record_id: int, second: int, tags: list[int]) -> Any:
        record = {
            "id": record_id,
            "modifiedOn": f"2024-05-01T12:00:{second:02d}Z",
            "name": f"{record_id}@{second}",
            "tagTypeIds": tags,
        }
        return build(record, json.dumps(record))

    batch = [customer(number, 10, [number]) for number in range(120)]
    batch.insert(40, customer(20, 30, []))  # newer, in the same statement
    batch.insert(60, customer(7, 20, [70, 71]))  # newer, in a later statement
    batch.insert(70, customer(8, 5, [80]))  # older: not written
    batch.insert(110, customer(100, 9, [90]))  # older, among the last rows
    store = await _store(database)
    try:
        async with leased(store, TENANT, CUSTOMERS) as lease:
            assert await lease.commit(batch, "t1", caught_up=True) == 2
        held = database_contents(database)[(TENANT, "customers")]
        assert len(held) == 120
        names = [held[number]["name"] for number in (7, 8, 20, 100)]
        assert names == ["7@20", "8@10", "20@30", "100@10"]
        tags = query(
            database,
            "SELECT parent_id, value FROM customers_tag_type_ids "
            "WHERE parent_id IN (7, 8, 20, 100) ORDER BY parent_id, position",
        )
        assert tags == [(7, 70), (7, 71), (8, 8), (100, 100)]
    finally:
        await store.aclose()


def test_sqlite_statements_never_pass_more_parameters_than_sqlite_takes() -> None:
    """Rows go many to a statement, as many as the SQLite in hand allows (an old one takes 999
    parameters; the batch below would need 1,500 in one statement)."""
    db = sqlite3.connect(":memory:")
    db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 70)
    db.execute("CREATE TABLE t (a, b, c)")

    def insert(rows: int) -> str:
        return "INSERT INTO t VALUES " + ", ".join(["(?, ?, ?)"] * rows)

    rows = [(number, number * 2, str(number)) for number in range(500)]
    assert _write_many(db, insert, rows) == 500
    assert db.execute("SELECT count(*), sum(a), sum(b) FROM t").fetchone() == (500, 124750, 249500)
    assert _write_many(db, insert, []) == 0


async def test_a_failed_commit_writes_neither_rows_nor_token(database: str) -> None:
    build = row_builder(CUSTOMERS, TENANT)
    store = await _store(database)
    try:
        good = build(*_customer(1, "2024-05-01T12:00:00Z", "good"))
        # The same (tenant, id) with a modifiedOn the database cannot store: the batch fails.
        broken = good._replace(values=(*good.values[:2], None, *good.values[3:]))
        async with leased(store, TENANT, CUSTOMERS) as lease:
            with pytest.raises(StoreError):
                await lease.commit([good, broken], "t1", caught_up=True)
        assert (await store.table_counts([CUSTOMERS]))["customers"] == 0
        async with leased(store, TENANT, CUSTOMERS) as again:
            assert again.token is None
    finally:
        await store.aclose()


async def test_a_postgresql_tenant_is_held_by_one_worker_until_released(
    postgres_database: str,
) -> None:
    first = await _store(postgres_database, "first")
    second = await _store(postgres_database, "second")
    try:
        async with leased(first, TENANT, CUSTOMERS, "first"):
            # The whole tenant is held: the other worker serves none of its feeds.
            assert await second.hold(TENANT, "second") is None
            holders = {state.feed: state.holder for state in await second.status(FEEDS)}
            assert holders["customers"] == "first"
        async with leased(second, TENANT, feed_named("leads"), "second"):
            assert await first.hold(TENANT, "first") is None
        holders = {state.feed: state.holder for state in await first.status(FEEDS)}
        assert holders["customers"] is None
    finally:
        await first.aclose()
        await second.aclose()
