"""The PostgreSQL store: many `sync` workers, on one machine or many, with PostgreSQL as the
coordinator and nothing else to run.

A worker serves a tenant only while it holds the tenant's session-level advisory lock,
`pg_try_advisory_lock(tenant namespace, tenant)`, so one worker sends a tenant's requests and the
fleet stays inside the tenant's rate budget. Under it, each feed is leased with
`pg_try_advisory_lock(namespace, lease_key)`, where `lease_key` is the (tenant, feed)'s serial in
`sync_state` (`status` shows the holder from it). Every lock of a worker is held by its one
session connection (`_connection`): when a worker dies, even by SIGKILL, the session closes,
PostgreSQL drops its locks and rolls back a transaction left open, and the next worker to ask
takes the tenant from the feeds' last committed tokens. Row leases with `FOR UPDATE SKIP LOCKED`
would need an open transaction per feed for the whole run (holding back vacuum) or a lease
expiry with heartbeats (a dead worker's feeds wait out the expiry); advisory locks need neither.

Batches are committed on a few writer connections, and each commit is fenced: it updates the
feed's `sync_state` row only where `holder` is still this worker, so a worker whose session was
lost (and whose feed another worker may have taken) cannot commit, and its transaction rolls
back. When the session breaks (PostgreSQL restarted), its holds are lost; the runner takes them
again on a new session, with backoff, from the committed tokens.

Tables live in the `servicetitan` schema; `record` is `jsonb`, timestamps are `timestamptz`
(microseconds), and `version` keeps `modifiedOn` to the API's 100 ns as canonical UTC text for
the upsert to compare, so two versions less than a microsecond apart are still told apart.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import anyio

from .._constants import (
    POSTGRESQL_CONNECT_TIMEOUT_SECONDS,
    POSTGRESQL_LOCK_NAMESPACE,
    POSTGRESQL_SCHEMA,
    POSTGRESQL_TENANT_LOCK_NAMESPACE,
    POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS,
    POSTGRESQL_WRITER_CONNECTIONS,
    TENANT_RATE_WINDOW_SECONDS,
)
from ._connection import Session, WriterPool
from ._database import redact
from ._feeds import Feed, FeedRow, canonical_timestamp
from ._migrate import Sql, prepare_tables, rebuild_tables
from ._rejects import (
    REJECTS_TABLE,
    Reject,
    create_rejects_table,
    insert_reject,
    reject_parameters,
)
from ._reset import reset_statements
from ._schema import POSTGRESQL, Dialect
from ._store import FeedStatus, RefusedRows, StoreError, table_names, utc_now

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresStore"]

# PostgreSQL keeps this many bytes of application_name.
_APPLICATION_NAME_BYTES = 63
# clock_timestamp(), not now(): the time of the statement, close to the commit, not of the
# transaction's start, so "caught up since" comparisons between workers are tight.
_NOW = "clock_timestamp()"
# Advisory lock keys are int4.
_INT4_KEYS = 2**31


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as error:
        raise StoreError(
            "a postgresql:// database needs psycopg: pip install 'servicetitan-crm[postgresql]'"
        ) from error
    return psycopg


def _describe(url: str) -> str:
    """The database a URL names, without its password."""
    pg = _psycopg()
    try:
        parts = pg.conninfo.conninfo_to_dict(url)
    except pg.Error as error:
        raise StoreError(f"invalid PostgreSQL URL: {redact(str(error))}") from None
    host = parts.get("host", "localhost")
    port = parts.get("port", "5432")
    return f"PostgreSQL database {parts.get('dbname', '?')!r} at {host}:{port}"


class PostgresStore:
    """A PostgreSQL database shared by any number of workers."""

    def __init__(self, url: str, worker: str, *, read_only: bool = False) -> None:
        self._url = url
        self._read_only = read_only
        self._description = _describe(url)
        self._worker = worker
        self._session = Session(self._connect)
        self._writers = WriterPool(self._connect, POSTGRESQL_WRITER_CONNECTIONS)

    @property
    def dialect(self) -> Dialect:
        return POSTGRESQL

    @property
    def description(self) -> str:
        return self._description

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        pg = _psycopg()
        name = f"servicetitan-crm {self._worker}".encode()[:_APPLICATION_NAME_BYTES]
        options = f"-c search_path={POSTGRESQL_SCHEMA} -c timezone=UTC"
        if self._read_only:
            options += " -c default_transaction_read_only=on"
        try:
            connection: psycopg.AsyncConnection[Any] = await pg.AsyncConnection.connect(
                self._url,
                autocommit=True,
                connect_timeout=POSTGRESQL_CONNECT_TIMEOUT_SECONDS,
                application_name=name.decode(errors="ignore"),
                options=options,
            )
        except pg.Error as error:
            raise StoreError(
                f"cannot connect to {self._description}: {redact(str(error))}"
            ) from error
        return connection

    async def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        pg = _psycopg()
        try:
            with _uninterrupted():
                connection = await self._session.connection()
                cursor = await connection.execute(sql, params)
                rows = await cursor.fetchall() if cursor.description is not None else []
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error
        return rows

    async def open(self) -> None:
        await self._session.connection()

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
        pg = _psycopg()
        connection = await self._session.connection()
        try:
            async with connection.transaction():
                # Workers starting together would race on CREATE ... IF NOT EXISTS.
                await connection.execute(
                    "SELECT pg_advisory_xact_lock(%s, 0)", (POSTGRESQL_LOCK_NAMESPACE,)
                )
                await connection.execute(f"CREATE SCHEMA IF NOT EXISTS {POSTGRESQL_SCHEMA}")
                await connection.execute(
                    POSTGRESQL.create_state_table("    lease_key SERIAL UNIQUE,\n")
                )
                await connection.execute(create_rejects_table(POSTGRESQL))
                now = await self.now()
                return await work(_PostgresSql(connection), feeds, now)
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error

    async def now(self) -> str:
        (row,) = await self._query(f"SELECT {_NOW}::text")
        now: str = row[0]
        return now

    async def hold(self, tenant: int, worker: str) -> PostgresHold | None:
        # A signal while taking it would leave the lock taken and the hold unknown.
        with _uninterrupted():
            ((taken,),) = await self._query(
                "SELECT pg_try_advisory_lock(%s, %s)", _tenant_lock(tenant)
            )
            generation = self._session.generation
        if not taken:
            return None
        # The previous holder's last commit or caught-up mark follows its last request.
        ((idle,),) = await self._query(
            "SELECT EXTRACT(EPOCH FROM clock_timestamp() - max(GREATEST(committed_at, "
            "caught_up_at)))::float8 FROM sync_state WHERE tenant = %s AND holder <> %s",
            (tenant, worker),
        )
        pause = 0.0 if idle is None else max(0.0, TENANT_RATE_WINDOW_SECONDS - idle)
        return PostgresHold(self, tenant, worker, generation, pause)

    async def caught_up_since(self, tenant: int, feed: Feed, since: str) -> bool:
        rows = await self._query(
            "SELECT caught_up_at >= %s::timestamptz FROM sync_state "
            "WHERE tenant = %s AND feed = %s",
            (since, tenant, feed.name),
        )
        return bool(rows and rows[0][0])

    async def status(self, feeds: Sequence[Feed]) -> list[FeedStatus]:
        tables = {feed.name: feed.table for feed in feeds}
        present = {
            name
            for (name,) in await self._query(
                "SELECT tablename FROM pg_tables WHERE schemaname = %s", (POSTGRESQL_SCHEMA,)
            )
        }
        if "sync_state" not in present:
            return []
        states = await self._query(
            "SELECT s.tenant, s.feed, s.committed_at::text, s.caught_up, "
            "CASE WHEN l.pid IS NULL THEN NULL ELSE s.holder END, "
            "s.records, s.batches, s.caught_up_at::text "
            "FROM sync_state s LEFT JOIN pg_locks l ON l.locktype = 'advisory' "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid = %s::oid AND l.objid = s.lease_key::oid AND l.objsubid = 2 "
            "AND l.granted ORDER BY s.tenant, s.feed",
            (POSTGRESQL_LOCK_NAMESPACE,),
        )
        rejects = dict[tuple[int, str], int]()
        if REJECTS_TABLE in present:
            for tenant, name, count in await self._query(
                f"SELECT tenant, feed, count(*) FROM {REJECTS_TABLE} GROUP BY tenant, feed"
            ):
                rejects[(tenant, name)] = count
        # A table from before typed tables has no `_unfit` until `sync` migrates it.
        with_unfit = {
            name
            for (name,) in await self._query(
                "SELECT table_name FROM information_schema.columns "
                "WHERE table_schema = %s AND column_name = '_unfit'",
                (POSTGRESQL_SCHEMA,),
            )
        }
        result = []
        for tenant, name, committed_at, caught_up, holder, records, batches, at in states:
            if name not in tables:
                continue
            rows, newest, unfit = 0, None, 0
            if tables[name] in present:
                ((rows, newest),) = await self._query(
                    f"SELECT count(*), max(version) FROM {tables[name]} WHERE tenant = %s",
                    (tenant,),
                )
            if tables[name] in with_unfit:
                ((unfit,),) = await self._query(POSTGRESQL.count_unfit(tables[name]), (tenant,))
            result.append(
                FeedStatus(
                    tenant,
                    name,
                    rows,
                    _iso_utc(committed_at),
                    caught_up,
                    holder,
                    rejects.get((tenant, name), 0),
                    records,
                    batches,
                    _iso_utc(at),
                    newest,
                    int(unfit),
                )
            )
        return result

    async def table_counts(self, feeds: Sequence[Feed]) -> dict[str, int]:
        counts = {}
        for table in table_names(feeds):
            ((rows,),) = await self._query(f"SELECT count(*) FROM {table}")
            counts[table] = int(rows)
        return counts

    async def reset(self, tenant: int, feed: Feed, *, keep_rows: bool) -> int:
        pg = _psycopg()
        hold = await self.hold(tenant, self._worker)
        if hold is None:
            raise StoreError(
                f"tenant {tenant} is being synced by another worker: stop it before a reset"
            )
        try:
            async with self._writers.connection() as connection, connection.transaction():
                counts = []
                for sql, parameters in reset_statements(
                    POSTGRESQL, tenant, feed, keep_rows=keep_rows
                ):
                    counts.append((await connection.execute(sql, parameters)).rowcount)
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error
        finally:
            await hold.release()
        return 0 if keep_rows else counts[0]

    async def aclose(self) -> None:
        await self._writers.aclose()
        await self._session.aclose()


def _tenant_lock(tenant: int) -> tuple[int, int]:
    """The advisory lock keys of a tenant. Ids beyond int4 share keys modulo 2**31: two tenants
    then share one worker, which costs balance, never correctness (feed leases are separate)."""
    return (POSTGRESQL_TENANT_LOCK_NAMESPACE, tenant % _INT4_KEYS)


def _iso_utc(timestamp: str | None) -> str | None:
    """PostgreSQL's `timestamptz::text` (UTC session) as the canonical ISO 8601 UTC text."""
    if timestamp is None:
        return None
    return canonical_timestamp(timestamp.replace(" ", "T", 1).removesuffix("+00"))


class PostgresHold:
    """A tenant's advisory lock held by the store's session, and the feed leases under it."""

    def __init__(
        self, store: PostgresStore, tenant: int, worker: str, generation: int, pause: float
    ) -> None:
        self._store = store
        self._tenant = tenant
        self._worker = worker
        self._generation = generation
        self._pause = pause

    @property
    def pause(self) -> float:
        return self._pause

    @property
    def lost(self) -> bool:
        return self._store._session.generation != self._generation

    async def lease(self, feed: Feed) -> PostgresLease | None:
        store = self._store
        if self.lost:
            raise StoreError(
                f"{store.description}: the session holding tenant {self._tenant} was lost"
            )
        with _uninterrupted():
            await store._query(POSTGRESQL.insert_state(), (self._tenant, feed.name))
            ((key,),) = await store._query(
                "SELECT lease_key FROM sync_state WHERE tenant = %s AND feed = %s",
                (self._tenant, feed.name),
            )
            ((taken,),) = await store._query(
                "SELECT pg_try_advisory_lock(%s, %s)", (POSTGRESQL_LOCK_NAMESPACE, key)
            )
            if not taken:
                return None
            if self.lost:
                # The session broke and a new one took the lock: give it back (locks are
                # re-entrant, and an extra hold would outlive every release).
                await store._query(
                    "SELECT pg_advisory_unlock(%s, %s)", (POSTGRESQL_LOCK_NAMESPACE, key)
                )
                raise StoreError(f"{store.description}: the session holding the tenant was lost")
            rows = await store._query(
                "UPDATE sync_state SET holder = %s, leased_at = clock_timestamp() "
                "WHERE tenant = %s AND feed = %s RETURNING token",
                (self._worker, self._tenant, feed.name),
            )
        token: str | None = rows[0][0] if rows else None
        return PostgresLease(self, feed, key, token)

    async def _unlock(self, namespace: int, key: int) -> None:
        """Unlock on the session that took the lock; a lost session took its locks with it."""
        if self.lost:
            return
        with contextlib.suppress(StoreError):
            await self._store._query("SELECT pg_advisory_unlock(%s, %s)", (namespace, key))

    async def release(self) -> None:
        await self._unlock(*_tenant_lock(self._tenant))


class PostgresLease:
    """A feed's advisory lock on the session; commits go through a writer, fenced by `holder`."""

    def __init__(self, hold: PostgresHold, feed: Feed, key: int, token: str | None) -> None:
        self._hold = hold
        self._feed = feed
        self._key = key
        self._token = token
        self._upsert = POSTGRESQL.upsert(feed)
        self._state = POSTGRESQL.commit_state(_NOW) + " AND holder = %s"
        self._reject = insert_reject(POSTGRESQL)

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
        pg = _psycopg()
        hold = self._hold
        store = hold._store
        tenant, name = hold._tenant, self._feed.name
        if hold.lost:
            raise StoreError(f"{store.description}: the session holding {name} was lost")
        try:
            async with store._writers.connection() as connection, connection.transaction():
                written = 0
                if rows:
                    async with connection.cursor() as cursor:
                        children = bool(self._feed.layout.children)
                        stored = (
                            await self._stored_versions(cursor, tenant, rows) if children else {}
                        )
                        await cursor.executemany(
                            self._upsert, [POSTGRESQL.parameters(row) for row in rows]
                        )
                        written = cursor.rowcount
                        if children:
                            await self._replace_children(cursor, tenant, rows, stored)
                if rejects:
                    async with connection.cursor() as cursor:
                        await cursor.executemany(
                            self._reject,
                            reject_parameters(rejects, tenant, name, self._token, utc_now()),
                        )
                cursor = await connection.execute(
                    self._state,
                    (token, caught_up, caught_up, len(rows), tenant, name, hold._worker),
                )
                if cursor.rowcount != 1:
                    raise _LeaseLost(
                        f"{store.description}: tenant {tenant} {name} is no longer leased to "
                        f"{hold._worker}; nothing of the batch was written"
                    )
        except pg.DataError as error:
            refused = await self._refused(rows)
            if not refused:
                raise StoreError(f"{store.description}: {error}") from error
            raise RefusedRows(
                f"{store.description}: {len(refused)} record(s) of {name} refused", refused
            ) from error
        except pg.Error as error:
            raise StoreError(f"{store.description}: {error}") from error
        self._token = token
        return len(rows) - written

    async def _refused(self, rows: Sequence[FeedRow]) -> dict[int, str]:
        """Which rows the database refuses for their values (a data exception), each tried
        alone, with its child rows, in a savepoint of a transaction that is rolled back."""
        pg = _psycopg()
        store, tenant = self._hold._store, self._hold._tenant
        children = self._feed.layout.children
        refused: dict[int, str] = {}
        try:
            async with (
                store._writers.connection() as connection,
                connection.transaction(force_rollback=True),
                connection.cursor() as cursor,
            ):
                for index, row in enumerate(rows):
                    try:
                        async with connection.transaction():
                            await cursor.execute(self._upsert, POSTGRESQL.parameters(row))
                            for child, items in zip(children, row.children, strict=True):
                                await cursor.execute(
                                    POSTGRESQL.delete_children(child), (tenant, row.id)
                                )
                                if items:
                                    await cursor.executemany(
                                        POSTGRESQL.insert_children(child), items
                                    )
                    except pg.DataError as error:
                        refused[index] = error.diag.message_primary or str(error)
        except pg.Error as error:
            raise StoreError(f"{store.description}: {error}") from error
        return refused

    async def _stored_versions(
        self, cursor: psycopg.AsyncCursor[Any], tenant: int, rows: Sequence[FeedRow]
    ) -> dict[int, str]:
        """The version each of the rows' ids has in the table now (absent: a new id)."""
        query = POSTGRESQL.stored_versions(self._feed.table, len(rows))
        await cursor.execute(query, (tenant, [row.id for row in rows]))
        return dict(await cursor.fetchall())

    async def _replace_children(
        self,
        cursor: psycopg.AsyncCursor[Any],
        tenant: int,
        rows: Sequence[FeedRow],
        stored: dict[int, str],
    ) -> None:
        """The child rows of the records this commit wrote, in place of the stored ones."""
        written, cleared = POSTGRESQL.written_children(rows, stored)
        keys = [(tenant, key) for key in cleared]
        for index, child in enumerate(self._feed.layout.children):
            if keys:
                await cursor.executemany(POSTGRESQL.delete_children(child), keys)
            items = [item for row in written for item in row.children[index]]
            if items:
                await cursor.executemany(POSTGRESQL.insert_children(child), items)

    async def release(self) -> None:
        """Unlock, so the feed is free when this returns. When the session is already lost,
        PostgreSQL dropped the lock with it."""
        await self._hold._unlock(POSTGRESQL_LOCK_NAMESPACE, self._key)


class _LeaseLost(StoreError):
    """The feed's state row names another holder: the commit is rolled back."""


class _PostgresSql:
    """`Sql` on a connection inside its transaction."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, connection: psycopg.AsyncConnection[Any]) -> None:
        self._conn = connection

    async def fetch(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        cursor = await self._conn.execute(sql, params)
        return await cursor.fetchall()

    async def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        await self._conn.execute(sql, params)

    async def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        async with self._conn.cursor() as cursor:
            await cursor.executemany(sql, rows)


def _uninterrupted() -> anyio.CancelScope:
    """A scope that lets a store query end before a cancellation (SIGINT/SIGTERM) goes on, and
    cuts it off only when it runs past POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS."""
    return anyio.CancelScope(
        shield=True, deadline=anyio.current_time() + POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS
    )
