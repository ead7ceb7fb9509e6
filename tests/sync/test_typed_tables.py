"""Tables people query: every property a typed column, arrays as child tables, derived from the
document and migrated with it; on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import dataclasses
import datetime
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence

import anyio
import pytest

from servicetitan_crm._document import Document, ObjectSchema, Property, Type
from servicetitan_crm._sync._envelope import decode_record
from servicetitan_crm._sync._feeds import (
    FEEDS,
    Feed,
    canonical_timestamp,
    feed_named,
    feeds_of,
    row_builder,
)
from servicetitan_crm._sync._migrate import SchemaChangeError
from servicetitan_crm._sync._progress import LogReporter
from servicetitan_crm._sync._reference import render_reference
from servicetitan_crm._sync._runner import SyncOptions, run_sync
from servicetitan_crm._sync._store import Store, open_store
from servicetitan_crm._sync._tenants import TenantSource
from servicetitan_crm.generated.document import DOCUMENT
from servicetitan_crm_simulator import Simulator, SimulatorConfig

from .harness import ROOT, SCRIPT, SYNC_TIMEOUT_SECONDS, leased, query, ready_line
from .typed_tables import assert_tables_match_records, compare_tables

TENANT = 1000
CUSTOMERS = 60


def _leaf_paths(
    document: Document, schema: str, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(kind, path) of every property under `schema` that is not an object, through nested
    objects, not into arrays."""
    for prop in document.schema(schema).properties:
        if prop.type.kind == "object" and prop.type.ref is not None:
            yield from _leaf_paths(document, prop.type.ref, (*path, prop.name))
        else:
            yield prop.type.kind, (*path, prop.name)


def test_every_scalar_property_of_every_export_schema_is_a_column_and_every_array_a_table() -> None:
    for feed in FEEDS:
        item = feed.layout.operation.item
        assert item is not None
        leaves = list(_leaf_paths(DOCUMENT, item))
        scalars = {path for kind, path in leaves if kind != "array"}
        arrays = {path for kind, path in leaves if kind == "array"}
        assert {column.path for column in feed.layout.columns} == scalars
        assert {child.path for child in feed.layout.children} == arrays
    names = {feed.table: [c.name for c in feed.layout.columns] for feed in FEEDS}
    assert {"address_city", "address_zip", "merged_to_id", "balance"} <= set(names["customers"])
    assert "customers_custom_fields" in {c.name for c in feed_named("customers").layout.children}


def test_foreign_keys_and_modified_on_are_indexed() -> None:
    indexed = {feed.table: feed.layout.indexed for feed in FEEDS}
    assert indexed["leads"] == ("modified_on", "booking_id", "customer_id", "location_id")
    assert indexed["location_contacts"] == ("modified_on", "location_id")
    assert indexed["customers"] == ("modified_on",)


def _sync_simulated(database: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    return subprocess.run(
        [str(SCRIPT), "sync", "--simulate", f"--tenant={TENANT}", "--db", database],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
    )


def test_after_sync_simulate_every_column_equals_its_record_and_child_tables_hold_the_arrays(
    database: str,
) -> None:
    result = _sync_simulated(database)
    assert result.returncode == 0, result.stderr

    comparison = assert_tables_match_records(database)
    assert set(comparison.rows) == {feed.table for feed in FEEDS}
    # Every column of every row, and every row's items of each array.
    assert comparison.values == sum(
        comparison.rows[feed.table] * (len(feed.layout.columns) + len(feed.layout.children))
        for feed in FEEDS
    )
    assert comparison.child_rows > 0


# --- in-process syncs against a changed document -----------------------------------------------


def _without(document: Document, schema: str, *names: str) -> Document:
    """`document` with properties of `schema` left out: what an older document said."""
    old = document.schema(schema)
    kept = tuple(prop for prop in old.properties if prop.name not in names)
    objects = tuple(
        dataclasses.replace(o, properties=kept) if o.name == schema else o for o in document.objects
    )
    return dataclasses.replace(document, objects=objects, digest=f"{document.digest}-older")


def _retyped(document: Document, schema: str, name: str, kind: Type) -> Document:
    old = document.schema(schema)
    properties = tuple(
        dataclasses.replace(prop, type=kind) if prop.name == name else prop
        for prop in old.properties
    )
    objects = tuple(
        dataclasses.replace(o, properties=properties) if o.name == schema else o
        for o in document.objects
    )
    return dataclasses.replace(document, objects=objects, digest=f"{document.digest}-retyped")


def _with(document: Document, schema: str, prop: Property) -> Document:
    old: ObjectSchema = document.schema(schema)
    objects = tuple(
        dataclasses.replace(o, properties=(*old.properties, prop)) if o.name == schema else o
        for o in document.objects
    )
    return dataclasses.replace(document, objects=objects, digest=f"{document.digest}-newer")


async def _sync(store: Store, simulator: Simulator, feeds: Sequence[Feed]) -> None:
    source = TenantSource(TENANT, lambda: simulator.sdk_client(TENANT, rate_limiter=None))
    options = SyncOptions(feeds=feeds, worker="test-worker")
    outcome = await run_sync(store, [source], options, LogReporter(io.StringIO()))
    assert not outcome.failed, outcome.failed


def _export_requests(simulator: Simulator) -> Counter[str]:
    exports = {operation.operation_id for operation in DOCUMENT.of_kind("export")}
    return Counter({k: v for k, v in simulator.stats.operations.items() if k in exports})


async def test_a_document_adding_properties_migrates_from_record_with_no_extra_request(
    database: str,
) -> None:
    simulator = Simulator(SimulatorConfig(customers=CUSTOMERS))
    older = _without(DOCUMENT, "ExportCustomerResponse", "taxExempt", "customFields")
    old_feeds = feeds_of(older)
    assert "tax_exempt" not in [c.name for c in feed_named("customers", old_feeds).layout.columns]
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(old_feeds)
        await _sync(store, simulator, old_feeds)
        before = _export_requests(simulator)

        changes = await store.prepare(FEEDS)
        await _sync(store, simulator, FEEDS)
        second = _export_requests(simulator) - before
        assert await store.prepare(FEEDS) == []  # recorded: nothing more to do
    finally:
        await store.aclose()

    assert changes == [
        "customers: added column tax_exempt",
        "customers: added child table customers_custom_fields",
    ]
    # The usual poll, one request per caught-up feed: the new column came from `record`.
    assert second == Counter({feed.layout.operation.operation_id: 1 for feed in FEEDS})
    assert_tables_match_records(database)
    ((filled,),) = query(database, "SELECT count(*) FROM customers_custom_fields")
    ((set_values,),) = query(database, "SELECT count(tax_exempt) FROM customers")
    assert filled > 0 and set_values > 0


async def test_a_migration_fills_every_row_of_every_tenant_across_many_pages(
    database: str,
) -> None:
    """More rows than a backfill reads at a time, ids repeated across tenants: the migration
    walks them in key order and fills each exactly once."""
    older = _without(DOCUMENT, "ExportCustomerResponse", "taxExempt", "tagTypeIds")
    old_customers = feed_named("customers", feeds_of(older))
    tenants, per_tenant = (7, 8, 9), 2_600
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(feeds_of(older))
        for tenant in tenants:
            build = row_builder(old_customers, tenant)
            records = [
                {
                    "id": number,
                    "modifiedOn": "2024-05-01T12:00:00Z",
                    "taxExempt": number % 3 == tenant % 3,
                    "tagTypeIds": [tenant, number],
                }
                for number in range(1, per_tenant + 1)
            ]
            rows = [build(record, json.dumps(record)) for record in records]
            async with leased(store, tenant, old_customers) as lease:
                for start in range(0, len(rows), 500):
                    await lease.commit(rows[start : start + 500], f"t{start}", caught_up=False)
        changes = await store.prepare(FEEDS)
    finally:
        await store.aclose()

    assert changes == [
        "customers: added column tax_exempt",
        "customers: added child table customers_tag_type_ids",
    ]
    filled = query(
        database,
        "SELECT tenant, count(*), count(tax_exempt), "
        "sum(CASE WHEN tax_exempt THEN 1 ELSE 0 END) FROM customers GROUP BY tenant ORDER BY 1",
    )
    assert filled == [
        (tenant, per_tenant, per_tenant, sum(n % 3 == tenant % 3 for n in range(1, per_tenant + 1)))
        for tenant in tenants
    ]
    tags = query(
        database, "SELECT tenant, count(*) FROM customers_tag_type_ids GROUP BY tenant ORDER BY 1"
    )
    assert tags == [(tenant, 2 * per_tenant) for tenant in tenants]


async def test_a_property_new_to_the_document_is_filled_from_records_already_stored(
    database: str,
) -> None:
    # The simulator's wild data sends `simulatorUnknownField` (an object) in some records: a
    # document that learns of it gets columns for it, from what was stored before.
    simulator = Simulator(SimulatorConfig(customers=CUSTOMERS, wild_data=True))
    store = await open_store(database, "test-worker")
    newer = _with(
        DOCUMENT,
        "ExportLeadsResponse",
        Property(
            "simulatorUnknownField",
            "simulator_unknown_field",
            Type("map", items=Type("any")),
            required=False,
            nullable=True,
        ),
    )
    new_feeds = feeds_of(newer)
    try:
        await store.prepare(FEEDS)
        await _sync(store, simulator, FEEDS)
        changes = await store.prepare(new_feeds)
    finally:
        await store.aclose()

    assert changes == ["leads: added column simulator_unknown_field"]
    comparison = compare_tables(database, new_feeds)
    assert not comparison.mismatches, comparison.mismatches


async def test_a_type_change_is_refused_naming_the_column_and_migrate_rebuilds_from_record(
    database: str,
) -> None:
    simulator = Simulator(SimulatorConfig(customers=CUSTOMERS))
    retyped = _retyped(DOCUMENT, "ExportCustomerResponse", "balance", Type("string"))
    new_feeds = feeds_of(retyped)
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(FEEDS)
        await _sync(store, simulator, FEEDS)
        with pytest.raises(SchemaChangeError) as refused:
            await store.prepare(new_feeds)
        rebuilt = await store.rebuild(new_feeds)
        assert await store.prepare(new_feeds) == []
    finally:
        await store.aclose()

    message = str(refused.value)
    assert "customers.balance is NUMERIC in the database but TEXT in the document" in message
    assert "servicetitan-crm migrate --table customers" in message
    assert f"customers: rebuilt {CUSTOMERS:,} rows from record" in rebuilt
    assert_tables_match_records(database, new_feeds)


# --- bad values, record states -------------------------------------------------------------------


async def test_values_that_do_not_fit_are_null_named_in_unfit_and_counted_by_status(
    database: str,
) -> None:
    customers = feed_named("customers")
    texts = [
        '{"id": 1, "modifiedOn": "2024-05-01T12:00:00Z", "createdById": 18446744073709551616, '
        '"balance": "a lot", "createdOn": "2024-02-30T00:00:00Z", "name": "ok", '
        '"customFields": [{"typeId": "12", "name": "x"}, {"typeId": 3}]}',
        '{"id": 2, "modifiedOn": "2024-05-01T12:00:00Z", "balance": 12345678901.25, '
        '"tagTypeIds": [5, 6, 7], "address": {"city": "Oslo", "latitude": 59.9}}',
    ]
    build = row_builder(customers, TENANT)
    rows = [build(decode_record(text), text) for text in texts]
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(FEEDS)
        async with leased(store, TENANT, customers) as lease:
            await lease.commit(rows, "t1", caught_up=True)
        (status,) = [state for state in await store.status(FEEDS) if state.feed == "customers"]
    finally:
        await store.aclose()

    assert rows[0].values[-2] == "balance, createdById, createdOn, customFields[0].typeId"
    assert rows[1].values[-2] is None
    assert (status.rows, status.unfit) == (2, 1)
    unfit = query(database, "SELECT created_by_id, balance, created_on FROM customers WHERE id = 1")
    assert unfit == [(None, None, None)]
    comparison = assert_tables_match_records(database, [customers])
    assert comparison.child_rows == 5


async def test_a_contact_deleted_through_the_api_stays_as_deleted_outside_the_current_view(
    database: str,
) -> None:
    # Changes show in the feeds at once, so the second sync reads them.
    simulator = Simulator(SimulatorConfig(customers=CUSTOMERS, export_recent_delay_seconds=0))
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(FEEDS)
        await _sync(store, simulator, FEEDS)
        async with simulator.sdk_client(TENANT, rate_limiter=None) as client:
            http = client.get_async_httpx_client()
            contacts = (await http.get("/customers/1000000001/contacts")).json()["data"]
            contact = contacts[0]["id"]
            deleted = await http.delete(f"/customers/1000000001/contacts/{contact}")
            assert deleted.status_code == 200
            patched = await http.patch("/customers/1000000002", json={"active": False})
            assert patched.status_code == 200
        await _sync(store, simulator, FEEDS)
    finally:
        await store.aclose()

    states = query(
        database,
        "SELECT _state, (SELECT count(*) FROM customer_contacts_current v "
        f"WHERE v.id = c.id) FROM customer_contacts c WHERE id = {contact}",
    )
    assert states == [("deleted", 0)]
    states = query(
        database,
        "SELECT _state, (SELECT count(*) FROM customers_current v WHERE v.id = c.id) "
        "FROM customers c WHERE id = 1000000002",
    )
    assert states == [("inactive", 1)]


async def test_each_row_carries_the_time_of_the_commit_that_wrote_it(database: str) -> None:
    customers = feed_named("customers")
    text = '{"id": 7, "modifiedOn": "2024-05-01T12:00:00Z"}'
    row = row_builder(customers, TENANT)(decode_record(text), text)
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(FEEDS)
        before = datetime.datetime.now(datetime.UTC)
        async with leased(store, TENANT, customers) as lease:
            await lease.commit([row], "t1", caught_up=True)
        after = datetime.datetime.now(datetime.UTC)
    finally:
        await store.aclose()

    ((synced_at,),) = query(database, "SELECT _synced_at FROM customers WHERE id = 7")
    if isinstance(synced_at, str):  # SQLite: canonical UTC text, like every timestamp there
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z", synced_at)
        synced_at = datetime.datetime.fromisoformat(f"{synced_at[:26]}+00:00")
    assert isinstance(synced_at, datetime.datetime)
    # The databases' clocks are this machine's; SQLite's keeps milliseconds.
    slack = datetime.timedelta(milliseconds=5)
    assert before - slack <= synced_at <= after + slack


def test_schema_prints_every_column_with_its_types_and_property() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    result = subprocess.run(
        [str(SCRIPT), "schema", "--format", "markdown"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert (
        "| `address_city` | TEXT | TEXT | ExportCustomerResponse.address.city (string) |" in lines
    )
    assert "| `balance` | NUMERIC | NUMERIC | ExportCustomerResponse.balance (decimal) |" in lines
    for feed in FEEDS:
        for column in feed.layout.columns:
            assert any(line.startswith(f"| `{column.name}` |") for line in lines)
        for child in feed.layout.children:
            assert any(line.startswith(f"### {child.name} ") for line in lines)


def test_the_column_reference_in_docs_is_the_one_schema_prints_now() -> None:
    written = (ROOT / "docs" / "sync-tables.md").read_text(encoding="utf-8")
    assert written == render_reference([feed.layout for feed in FEEDS], "markdown"), (
        "docs/sync-tables.md is out of date: run `python scripts/generate.py`"
    )


# --- a migration killed at any point --------------------------------------------------------------

# Kill k lands k steps after the migrating process has opened the database, so the kills walk
# through the migration (a few tenths of a second for these rows) until one lands after it.
MIGRATION_KILLS = 8
MIGRATION_KILL_STEP_SECONDS = (0.04, 0.1)
MIGRATION_CUSTOMERS = 3000
MIGRATE_SCRIPT = """
import sys, anyio
from servicetitan_crm._sync._feeds import FEEDS
from servicetitan_crm._sync._store import open_store

async def main():
    store = await open_store(sys.argv[1], "migrating")
    try:
        print("ready", flush=True)
        print(await store.prepare(FEEDS), flush=True)
    finally:
        await store.aclose()

anyio.run(main)
"""


def _migration_state(database: str) -> str:
    """`before` or `after`; anything else fails the test."""
    ((digest,),) = query(
        database, "SELECT document_digest FROM sync_tables WHERE table_name = 'customers'"
    )
    if digest == DOCUMENT.digest:
        assert_tables_match_records(database)
        ((fields,),) = query(database, "SELECT count(*) FROM customers_custom_fields")
        assert fields > 0
        return "after"
    older = _without(DOCUMENT, "ExportCustomerResponse", "taxExempt", "customFields")
    assert digest == older.digest
    assert_tables_match_records(database, feeds_of(older))
    # Neither the new column nor the new child table exists yet.
    assert query(database, _table_exists(database, "customers_custom_fields")) == [(0,)]
    return "before"


def _table_exists(database: str, table: str) -> str:
    if database.startswith("postgresql://"):
        return (
            "SELECT count(*) FROM information_schema.tables "
            f"WHERE table_schema = 'servicetitan' AND table_name = '{table}'"
        )
    return f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"


async def _synced_with_older_document(database: str) -> None:
    simulator = Simulator(SimulatorConfig(customers=MIGRATION_CUSTOMERS))
    older = _without(DOCUMENT, "ExportCustomerResponse", "taxExempt", "customFields")
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(feeds_of(older))
        await _sync(store, simulator, feeds_of(older))
    finally:
        await store.aclose()


def test_a_migration_killed_at_any_point_leaves_the_database_as_before_or_after(
    database: str,
) -> None:
    anyio.run(_synced_with_older_document, database)
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    step = chance.uniform(*MIGRATION_KILL_STEP_SECONDS)
    states: list[str] = []
    for kill in range(MIGRATION_KILLS):
        process = subprocess.Popen(
            [sys.executable, "-c", MIGRATE_SCRIPT, database],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert ready_line(process, SYNC_TIMEOUT_SECONDS) == "ready\n"
        time.sleep(kill * step)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        states.append(_migration_state(database))
        if states[-1] == "after":
            break
    finished = subprocess.run(
        [sys.executable, "-c", MIGRATE_SCRIPT, database],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
    )
    assert finished.returncode == 0, (seed, finished.stderr)
    assert _migration_state(database) == "after", (seed, states)
    assert states[0] == "before", (seed, states)


async def test_child_rows_follow_the_version_the_table_holds(database: str) -> None:
    customers = feed_named("customers")
    build = row_builder(customers, TENANT)

    def version(record_id: int, modified_on: str, tags: list[int]) -> object:
        text = (
            f'{{"id": {record_id}, "modifiedOn": "{modified_on}", "tagTypeIds": {tags}, '
            f'"customFields": [{{"typeId": {len(tags)}, "name": "n"}}]}}'
        )
        return build(decode_record(text), text)

    newer = version(1, "2024-05-01T12:00:01Z", [1, 2])
    older = version(1, "2024-05-01T12:00:00Z", [9])
    emptied = version(2, "2024-05-01T12:00:05Z", [])
    store = await open_store(database, "test-worker")
    try:
        await store.prepare(FEEDS)
        async with leased(store, TENANT, customers) as lease:
            first = [version(2, "2024-05-01T12:00:00Z", [4, 5, 6])]
            await lease.commit(first, "t1", caught_up=False)
            # Within one batch and across batches: the newest version's items, once.
            await lease.commit([newer, older, newer], "t2", caught_up=False)
            await lease.commit([older, emptied], "t3", caught_up=False)
            await lease.commit([newer, emptied], "t4", caught_up=True)
    finally:
        await store.aclose()

    tags = query(
        database,
        "SELECT parent_id, position, value FROM customers_tag_type_ids ORDER BY 1, 2",
    )
    assert tags == [(1, 0, 1), (1, 1, 2)]
    fields = query(database, "SELECT parent_id, type_id FROM customers_custom_fields ORDER BY 1")
    assert fields == [(1, 2), (2, 0)]
    assert_tables_match_records(database, [customers])


# The customers table as the sync made it before typed tables: key columns and `record`.
_BEFORE_TYPED_TABLES = {
    "sqlite": (
        "CREATE TABLE customers (tenant INTEGER NOT NULL, id INTEGER NOT NULL, "
        "modified_on TEXT NOT NULL, active BOOLEAN, created_on TEXT, name TEXT, type TEXT, "
        "merged_to_id INTEGER, record TEXT NOT NULL, PRIMARY KEY (tenant, id))"
    ),
    "postgresql": (
        "CREATE SCHEMA servicetitan; CREATE TABLE servicetitan.customers (tenant BIGINT NOT NULL, "
        "id BIGINT NOT NULL, modified_on TIMESTAMPTZ NOT NULL, version TEXT NOT NULL, "
        "active BOOLEAN, created_on TIMESTAMPTZ, name TEXT, type TEXT, merged_to_id BIGINT, "
        "record JSONB NOT NULL, PRIMARY KEY (tenant, id))"
    ),
}


async def test_a_database_from_before_typed_tables_is_migrated_from_its_records(
    database: str,
) -> None:
    postgres = database.startswith("postgresql://")
    records = [
        '{"id": 7, "modifiedOn": "2024-05-01T12:00:00.1234567Z", "active": false, "name": "Ada", '
        '"address": {"city": "Oslo", "latitude": 59.91}, "balance": 10.50, '
        '"tagTypeIds": [3, 1], "customFields": [{"typeId": 2, "name": "n", "value": "v"}]}',
        '{"id": 8, "modifiedOn": "2024-05-02T12:00:00Z", "active": true, "mergedToId": 7}',
    ]
    if postgres:
        import psycopg

        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute(_BEFORE_TYPED_TABLES["postgresql"])
            for text in records:
                record = decode_record(text)
                connection.execute(
                    "INSERT INTO servicetitan.customers (tenant, id, modified_on, version, "
                    "active, name, merged_to_id, record) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb)",
                    (
                        TENANT,
                        record["id"],
                        canonical_timestamp(record["modifiedOn"]),
                        canonical_timestamp(record["modifiedOn"]),
                        record["active"],
                        record.get("name"),
                        record.get("mergedToId"),
                        text,
                    ),
                )
    else:
        import sqlite3

        with sqlite3.connect(database) as connection:
            connection.execute(_BEFORE_TYPED_TABLES["sqlite"])
            for text in records:
                record = decode_record(text)
                connection.execute(
                    "INSERT INTO customers (tenant, id, modified_on, active, name, "
                    "merged_to_id, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        TENANT,
                        record["id"],
                        canonical_timestamp(record["modifiedOn"]),
                        record["active"],
                        record.get("name"),
                        record.get("mergedToId"),
                        text,
                    ),
                )
    customers = feed_named("customers")
    store = await open_store(database, "test-worker")
    try:
        changes = await store.prepare([customers])
    finally:
        await store.aclose()

    assert "customers: added column address_city" in changes
    assert "customers: added child table customers_tag_type_ids" in changes
    assert_tables_match_records(database, [customers])
    states = query(database, "SELECT id, _state FROM customers ORDER BY id")
    assert states == [(7, "inactive"), (8, "merged")]
    tags = query(database, "SELECT value FROM customers_tag_type_ids ORDER BY position")
    assert tags == [(3,), (1,)]
