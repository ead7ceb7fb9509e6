"""The SQLite store: one file, one writing process, nothing to install.

The connection is in WAL mode with `synchronous=NORMAL`: a killed process never loses a
committed transaction, and after a power loss the last few may be missing, but rows and token
always together, so the resume stays exact. Statements run one at a time, in worker threads,
except a batch's writes once its transaction holds the lock (see `SqliteStore._write`).

Every lease is granted: run one `sync` process per SQLite file (PostgreSQL is for many). A
second process would only repeat work, never corrupt it, because batches are idempotent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from .._constants import SQLITE_BUSY_TIMEOUT_SECONDS
from ._feeds import Feed, FeedRow
from ._limits import SQLITE_IDS_PER_QUERY, SQLITE_ROWS_PER_STATEMENT
from ._migrate import Sql, prepare_tables, rebuild_tables
from ._rejects import (
    REJECTS_TABLE,
    Reject,
    create_rejects_table,
    insert_reject,
    reject_parameters,
)
from ._reset import reset_statements
from ._schema import SQLITE, Dialect
from ._store import FeedStatus, StoreError, table_names, utc_now

__all__ = ["SqliteStore"]

T = TypeVar("T")


class SqliteStore:
    """A SQLite database file holding the feed tables and `sync_state`."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self._path = Path(path)
        self._read_only = read_only
        self._db: sqlite3.Connection | None = None
        self._lock = anyio.Lock()

    @property
    def dialect(self) -> Dialect:
        return SQLITE

    @property
    def description(self) -> str:
        return f"SQLite database {self._path}"

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        async with self._lock:
            db = self._db
            if db is None:
                raise StoreError(f"{self.description} is closed")
            try:
                return await anyio.to_thread.run_sync(work, db)
            except sqlite3.Error as error:
                raise StoreError(f"{self.description}: {error}") from error

    async def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` in a write transaction: the lock taken in a worker thread, the statements run
        here.

        Taking the write lock is where another process can keep us waiting (up to the busy
        timeout), so that waits in a thread. What follows only computes and writes to the file,
        a few milliseconds a batch: run in a thread it would take the GIL from the event loop
        and give it back at every statement, and both would wait on the other (measured: typed
        tables went from 0.90x to 0.96x the JSON-only layout's rate run here).
        """
        async with self._lock:
            db = self._db
            if db is None:
                raise StoreError(f"{self.description} is closed")
            try:
                await anyio.to_thread.run_sync(db.execute, "BEGIN IMMEDIATE")
                try:
                    result = work(db)
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
                return result
            except sqlite3.Error as error:
                raise StoreError(f"{self.description}: {error}") from error

    async def open(self) -> None:
        def connect() -> sqlite3.Connection:
            if self._read_only:
                return sqlite3.connect(
                    f"{self._path.resolve().as_uri()}?mode=ro",
                    uri=True,
                    timeout=SQLITE_BUSY_TIMEOUT_SECONDS,
                    isolation_level=None,
                    check_same_thread=False,
                )
            db = sqlite3.connect(
                self._path,
                timeout=SQLITE_BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.Error:
                db.close()
                raise
            return db

        try:
            self._db = await anyio.to_thread.run_sync(connect)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open {self.description}: {error}") from error

    async def prepare(self, feeds: Sequence[Feed]) -> list[str]:
        return await self._migrate(feeds, prepare_tables)

    async def rebuild(self, feeds: Sequence[Feed]) -> list[str]:
        return await self._migrate(feeds, rebuild_tables)

    async def _migrate(
        self,
        feeds: Sequence[Feed],
        work: Callable[[Sql, Sequence[Feed], str], Awaitable[list[str]]],
    ) -> list[str]:
        """`work` on the tables of `feeds` in one transaction, with the state and rejects
        tables."""
        async with self._lock:
            db = self._db
            if db is None:
                raise StoreError(f"{self.description} is closed")
            sql = _SqliteSql(db)
            try:
                await sql.execute("BEGIN IMMEDIATE")
                try:
                    await sql.execute(SQLITE.create_state_table())
                    await sql.execute(create_rejects_table(SQLITE))
                    changes = await work(sql, feeds, utc_now())
                except BaseException:
                    with anyio.CancelScope(shield=True):
                        await sql.execute("ROLLBACK")
                    raise
                await sql.execute("COMMIT")
            except sqlite3.Error as error:
                raise StoreError(f"{self.description}: {error}") from error
            return changes

    async def now(self) -> str:
        return utc_now()

    async def hold(self, tenant: int, worker: str) -> SqliteHold:
        return SqliteHold(self, tenant, worker)

    async def lease(self, tenant: int, feed: Feed, worker: str) -> SqliteLease:
        def take(db: sqlite3.Connection) -> str | None:
            with _transaction(db):
                db.execute(SQLITE.insert_state(), (tenant, feed.name))
                db.execute(
                    "UPDATE sync_state SET holder = ?, leased_at = ? WHERE tenant = ? AND feed = ?",
                    (worker, utc_now(), tenant, feed.name),
                )
                row = db.execute(
                    "SELECT token FROM sync_state WHERE tenant = ? AND feed = ?",
                    (tenant, feed.name),
                ).fetchone()
            token: str | None = row[0]
            return token

        return SqliteLease(self, tenant, feed, await self._run(take))

    async def caught_up_since(self, tenant: int, feed: Feed, since: str) -> bool:
        def read(db: sqlite3.Connection) -> bool:
            row = db.execute(
                "SELECT caught_up_at >= ? FROM sync_state WHERE tenant = ? AND feed = ?",
                (since, tenant, feed.name),
            ).fetchone()
            return row is not None and bool(row[0])

        return await self._run(read)

    async def commit(
        self,
        lease: SqliteLease,
        rows: Sequence[FeedRow],
        token: str,
        caught_up: bool,
        rejects: Sequence[Reject],
    ) -> int:
        """The lease's batch in one transaction; the rows not written (a newer version held)."""
        tenant, feed = lease.tenant, lease.feed
        state = SQLITE.commit_state("?")

        def write(db: sqlite3.Connection) -> int:
            now = utc_now()
            children = feed.layout.children and rows
            stored = _stored_versions(db, tenant, feed, rows) if children else {}
            written = _write_many(db, partial(SQLITE.upsert, feed), [row.values for row in rows])
            if children:
                _replace_children(db, tenant, feed, rows, stored)
            if rejects:
                db.executemany(
                    insert_reject(SQLITE),
                    reject_parameters(rejects, tenant, feed.name, lease.token, now),
                )
            db.execute(state, (token, now, caught_up, caught_up, now, len(rows), tenant, feed.name))
            return len(rows) - max(written, 0)

        return await self._write(write)

    async def status(self, feeds: Sequence[Feed]) -> list[FeedStatus]:
        tables = {feed.name: feed.table for feed in feeds}

        def read(db: sqlite3.Connection) -> list[FeedStatus]:
            present = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "sync_state" not in present:
                return []
            rejects: dict[tuple[int, str], int] = {}
            if REJECTS_TABLE in present:
                for tenant, name, count in db.execute(
                    f"SELECT tenant, feed, count(*) FROM {REJECTS_TABLE} GROUP BY tenant, feed"
                ):
                    rejects[(tenant, name)] = count
            states = db.execute(
                "SELECT tenant, feed, committed_at, caught_up, records, batches, caught_up_at "
                "FROM sync_state ORDER BY tenant, feed"
            ).fetchall()
            result = []
            for tenant, name, committed_at, caught_up, records, batches, caught_up_at in states:
                if name not in tables:
                    continue
                rows, newest, unfit = 0, None, 0
                if tables[name] in present:
                    rows, newest = db.execute(
                        f"SELECT count(*), max(modified_on) FROM {tables[name]} WHERE tenant = ?",
                        (tenant,),
                    ).fetchone()
                    if "_unfit" in _column_names(db, tables[name]):
                        (unfit,) = db.execute(
                            SQLITE.count_unfit(tables[name]), (tenant,)
                        ).fetchone()
                result.append(
                    FeedStatus(
                        tenant,
                        name,
                        rows,
                        committed_at,
                        bool(caught_up),
                        None,
                        rejects.get((tenant, name), 0),
                        records,
                        batches,
                        caught_up_at,
                        newest,
                        unfit,
                    )
                )
            return result

        return await self._run(read)

    async def table_counts(self, feeds: Sequence[Feed]) -> dict[str, int]:
        def count(db: sqlite3.Connection) -> dict[str, int]:
            return {
                table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in table_names(feeds)
            }

        return await self._run(count)

    async def reset(self, tenant: int, feed: Feed, *, keep_rows: bool) -> int:
        statements = reset_statements(SQLITE, tenant, feed, keep_rows=keep_rows)

        def forget(db: sqlite3.Connection) -> int:
            with _transaction(db):
                counts = [db.execute(sql, parameters).rowcount for sql, parameters in statements]
            return 0 if keep_rows else counts[0]

        return await self._run(forget)

    async def aclose(self) -> None:
        async with self._lock:
            db, self._db = self._db, None
        if db is not None:
            await anyio.to_thread.run_sync(db.close)


class SqliteHold:
    """Every tenant of a SQLite store is held by its one process."""

    def __init__(self, store: SqliteStore, tenant: int, worker: str) -> None:
        self._store = store
        self._tenant = tenant
        self._worker = worker

    @property
    def lost(self) -> bool:
        return False

    @property
    def pause(self) -> float:
        return 0.0  # one process serves every tenant of a SQLite store

    async def lease(self, feed: Feed) -> SqliteLease:
        return await self._store.lease(self._tenant, feed, self._worker)

    async def release(self) -> None:
        """Nothing to give back: SQLite has one writing process."""


class SqliteLease:
    """Every lease of a SQLite store: commits go through the store's one connection."""

    def __init__(self, store: SqliteStore, tenant: int, feed: Feed, token: str | None) -> None:
        self._store = store
        self.tenant = tenant
        self.feed = feed
        self._token = token

    @property
    def token(self) -> str | None:
        return self._token

    async def commit(
        self,
        rows: Sequence[FeedRow],
        token: str,
        *,
        caught_up: bool,
        rejects: Sequence[Reject] = (),
    ) -> int:
        stale = await self._store.commit(self, rows, token, caught_up, rejects)
        self._token = token
        return stale

    async def release(self) -> None:
        """Nothing to give back: SQLite has one writing process."""


def _write_many(
    db: sqlite3.Connection,
    statement: Callable[[int], str],
    rows: Sequence[Sequence[object]],
) -> int:
    """`statement(n)` (one that writes n rows) run over `rows`, `SQLITE_ROWS_PER_STATEMENT` at a
    time (fewer when that many would pass more parameters than this SQLite takes); the number of
    rows it wrote."""
    if not rows:
        return 0
    parameters = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(SQLITE_ROWS_PER_STATEMENT, parameters // len(rows[0])))
    whole = len(rows) - len(rows) % per
    written = 0
    if whole:
        many = statement(per)
        for start in range(0, whole, per):
            chunk = rows[start : start + per]
            written += db.execute(many, [value for row in chunk for value in row]).rowcount
    if whole < len(rows):
        written += db.executemany(statement(1), rows[whole:]).rowcount
    return written


def _column_names(db: sqlite3.Connection, table: str) -> set[str]:
    """The table's columns (a table from before typed tables has no `_unfit` until migrated)."""
    return {name for (name,) in db.execute("SELECT name FROM pragma_table_info(?)", (table,))}


def _stored_versions(
    db: sqlite3.Connection, tenant: int, feed: Feed, rows: Sequence[FeedRow]
) -> dict[int, str]:
    """The version each of the rows' ids has in the table now (absent: a new id)."""
    stored: dict[int, str] = {}
    ids = list(dict.fromkeys(row.id for row in rows))
    per = min(SQLITE_IDS_PER_QUERY, db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - 1)
    for start in range(0, len(ids), per):
        chunk = ids[start : start + per]
        query = SQLITE.stored_versions(feed.table, len(chunk))
        stored.update(db.execute(query, (tenant, *chunk)).fetchall())
    return stored


def _replace_children(
    db: sqlite3.Connection,
    tenant: int,
    feed: Feed,
    rows: Sequence[FeedRow],
    stored: dict[int, str],
) -> None:
    """The child rows of the records this commit wrote, in place of the stored ones."""
    written, cleared = SQLITE.written_children(rows, stored)
    keys = [(tenant, key) for key in cleared]
    for index, child in enumerate(feed.layout.children):
        if keys:
            db.executemany(SQLITE.delete_children(child), keys)
        items = [item for row in written for item in row.children[index]]
        if items:
            _write_many(db, partial(SQLITE.insert_children, child), items)


class _SqliteSql:
    """`Sql` on the store's connection; the caller holds the store's lock."""

    dialect: Dialect = SQLITE

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    async def fetch(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        def run() -> list[tuple[Any, ...]]:
            return self._db.execute(sql, params).fetchall()

        return await anyio.to_thread.run_sync(run)

    async def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        await anyio.to_thread.run_sync(self._db.execute, sql, params)

    async def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        await anyio.to_thread.run_sync(self._db.executemany, sql, rows)


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises (on autocommit sqlite3)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
