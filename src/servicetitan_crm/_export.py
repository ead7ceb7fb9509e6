"""Async iteration over the export feeds, resumable from a durable checkpoint.

`export_records` yields records, `export_batches` yields whole batches with the token after them.
Both take any of the six generated export endpoint functions::

    from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

    store = FileCheckpoint("customers.checkpoint")
    async with export_records(
        export_customers_get_customers.asyncio, client=st, checkpoint=store
    ) as records:
        async for customer in records:
            await upsert(customer)

The feed is followed (`continueFrom` while `hasMore`) from the beginning, from `start` (a token
saved earlier, or a date: records modified since then), or, when the checkpoint store holds a
token, from that token, which wins over `start`. Exports include inactive and deleted records
(see their `active` flag).

Delivery is at least once. The checkpoint is the token of the last batch the caller has finished
with, saved when the caller asks for the record after that batch's last one. A crash anywhere
(an exception, a cancellation, a killed process) therefore restarts at the beginning of the batch
being handled: no record is skipped, and some may be seen twice, so handling a record must be
idempotent (an upsert by id). `includeRecentChanges=true` also repeats records between consecutive
responses; `deduplicate=True` drops a record whose (id, modifiedOn) was in the previous non-empty
response, keeping only that one response's keys in memory.

With `follow=True` the stream never ends by itself: when the feed is caught up it waits
`poll_interval` seconds (default `EXPORT_POLL_INTERVAL_SECONDS`, 5 minutes, as the platform asks)
and asks again with the last token, until cancelled. Under `async with`, the next batch is fetched
while the caller handles the current one (at most two batches in memory) and leaving the block
cancels the request in flight; a plain `async for` fetches each batch when it is asked for.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import anyio

from ._checkpoint import CheckpointStore
from ._constants import EXPORT_POLL_INTERVAL_SECONDS
from ._errors import PaginationError
from ._options import ExportOptions
from ._paging import check_endpoint
from ._prefetch import ItemStream, PrefetchingStream
from .generated.client import HttpClient

__all__ = [
    "ExportBatch",
    "ExportBatchStream",
    "ExportEnvelope",
    "ExportRecord",
    "batch_records",
    "export_batches",
    "export_records",
]


class ExportRecord(Protocol):
    """What de-duplication reads from an export item (every generated one has both)."""

    @property
    def id(self) -> Hashable: ...

    @property
    def modified_on(self) -> Hashable: ...


R_co = TypeVar("R_co", bound=ExportRecord, covariant=True)
R = TypeVar("R", bound=ExportRecord)

_EXPORT_PARAMETERS = ("from_", "include_recent_changes")
_EXPORT_WANTED = (
    "export_records and export_batches take an export endpoint function "
    "such as export_customers_get_customers.asyncio"
)


class ExportEnvelope(Protocol[R_co]):
    """What an export response model offers (every generated one does, structurally)."""

    @property
    def has_more(self) -> bool: ...

    @property
    def continue_from(self) -> str: ...

    @property
    def data(self) -> Sequence[R_co]: ...


@dataclass(frozen=True, slots=True)
class ExportBatch(Generic[R]):
    """One export response: its records (after de-duplication, if asked) and the token after them.

    Store `continue_from` in the same transaction as the records to resume exactly after them.
    `has_more` is false when this batch caught the feed up.
    """

    records: Sequence[R]
    continue_from: str
    has_more: bool


def _from_parameter(start: str | datetime.date | None) -> str | None:
    """The `from` query value of a checked `start` (`_option_checks.start`)."""
    if isinstance(start, datetime.datetime):
        if start.tzinfo is not None:
            start = start.astimezone(datetime.UTC).replace(tzinfo=None)
        return start.isoformat() + "Z"
    if isinstance(start, datetime.date):
        return start.isoformat()
    return start


class ExportBatchStream(PrefetchingStream[ExportBatch[R]]):
    """The batches of one export feed, saving each batch's token once the caller is past it."""

    def __init__(
        self,
        endpoint: Callable[..., Awaitable[ExportEnvelope[R] | None]],
        *,
        client: HttpClient,
        options: ExportOptions,
    ) -> None:
        super().__init__(check_endpoint(endpoint, wanted=_EXPORT_WANTED, needs=_EXPORT_PARAMETERS))
        self._endpoint = endpoint
        self._client = client
        self._start = _from_parameter(options.start)
        self._checkpoint = options.checkpoint
        self._extra: dict[str, Any] = (
            {"include_recent_changes": True} if options.include_recent_changes else {}
        )
        self._deduplicate = options.deduplicate
        self._follow = options.follow
        self._poll_interval = options.poll_interval
        self._position: str | None = None
        self._started = False
        self._caught_up = False
        self._previous_keys: frozenset[tuple[Hashable, Hashable]] = frozenset()
        self._saved: str | None = None
        self._unsaved: str | None = None

    async def _step(self) -> ExportBatch[R]:
        if not self._started:
            self._started = True
            saved = await self._checkpoint.load() if self._checkpoint is not None else None
            self._saved = saved
            self._position = saved if saved is not None else self._start
        elif self._caught_up:
            if not self._follow:
                raise StopAsyncIteration
            await anyio.sleep(self._poll_interval)
        asked = self._position
        if asked is None:
            response = await self._endpoint(client=self._client, **self._extra)
        else:
            response = await self._endpoint(client=self._client, from_=asked, **self._extra)
        if response is None:
            raise PaginationError(self._operation, asked, "the response had no body")
        token = response.continue_from
        if not isinstance(token, str) or not token:
            raise PaginationError(self._operation, asked, f"continueFrom is {token!r}")
        if response.has_more and token == asked:
            raise PaginationError(
                self._operation, asked, "hasMore is true but continueFrom did not advance"
            )
        records = response.data
        if self._deduplicate and records:
            keys = [(record.id, record.modified_on) for record in records]
            previous = self._previous_keys
            if previous:
                records = [r for r, key in zip(records, keys, strict=True) if key not in previous]
            self._previous_keys = frozenset(keys)
        self._position = token
        self._caught_up = not response.has_more
        return ExportBatch(records, token, response.has_more)

    async def __anext__(self) -> ExportBatch[R]:
        # Asking for the next batch means the caller is done with the one before: save its token.
        unsaved = self._unsaved
        if unsaved is not None and self._checkpoint is not None and unsaved != self._saved:
            await self._checkpoint.save(unsaved)
            self._saved = unsaved
        self._unsaved = None
        batch = await super().__anext__()
        self._unsaved = batch.continue_from
        return batch


def batch_records(batch: ExportBatch[R]) -> Sequence[R]:
    return batch.records


def export_batches(
    endpoint: Callable[..., Awaitable[ExportEnvelope[R] | None]],
    *,
    client: HttpClient,
    start: str | datetime.date | None = None,
    checkpoint: CheckpointStore | None = None,
    include_recent_changes: bool = False,
    deduplicate: bool = False,
    follow: bool = False,
    poll_interval: float = EXPORT_POLL_INTERVAL_SECONDS,
) -> ExportBatchStream[R]:
    """Iterate over the batches of an export feed, each with the token after its records.

    For callers that commit records and position together: store `batch.continue_from` with the
    records and pass it back as `start` next time. A `checkpoint` store, if given, is saved with a
    batch's token when the next batch is asked for. See the module docstring for the rest.
    """
    options = ExportOptions(
        start=start,
        checkpoint=checkpoint,
        include_recent_changes=include_recent_changes,
        deduplicate=deduplicate,
        follow=follow,
        poll_interval=poll_interval,
    )
    return ExportBatchStream(endpoint, client=client, options=options)


def export_records(
    endpoint: Callable[..., Awaitable[ExportEnvelope[R] | None]],
    *,
    client: HttpClient,
    start: str | datetime.date | None = None,
    checkpoint: CheckpointStore | None = None,
    include_recent_changes: bool = False,
    deduplicate: bool = False,
    follow: bool = False,
    poll_interval: float = EXPORT_POLL_INTERVAL_SECONDS,
) -> ItemStream[ExportBatch[R], R]:
    """Iterate over every record of an export feed, at least once each, resumable from `checkpoint`.

    `start` is a saved token or a date (records modified since then) and is used only when the
    checkpoint store is empty. `include_recent_changes=True` asks for changes younger than the
    platform's ~15-minute delay, which can repeat records between consecutive responses;
    `deduplicate=True` drops those repeats. `follow=True` keeps polling a caught-up feed every
    `poll_interval` seconds until cancelled. See the module docstring for the delivery contract.
    """
    stream = export_batches(
        endpoint,
        client=client,
        start=start,
        checkpoint=checkpoint,
        include_recent_changes=include_recent_changes,
        deduplicate=deduplicate,
        follow=follow,
        poll_interval=poll_interval,
    )
    return ItemStream(stream, batch_records)
