"""The sync itself: every tenant concurrently, every feed of a tenant concurrently.

For each tenant a task takes the tenant's hold (one worker of the fleet serves a tenant, so its
one rate budget is shared by nobody), then for each feed the lease, reads the committed token,
follows the feed with `export_batches` from that token (or `start`, a date, on a first run) and
commits each batch's rows, and its rejected records (`_rejects`), with the token after them. The
commit is shielded from cancellation, so SIGINT or SIGTERM end a run between transactions, never
inside one. A tenant another worker holds is asked for again every `lease_retry` seconds (so a
dead worker's tenants are taken over); without `follow`, a feed counts as done once someone
committed it caught up after this run started.

A failure (wrong credentials, an API error after retries, a database error) stops that feed and
is reported with its tenant and feed; the other feeds and tenants go on. With `follow`, the
failed feed is tried again after `poll_interval`, and counts as failed only while it still is;
when the database session holding the tenant was lost (PostgreSQL restarted), every feed of the
tenant stops and the tenant is taken again, on a new session, from the committed tokens.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import signal
import time
from collections.abc import Sequence
from types import FrameType
from typing import Any

import anyio

from .._client import ServiceTitanClient
from .._constants import EXPORT_POLL_INTERVAL_SECONDS, SYNC_LEASE_RETRY_SECONDS
from .._errors import ServiceTitanError
from .._export import export_batches
from ._feeds import Feed, FeedRow, batch_endpoint
from ._progress import FeedProgress, Reporter
from ._refetch import refetching
from ._rejects import Reject
from ._store import Lease, RefusedRows, Store, SyncError, TenantHold
from ._tenants import TenantSource

__all__ = ["RejectedRecordError", "SyncOptions", "SyncOutcome", "run_sync"]

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Exit statuses besides 0 (every feed caught up) and 128 + signal number (interrupted).
EXIT_FAILED = 1
# Every feed caught up (or `--follow` was stopped), but records were quarantined this run.
EXIT_REJECTED = 3


@dataclasses.dataclass(frozen=True)
class SyncOptions:
    feeds: Sequence[Feed]
    worker: str
    follow: bool = False
    poll_interval: float = EXPORT_POLL_INTERVAL_SECONDS
    lease_retry: float = SYNC_LEASE_RETRY_SECONDS
    # Feeds this worker holds at once (None: no limit), so a fleet shares them out; a tenant's
    # feeds are held together, so this holds max(1, max_feeds // len(feeds)) tenants.
    max_feeds: int | None = None
    # Stop a feed at its first malformed record instead of quarantining it.
    strict: bool = False
    # Where a feed never synced before starts (`--from`): records modified since that date.
    start: datetime.date | None = None

    @property
    def max_tenants(self) -> int | None:
        if self.max_feeds is None:
            return None
        return max(1, self.max_feeds // len(self.feeds))


class RejectedRecordError(SyncError):
    """A malformed record with `--strict`: the feed stops before its batch is written."""


@dataclasses.dataclass
class SyncOutcome:
    """Every feed's progress at the end, and the signal that ended the run, if one did."""

    feeds: list[FeedProgress]
    signal: int | None = None

    @property
    def failed(self) -> list[FeedProgress]:
        return [progress for progress in self.feeds if progress.error is not None]

    @property
    def rejected(self) -> int:
        return sum(progress.rejects for progress in self.feeds)

    def exit_status(self, follow: bool) -> int:
        """1 when a feed failed; 128 + the signal number when a signal cut a one-shot sync
        short; otherwise (every feed finished, or `--follow` was stopped by a signal) 3 when
        records were quarantined in this run, else 0."""
        if self.failed:
            return EXIT_FAILED
        finished = all(progress.caught_up for progress in self.feeds) or (
            follow and self.signal is not None
        )
        if not finished:
            if self.signal is not None and not follow:
                return 128 + self.signal
            return EXIT_FAILED
        return EXIT_REJECTED if self.rejected else 0


class _Run:
    def __init__(self, store: Store, options: SyncOptions, reporter: Reporter) -> None:
        self.store = store
        self.options = options
        self.reporter = reporter
        self.started_at = ""
        limit = options.max_tenants
        self.slots = None if limit is None else anyio.Semaphore(limit)

    def report(self, event: str, progress: FeedProgress, state: str) -> None:
        progress.state = state
        self.reporter.report(event, progress)

    def fail(self, progress: FeedProgress, error: Exception) -> None:
        progress.error = f"{type(error).__name__}: {error}"
        # Not known to be caught up any more until a commit says so again.
        progress.caught_up = False
        self.report("failed", progress, "failed")

    async def tenant(self, source: TenantSource, feeds: list[FeedProgress]) -> None:
        try:
            client = source.open()
        except ServiceTitanError as error:
            for progress in feeds:
                self.fail(progress, error)
            return
        async with client:
            while True:
                hold = await self.take(source.tenant, feeds)
                if hold is None:
                    return
                try:
                    await anyio.sleep(hold.pause)
                    async with anyio.create_task_group() as group:
                        for feed, progress in zip(self.options.feeds, feeds, strict=True):
                            group.start_soon(self.feed, client, hold, feed, progress, group)
                finally:
                    with anyio.CancelScope(shield=True):
                        await hold.release()
                        if self.slots is not None:
                            self.slots.release()
                if not (self.options.follow and hold.lost):
                    return
                # The session holding the tenant was lost: take the tenant again.
                await anyio.sleep(self.options.lease_retry)

    async def done_elsewhere(self, tenant: int, feed: Feed, progress: FeedProgress) -> bool:
        """Without `follow`: whether another worker caught the feed up since this run started."""
        if self.options.follow or not await self.store.caught_up_since(
            tenant, feed, self.started_at
        ):
            return False
        progress.caught_up = True
        self.report("done-elsewhere", progress, "caught up by another worker")
        return True

    async def take(self, tenant: int, feeds: list[FeedProgress]) -> TenantHold | None:
        """The tenant's hold once this worker gets it, or None when there is nothing left to do
        (without `follow`: other workers caught every feed up, or the database failed)."""
        waiting = False
        while True:
            try:
                remaining = [
                    progress
                    for feed, progress in zip(self.options.feeds, feeds, strict=True)
                    if not progress.caught_up
                    and not await self.done_elsewhere(tenant, feed, progress)
                ]
                if not self.options.follow and not remaining:
                    return None
                if self.slots is not None:
                    await self.slots.acquire()
                try:
                    hold = await self.store.hold(tenant, self.options.worker)
                except BaseException:
                    if self.slots is not None:
                        self.slots.release()
                    raise
            except SyncError as error:
                for progress in feeds:
                    self.fail(progress, error)
                if not self.options.follow:
                    return None
                await anyio.sleep(self.options.poll_interval)
                continue
            if hold is not None:
                return hold
            if self.slots is not None:
                self.slots.release()
            if not waiting:
                waiting = True
                for progress in feeds:
                    self.report("waiting", progress, "held by another worker")
            await anyio.sleep(self.options.lease_retry)

    async def feed(
        self,
        client: ServiceTitanClient,
        hold: TenantHold,
        feed: Feed,
        progress: FeedProgress,
        group: anyio.abc.TaskGroup,
    ) -> None:
        waiting = False
        while True:
            try:
                if progress.caught_up and not self.options.follow:
                    return
                if await self.done_elsewhere(progress.tenant, feed, progress):
                    return
                lease = await hold.lease(feed)
                if lease is None:
                    if not waiting:
                        waiting = True
                        self.report("waiting", progress, "held by another worker")
                    await anyio.sleep(self.options.lease_retry)
                    continue
                try:
                    await self.follow(client, progress.tenant, feed, lease, progress)
                finally:
                    with anyio.CancelScope(shield=True):
                        self.report("released", progress, progress.state)
                        await lease.release()
                return
            except ServiceTitanError as error:
                self.fail(progress, error)
                if hold.lost:
                    # Every feed of the tenant is stopped; `tenant` takes the tenant again.
                    group.cancel_scope.cancel()
                    return
                if not self.options.follow:
                    return
            except anyio.get_cancelled_exc_class():
                if not progress.caught_up or self.options.follow:
                    self.report("stopped", progress, "stopped")
                raise
            # Following, a failed feed is tried again when its next poll would have been.
            await anyio.sleep(self.options.poll_interval)

    def _check_strict(self, rejects: Sequence[Reject], lease: Lease) -> None:
        """With `--strict`, the first reject stops the feed before its batch is written."""
        if rejects and self.options.strict:
            first = rejects[0]
            raise RejectedRecordError(
                f"record {first.index} of the batch after token {lease.token!r}: "
                f"{first.reason} (--strict stops here; without it the record is "
                "quarantined in sync_rejects)"
            )

    async def follow(
        self,
        client: ServiceTitanClient,
        tenant: int,
        feed: Feed,
        lease: Lease,
        progress: FeedProgress,
    ) -> None:
        progress.started = time.monotonic()
        if progress.resumed is None:
            progress.resumed = lease.token is not None
        self.report("leased", progress, "syncing")
        batches = export_batches(
            refetching(
                batch_endpoint(feed, tenant, self.store.dialect.booleans),
                progress.count_body_retry,
            ),
            client=client,
            start=lease.token if lease.token is not None else self.options.start,
            follow=self.options.follow,
            poll_interval=self.options.poll_interval,
        )
        async with batches:
            async for batch in batches:
                caught_up = not batch.has_more
                rows = [item for item in batch.records if type(item) is FeedRow]
                rejects = [item for item in batch.records if type(item) is Reject]
                self._check_strict(rejects, lease)
                with anyio.CancelScope(shield=True):
                    try:
                        stale = await lease.commit(
                            rows, batch.continue_from, caught_up=caught_up, rejects=rejects
                        )
                    except RefusedRows as refused:
                        # Quarantined like a record that cannot be keyed, the rest committed.
                        kept, rejects = _without_refused(batch.records, rows, refused)
                        self._check_strict(rejects, lease)
                        rows = kept
                        stale = await lease.commit(
                            rows, batch.continue_from, caught_up=caught_up, rejects=rejects
                        )
                progress.records += len(rows)
                progress.batches += 1
                if rows:
                    newest = max(row.modified_on for row in rows)
                    if progress.newest_modified_on is None or newest > progress.newest_modified_on:
                        progress.newest_modified_on = newest
                progress.error = None
                progress.last_batch = time.monotonic()
                self.report("batch", progress, progress.state)
                if rejects:
                    progress.rejects += len(rejects)
                    progress.last_problem = f"record {rejects[0].index}: {rejects[0].reason}"
                    self.report("rejected", progress, progress.state)
                if stale:
                    progress.stale += stale
                    self.report("stale", progress, progress.state)
                if caught_up and not progress.caught_up:
                    progress.caught_up = True
                    self.report(
                        "caught-up", progress, "following" if self.options.follow else "caught up"
                    )
                elif not caught_up and progress.caught_up:
                    progress.caught_up = False
                    progress.state = "syncing"


def _without_refused(
    records: Sequence[FeedRow | Reject], rows: Sequence[FeedRow], refused: RefusedRows
) -> tuple[list[FeedRow], list[Reject]]:
    """The batch's `rows` but those the database refused, and the batch's rejects with those
    added, in batch order (`rows` are the `FeedRow`s of `records`, in order)."""
    places = [index for index, item in enumerate(records) if isinstance(item, FeedRow)]
    rejects = [item for item in records if isinstance(item, Reject)]
    for index, reason in refused.reasons.items():
        row = rows[index]
        why = f"the database refused it: {reason}"
        rejects.append(Reject(places[index], str(row.id), why, row.text))
    kept = [row for index, row in enumerate(rows) if index not in refused.reasons]
    return kept, sorted(rejects, key=lambda reject: reject.index)


async def run_sync(
    store: Store,
    tenants: Sequence[TenantSource],
    options: SyncOptions,
    reporter: Reporter,
) -> SyncOutcome:
    """Sync every feed of every tenant into `store` until caught up (or, with `follow`, until
    SIGINT or SIGTERM); the outcome says how each feed ended."""
    run = _Run(store, options, reporter)
    run.started_at = await store.now()
    per_tenant = [
        [FeedProgress(source.tenant, feed.name) for feed in options.feeds] for source in tenants
    ]
    outcome = SyncOutcome([progress for feeds in per_tenant for progress in feeds])
    # Plain handlers, not the event loop's signal handling: that resets SIGTERM to its default
    # action when it ends, and a SIGTERM in that moment would kill the process outright.
    # Whatever was installed before (the command's quiet exit) comes back afterwards.
    loop = asyncio.get_running_loop()
    previous: dict[int, Any] = {}
    try:
        async with anyio.create_task_group() as group:

            def stop(signum: int, frame: FrameType | None) -> None:
                if outcome.signal is None:
                    outcome.signal = signum
                loop.call_soon_threadsafe(group.cancel_scope.cancel)

            for signum in STOP_SIGNALS:
                previous[signum] = signal.signal(signum, stop)
            for source, feeds in zip(tenants, per_tenant, strict=True):
                group.start_soon(run.tenant, source, feeds)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return outcome
