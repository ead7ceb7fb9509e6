"""The PostgreSQL store: many `sync` workers, on one machine or many, with PostgreSQL as the
coordinator and nothing else to run.

Leases are session-level advisory locks, `pg_try_advisory_lock(namespace, lease_key)`, where
`lease_key` is the (tenant, feed)'s serial in `sync_state`. Each held lease has its own
connection, and that same connection writes the feed's batches, so only the session that holds
the lock can write: when a worker dies, even by SIGKILL, its connection closes, PostgreSQL drops
the lock and rolls back a transaction left open, and the next worker to ask takes the feed
from the last committed token. Row leases with `FOR UPDATE SKIP LOCKED` would need an open
transaction per feed for the whole run (holding back vacuum) or a lease expiry with heartbeats
(a dead worker's feeds wait out the expiry); advisory locks need neither.

Tables live in the `servicetitan` schema; `record` is `jsonb`, timestamps are `timestamptz`
(microseconds), and `version` keeps `modifiedOn` to the API's 100 ns as canonical UTC text for
the upsert to compare, so two versions less than a microsecond apart are still told apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import anyio

from .._constants import (
    POSTGRESQL_CONNECT_TIMEOUT_SECONDS,
    POSTGRESQL_LOCK_NAMESPACE,
    POSTGRESQL_SCHEMA,
    POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS,
)
from ._database import redact
from ._feeds import Feed, FeedRow
from ._schema import POSTGRESQL
from ._store import FeedStatus, StoreError

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresStore"]

# PostgreSQL keeps this many bytes of application_name.
_APPLICATION_NAME_BYTES = 63
# clock_timestamp(), not now(): the time of the statement, close to the commit, not of the
# transaction's start, so "caught up since" comparisons between workers are tight.
_NOW = "clock_timestamp()"


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
        self._conn: psycopg.AsyncConnection[Any] | None = None
        # One connection that failed to take a lease, kept for the next attempt.
        self._spare: psycopg.AsyncConnection[Any] | None = None
        self._worker = worker

    @property
    def description(self) -> str:
        return self._description

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        pg = _psycopg()
        name = f"servicetitan-crm {self._worker}".encode()[:_APPLICATION_NAME_BYTES]
        try:
            connection: psycopg.AsyncConnection[Any] = await pg.AsyncConnection.connect(
                self._url,
                autocommit=True,
                connect_timeout=POSTGRESQL_CONNECT_TIMEOUT_SECONDS,
                application_name=name.decode(errors="ignore"),
                options=f"-c search_path={POSTGRESQL_SCHEMA} -c timezone=UTC"
                + (" -c default_transaction_read_only=on" if self._read_only else ""),
            )
        except pg.Error as error:
            raise StoreError(
                f"cannot connect to {self._description}: {redact(str(error))}"
            ) from error
        return connection

    async def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        pg = _psycopg()
        if self._conn is None:
            raise StoreError(f"{self._description} is closed")
        try:
            with _uninterrupted():
                cursor = await self._conn.execute(sql, params)
                rows = await cursor.fetchall() if cursor.description is not None else []
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error
        return rows

    async def open(self) -> None:
        self._conn = await self._connect()

    async def prepare(self, feeds: Sequence[Feed]) -> None:
        pg = _psycopg()
        assert self._conn is not None
        try:
            async with self._conn.transaction():
                # Workers starting together would race on CREATE ... IF NOT EXISTS.
                await self._conn.execute(
                    "SELECT pg_advisory_xact_lock(%s, 0)", (POSTGRESQL_LOCK_NAMESPACE,)
                )
                await self._conn.execute(f"CREATE SCHEMA IF NOT EXISTS {POSTGRESQL_SCHEMA}")
                await self._conn.execute(
                    POSTGRESQL.create_state_table("    lease_key SERIAL UNIQUE,\n")
                )
                for feed in feeds:
                    await self._conn.execute(POSTGRESQL.create_feed_table(feed))
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error

    async def now(self) -> str:
        (row,) = await self._query(f"SELECT {_NOW}::text")
        now: str = row[0]
        return now

    async def lease(self, tenant: int, feed: Feed, worker: str) -> PostgresLease | None:
        # A signal during the lease would leave a connection half set up, holding the lock.
        with _uninterrupted():
            lease = await self._lease(tenant, feed, worker)
        return lease

    async def _lease(self, tenant: int, feed: Feed, worker: str) -> PostgresLease | None:
        pg = _psycopg()
        await self._query(POSTGRESQL.insert_state(), (tenant, feed.name))
        ((key,),) = await self._query(
            "SELECT lease_key FROM sync_state WHERE tenant = %s AND feed = %s",
            (tenant, feed.name),
        )
        connection, self._spare = self._spare, None
        if connection is None:
            connection = await self._connect()
        try:
            cursor = await connection.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (POSTGRESQL_LOCK_NAMESPACE, key)
            )
            row = await cursor.fetchone()
            if row is None or not row[0]:
                if self._spare is None:
                    self._spare = connection
                else:
                    await connection.close()
                return None
            cursor = await connection.execute(
                "UPDATE sync_state SET holder = %s, leased_at = clock_timestamp() "
                "WHERE tenant = %s AND feed = %s RETURNING token",
                (worker, tenant, feed.name),
            )
            row = await cursor.fetchone()
        except pg.Error as error:
            await connection.close()
            raise StoreError(f"{self._description}: {error}") from error
        token: str | None = None if row is None else row[0]
        return PostgresLease(connection, self._description, tenant, feed, key, token)

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
            "CASE WHEN l.pid IS NULL THEN NULL ELSE s.holder END "
            "FROM sync_state s LEFT JOIN pg_locks l ON l.locktype = 'advisory' "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid = %s::oid AND l.objid = s.lease_key::oid AND l.objsubid = 2 "
            "AND l.granted ORDER BY s.tenant, s.feed",
            (POSTGRESQL_LOCK_NAMESPACE,),
        )
        result = []
        for tenant, name, committed_at, caught_up, holder in states:
            if name not in tables:
                continue
            rows = 0
            if tables[name] in present:
                ((rows,),) = await self._query(
                    f"SELECT count(*) FROM {tables[name]} WHERE tenant = %s", (tenant,)
                )
            result.append(FeedStatus(tenant, name, rows, committed_at, caught_up, holder))
        return result

    async def table_counts(self, feeds: Sequence[Feed]) -> dict[str, int]:
        counts = {}
        for feed in feeds:
            ((rows,),) = await self._query(f"SELECT count(*) FROM {feed.table}")
            counts[feed.table] = int(rows)
        return counts

    async def aclose(self) -> None:
        for connection in (self._spare, self._conn):
            if connection is not None:
                await connection.close()
        self._spare = self._conn = None


class PostgresLease:
    """A held advisory lock and the connection that holds it, which also writes the feed."""

    def __init__(
        self,
        connection: psycopg.AsyncConnection[Any],
        description: str,
        tenant: int,
        feed: Feed,
        key: int,
        token: str | None,
    ) -> None:
        self._conn = connection
        self._key = key
        self._description = description
        self._tenant = tenant
        self._feed = feed
        self._token = token
        self._upsert = POSTGRESQL.upsert(feed)
        self._state = POSTGRESQL.commit_state(_NOW)

    @property
    def token(self) -> str | None:
        return self._token

    async def commit(self, rows: Sequence[FeedRow], token: str, *, caught_up: bool) -> None:
        pg = _psycopg()
        try:
            async with self._conn.transaction():
                if rows:
                    async with self._conn.cursor() as cursor:
                        await cursor.executemany(
                            self._upsert, [POSTGRESQL.with_version(row.values) for row in rows]
                        )
                await self._conn.execute(
                    self._state,
                    (token, caught_up, caught_up, len(rows), self._tenant, self._feed.name),
                )
        except pg.Error as error:
            raise StoreError(f"{self._description}: {error}") from error
        self._token = token

    async def release(self) -> None:
        """Unlock, so the feed is free when this returns, and close the lease's connection.

        When the connection is already broken the unlock fails, and PostgreSQL drops the lock
        with the session anyway.
        """
        pg = _psycopg()
        try:
            await self._conn.execute(
                "SELECT pg_advisory_unlock(%s, %s)", (POSTGRESQL_LOCK_NAMESPACE, self._key)
            )
        except pg.Error:
            pass
        finally:
            await self._conn.close()


def _uninterrupted() -> anyio.CancelScope:
    """A scope that lets a store query end before a cancellation (SIGINT/SIGTERM) goes on, and
    cuts it off only when it runs past POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS."""
    return anyio.CancelScope(
        shield=True, deadline=anyio.current_time() + POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS
    )
