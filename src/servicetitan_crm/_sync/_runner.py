"""The sync itself: every tenant concurrently, every feed of a tenant concurrently.

For each (tenant, feed) a task takes the lease, reads the committed token, follows the feed with
`export_batches` from that token and commits each batch's rows with the token after them. The
commit is shielded from cancellation, so SIGINT or SIGTERM end a run between transactions, never
inside one. A feed another worker holds is asked for again every `lease_retry` seconds (so a dead
worker's feeds are taken over); without `follow`, it counts as done once someone committed it
caught up after this run started.

A failure (wrong credentials, an API error after retries, a database error) stops that feed and
is reported with its tenant and feed; the other feeds and tenants go on. With `follow`, the
failed feed is tried again after `poll_interval`, and counts as failed only while it still is.
"""

from __future__ import annotations

import asyncio
import dataclasses
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
from ._feeds import Feed, batch_endpoint
from ._progress import FeedProgress, Reporter
from ._store import Lease, Store
from ._tenants import TenantSource

__all__ = ["SyncOptions", "SyncOutcome", "run_sync"]

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Exit statuses besides 0 (every feed caught up) and 128 + signal number (interrupted).
EXIT_FAILED = 1


@dataclasses.dataclass(frozen=True)
class SyncOptions:
    feeds: Sequence[Feed]
    worker: str
    follow: bool = False
    poll_interval: float = EXPORT_POLL_INTERVAL_SECONDS
    lease_retry: float = SYNC_LEASE_RETRY_SECONDS
    # Feeds this worker holds at once (None: no limit), so a fleet shares them out.
    max_feeds: int | None = None


@dataclasses.dataclass
class SyncOutcome:
    """Every feed's progress at the end, and the signal that ended the run, if one did."""

    feeds: list[FeedProgress]
    signal: int | None = None

    @property
    def failed(self) -> list[FeedProgress]:
        return [progress for progress in self.feeds if progress.error is not None]

    def exit_status(self, follow: bool) -> int:
        """0 when everything finished (or `--follow` was stopped by a signal), 1 when a feed
        failed, 128 + the signal number when a signal cut a one-shot sync short."""
        if self.failed:
            return EXIT_FAILED
        if all(progress.caught_up for progress in self.feeds):
            return 0
        if self.signal is not None and not follow:
            return 128 + self.signal
        return 0 if follow and self.signal is not None else EXIT_FAILED


class _Run:
    def __init__(self, store: Store, options: SyncOptions, reporter: Reporter) -> None:
        self.store = store
        self.options = options
        self.reporter = reporter
        self.started_at = ""
        self.slots = None if options.max_feeds is None else anyio.Semaphore(options.max_feeds)

    def report(self, event: str, progress: FeedProgress, state: str) -> None:
        progress.state = state
        self.reporter.report(event, progress)

    async def tenant(self, source: TenantSource, feeds: list[FeedProgress]) -> None:
        try:
            client = source.open()
        except ServiceTitanError as error:
            for progress in feeds:
                self.fail(progress, error)
            return
        async with client, anyio.create_task_group() as group:
            for feed, progress in zip(self.options.feeds, feeds, strict=True):
                group.start_soon(self.feed, client, source.tenant, feed, progress)

    def fail(self, progress: FeedProgress, error: Exception) -> None:
        progress.error = f"{type(error).__name__}: {error}"
        self.report("failed", progress, "failed")

    async def feed(
        self, client: ServiceTitanClient, tenant: int, feed: Feed, progress: FeedProgress
    ) -> None:
        while True:
            try:
                lease = await self.take(tenant, feed, progress)
                if lease is None:
                    return
                try:
                    await self.follow(client, tenant, feed, lease, progress)
                finally:
                    with anyio.CancelScope(shield=True):
                        self.report("released", progress, progress.state)
                        await lease.release()
                        if self.slots is not None:
                            self.slots.release()
                return
            except ServiceTitanError as error:
                self.fail(progress, error)
                if not self.options.follow:
                    return
            except anyio.get_cancelled_exc_class():
                if not progress.caught_up or self.options.follow:
                    self.report("stopped", progress, "stopped")
                raise
            # Following, a failed feed is tried again when its next poll would have been.
            await anyio.sleep(self.options.poll_interval)

    async def take(self, tenant: int, feed: Feed, progress: FeedProgress) -> Lease | None:
        """The feed's lease once this worker gets it, or None when another worker caught the
        feed up since this run started (only without `follow`)."""
        waiting = False
        while True:
            if not self.options.follow and await self.store.caught_up_since(
                tenant, feed, self.started_at
            ):
                progress.caught_up = True
                self.report("done-elsewhere", progress, "caught up by another worker")
                return None
            if self.slots is not None:
                await self.slots.acquire()
            try:
                lease = await self.store.lease(tenant, feed, self.options.worker)
            except BaseException:
                if self.slots is not None:
                    self.slots.release()
                raise
            if lease is not None:
                return lease
            if self.slots is not None:
                self.slots.release()
            if not waiting:
                waiting = True
                self.report("waiting", progress, "held by another worker")
            await anyio.sleep(self.options.lease_retry)

    async def follow(
        self,
        client: ServiceTitanClient,
        tenant: int,
        feed: Feed,
        lease: Lease,
        progress: FeedProgress,
    ) -> None:
        progress.started = time.monotonic()
        self.report("leased", progress, "syncing")
        batches = export_batches(
            batch_endpoint(feed, tenant),
            client=client,
            start=lease.token,
            follow=self.options.follow,
            poll_interval=self.options.poll_interval,
        )
        async with batches:
            async for batch in batches:
                caught_up = not batch.has_more
                with anyio.CancelScope(shield=True):
                    await lease.commit(batch.records, batch.continue_from, caught_up=caught_up)
                progress.records += len(batch.records)
                progress.batches += 1
                progress.error = None
                progress.last_batch = time.monotonic()
                self.report("batch", progress, progress.state)
                if caught_up and not progress.caught_up:
                    progress.caught_up = True
                    self.report(
                        "caught-up", progress, "following" if self.options.follow else "caught up"
                    )
                elif not caught_up and progress.caught_up:
                    progress.caught_up = False
                    progress.state = "syncing"


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
