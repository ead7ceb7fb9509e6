"""The PostgreSQL connections of one worker: a session that comes back, and a few writers.

A worker holds a fixed number of connections whatever the number of tenants it serves
(`POSTGRESQL_WRITER_CONNECTIONS` + 1), so a fleet's total is workers x that:

- the session runs the short queries (state, leases, status) and holds every advisory lock the
  worker owns. When it breaks (PostgreSQL restarted, the network cut), the next use opens a new
  one, waiting between attempts with a doubling backoff, and its `generation` goes up: every
  lock taken on the old one is gone, and the holds taken under it know they are lost.
- writers commit batches. A broken one is dropped and replaced by a new one on the next commit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import anyio

from .._constants import (
    POSTGRESQL_RECONNECT_ATTEMPTS,
    POSTGRESQL_RECONNECT_WAIT_INITIAL_SECONDS,
    POSTGRESQL_RECONNECT_WAIT_MAX_SECONDS,
)
from ._store import StoreError

if TYPE_CHECKING:
    import psycopg

__all__ = ["Session", "WriterPool", "reconnect_waits"]

Connect = Callable[[], Awaitable["psycopg.AsyncConnection[Any]"]]


def _usable(connection: psycopg.AsyncConnection[Any] | None) -> bool:
    return connection is not None and not connection.closed and not connection.broken


def reconnect_waits() -> list[float]:
    """Seconds to wait before each new attempt after the first: doubling, capped."""
    waits = []
    wait = POSTGRESQL_RECONNECT_WAIT_INITIAL_SECONDS
    for _ in range(POSTGRESQL_RECONNECT_ATTEMPTS - 1):
        waits.append(wait)
        wait = min(wait * 2, POSTGRESQL_RECONNECT_WAIT_MAX_SECONDS)
    return waits


class Session:
    """The worker's session connection, reopened with backoff when it breaks."""

    def __init__(self, connect: Connect) -> None:
        self._connect = connect
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._opening = anyio.Lock()
        # Goes up with every new connection: locks taken under an older one are gone.
        self.generation = 0

    async def connection(self) -> psycopg.AsyncConnection[Any]:
        """The open session, a new one when the last broke; `StoreError` after
        `POSTGRESQL_RECONNECT_ATTEMPTS` failed attempts."""
        if _usable(self._connection):
            assert self._connection is not None
            return self._connection
        async with self._opening:
            if _usable(self._connection):
                assert self._connection is not None
                return self._connection
            if self._connection is not None:
                await self._connection.close()
                self._connection = None
            waits = reconnect_waits()
            while True:
                try:
                    connection = await self._connect()
                    break
                except StoreError:
                    if not waits:
                        raise
                    await anyio.sleep(waits.pop(0))
            self._connection = connection
            self.generation += 1
            return connection

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()


class WriterPool:
    """At most `size` connections that commit batches, opened when first needed."""

    def __init__(self, connect: Connect, size: int) -> None:
        self._connect = connect
        self._slots = anyio.Semaphore(size)
        self._idle: list[psycopg.AsyncConnection[Any]] = []

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        async with self._slots:
            connection = self._idle.pop() if self._idle else None
            if connection is None or not _usable(connection):
                if connection is not None:
                    await connection.close()
                connection = await self._connect()
            try:
                yield connection
            finally:
                if _usable(connection):
                    self._idle.append(connection)
                else:
                    await connection.close()

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.close()
