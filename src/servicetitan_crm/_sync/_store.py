"""Where a sync writes: the interface both databases implement, and how a `--db` is opened.

A store keeps one table per feed and one `sync_state` row per (tenant, feed) holding the
continuation token. `Lease.commit` writes a batch's rows and the token after them in one
transaction, so the token never runs ahead of the rows nor the rows ahead of the token: a
restart after a crash anywhere resumes exactly after the last committed batch. Rows are upserted
by (tenant, id) and an older `modifiedOn` never overwrites a newer one, so a batch read twice
changes nothing.

A hold is the right to serve one tenant (send its requests: one rate budget per tenant across
the fleet); under it, a lease is the right to write one of its feeds. SQLite is for one process
and grants every hold and lease; PostgreSQL grants each to one worker at a time (`_postgres`).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Sequence
from typing import Protocol

from .._errors import ServiceTitanError
from ._database import database_target
from ._feeds import Feed, FeedRow
from ._rejects import Reject
from ._schema import Dialect

__all__ = [
    "FeedStatus",
    "Lease",
    "RefusedRows",
    "Store",
    "StoreError",
    "SyncError",
    "TenantHold",
    "open_store",
    "table_names",
    "utc_now",
    "utc_text",
]


class SyncError(ServiceTitanError):
    """A sync could not run or finish; the message names the tenant, feed or database."""


class StoreError(SyncError):
    """The database cannot be opened, read or written."""


class RefusedRows(StoreError):
    """The database refused some rows of a batch (a value it cannot hold, such as a number beyond
    PostgreSQL's NUMERIC inside `record`); nothing of the batch was written.

    `reasons` maps the position of each refused row among the batch's rows to the database's
    message. The runner quarantines those records and commits the rest.
    """

    def __init__(self, message: str, reasons: dict[int, str]) -> None:
        super().__init__(message)
        self.reasons = reasons


@dataclasses.dataclass(frozen=True, slots=True)
class FeedStatus:
    """What `servicetitan-crm status` shows for one (tenant, feed)."""

    tenant: int
    feed: str
    rows: int
    committed_at: str | None
    caught_up: bool
    holder: str | None
    # Records of the feed kept in `sync_rejects` (see `_rejects`).
    rejects: int = 0
    # Records and batches ever committed, when it was last caught up and the newest
    # `modifiedOn` held (canonical UTC text), for the lag.
    records: int = 0
    batches: int = 0
    caught_up_at: str | None = None
    newest_modified_on: str | None = None
    # Rows with a value that did not fit its column (stored NULL, named in `_unfit`).
    unfit: int = 0


class Lease(Protocol):
    """The right to write one (tenant, feed), with the token to resume from."""

    @property
    def token(self) -> str | None:
        """The committed continuation token; None when the feed was never synced."""
        ...

    async def commit(
        self,
        rows: Sequence[FeedRow],
        token: str,
        *,
        caught_up: bool,
        rejects: Sequence[Reject] = (),
    ) -> int:
        """Upsert `rows`, keep `rejects` and store `token` (and whether the feed is caught up)
        in one transaction; the number of rows not written because the stored version of the
        record is newer. Raises `RefusedRows`, having written nothing, when the database
        refuses rows for their values."""
        ...

    async def release(self) -> None:
        """Give the feed back to other workers; the lease cannot commit afterwards."""
        ...


class TenantHold(Protocol):
    """The right to serve one tenant: this worker alone sends its requests and writes its feeds."""

    @property
    def lost(self) -> bool:
        """Whether the hold is gone (its database session broke); leases under it are too."""
        ...

    @property
    def pause(self) -> float:
        """Seconds to wait before the tenant's first request: what is left of one rate window
        since another worker last served it (0 when none did recently)."""
        ...

    async def lease(self, feed: Feed) -> Lease | None:
        """Take one of the tenant's feeds, or None when another worker still holds it."""
        ...

    async def release(self) -> None:
        """Give the tenant back (its leases must be released first)."""
        ...


class Store(Protocol):
    """A database holding the feeds' tables and the sync state."""

    @property
    def description(self) -> str:
        """The database, for messages (never a password)."""
        ...

    @property
    def dialect(self) -> Dialect:
        """How the database spells its statements and takes its values."""
        ...

    async def prepare(self, feeds: Sequence[Feed]) -> list[str]:
        """Create the tables of `feeds` and the sync state table when missing, or migrate them
        to the feeds' layout (`_migrate.prepare_tables`), in one transaction; what changed."""
        ...

    async def rebuild(self, feeds: Sequence[Feed]) -> list[str]:
        """Make the tables of `feeds` anew from their stored records (`servicetitan-crm
        migrate`), in one transaction; what changed."""
        ...

    async def now(self) -> str:
        """The database's current time, canonical UTC text (workers compare with it)."""
        ...

    async def hold(self, tenant: int, worker: str) -> TenantHold | None:
        """Take the tenant for `worker`, or None when another worker serves it."""
        ...

    async def caught_up_since(self, tenant: int, feed: Feed, since: str) -> bool:
        """Whether some worker committed the feed caught up at or after `since`."""
        ...

    async def status(self, feeds: Sequence[Feed]) -> list[FeedStatus]:
        """Every (tenant, feed) the state table knows, in tenant then feed order; read-only, and
        empty when nothing was synced (no tables)."""
        ...

    async def table_counts(self, feeds: Sequence[Feed]) -> dict[str, int]:
        """Rows per table, child tables after their feed's (every tenant together)."""
        ...

    async def reset(self, tenant: int, feed: Feed, *, keep_rows: bool) -> int:
        """Forget the feed's token (and, without `keep_rows`, its rows and rejects) for
        `tenant` in one transaction; the rows deleted. `StoreError` while a worker syncs it."""
        ...

    async def aclose(self) -> None: ...


def table_names(feeds: Sequence[Feed]) -> list[str]:
    """Each feed's table followed by its child tables."""
    return [
        name
        for feed in feeds
        for name in (feed.table, *(child.name for child in feed.layout.children))
    ]


def utc_text(moment: datetime.datetime) -> str:
    """`moment` as canonical UTC text (`2024-05-01T12:00:00.1234560Z`): the one form every time
    the command shows takes (status, logs, JSON events) and timestamps take in SQLite."""
    moment = moment.astimezone(datetime.UTC)
    return f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}.{moment.microsecond:06d}0Z"


def utc_now() -> str:
    """Now as canonical UTC text."""
    return utc_text(datetime.datetime.now(datetime.UTC))


async def open_store(database: str, worker: str, *, read_only: bool = False) -> Store:
    """Open `--db`: a `postgresql://` URL, or a SQLite path (`sqlite:///path` also works); see
    `database_target` for what is accepted (else `ConfigurationError`).

    `worker` names this process to the others (PostgreSQL shows it as the application name).
    `read_only` opens it for `status`: nothing is created or written, and SELECT rights suffice.
    """
    target = database_target(database)
    if target.kind == "postgresql":
        from ._postgres import PostgresStore

        postgres = PostgresStore(target.location, worker, read_only=read_only)
        await postgres.open()
        return postgres
    from ._sqlite import SqliteStore

    sqlite = SqliteStore(target.location, read_only=read_only)
    await sqlite.open()
    return sqlite
