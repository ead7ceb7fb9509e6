"""What every generated resource (`st.customers`, `st.customers.contacts`, ...) is built on.

The resource classes themselves are generated from the document into
`servicetitan_crm.generated.resources` (see `scripts/emit_resources.py`); this module holds the
parts they share: the per-call options (`timeout=`, `retry=`, `extra_headers=`, `extra_query=`)
`ListCall`, what a list method returns, and `ExportCall`, what an export method returns. The
options themselves (names, defaults, checks) are declared in `_options`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._config import NOT_GIVEN, NotGiven
from ._export import ExportBatch, ExportBatchStream, ExportEnvelope, ExportRecord, batch_records
from ._options import CallOptions, ExportOptions, ListOptions, Timeout
from ._paging import PageEnvelope, PageStream, page_items
from ._prefetch import ItemStream
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._client import ServiceTitanClient

__all__ = ["ExportCall", "ListCall", "Resource", "Timeout"]

P = TypeVar("P", bound=PageEnvelope[Any])
T = TypeVar("T")
R = TypeVar("R", bound=ExportRecord)


class Resource:
    """A group of operations bound to one client (and, for nested resources, nothing else)."""

    def __init__(self, client: ServiceTitanClient) -> None:
        self._client = client

    def _with(
        self,
        timeout: Timeout | NotGiven,
        retry: RetryPolicy | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, str] | None,
    ) -> ServiceTitanClient:
        """The client to send one call through: this one, or a view with the call's options."""
        if (
            timeout is NOT_GIVEN
            and retry is NOT_GIVEN
            and extra_headers is None
            and extra_query is None
        ):
            return self._client
        return self._client.for_call(
            CallOptions(
                timeout=timeout, retry=retry, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class ListCall(Generic[P, T]):
    """One list call: await it for the first page, iterate it for every item, page after page.

        page = await st.customers.list(page_size=50)           # the first page, typed
        async for customer in st.customers.list(active="Any"):  # every customer
            ...
        async for page in st.customers.list().pages():          # every page
            ...
        async with st.customers.list(concurrency=4) as customers:  # prefetching pages
            async for customer in customers:
                ...

    Nothing is sent until it is awaited or iterated. Iterating follows `_paging.PageStream`: pages
    are checked against the paging contract, and under `async with` the next pages are already in
    flight while the current one is handled.
    """

    __slots__ = ("_client", "_endpoint", "_filters", "_items", "_options")

    def __init__(
        self,
        endpoint: Callable[..., Awaitable[P]],
        client: ServiceTitanClient,
        *,
        filters: dict[str, Any],
        **options: Any,
    ) -> None:
        """`options` are `ListOptions` by name (`page_size=`, `concurrency=`), checked here, so
        a mistake fails at the call whether the list is then awaited or iterated."""
        self._endpoint = endpoint
        self._client = client
        self._options = ListOptions(**options)
        self._filters = filters
        self._items: ItemStream[P, T] | None = None

    def __await__(self) -> Generator[Any, None, P]:
        return self._first_page().__await__()

    async def _first_page(self) -> P:
        """Page 1 alone, through the same paging contract as every page of a walk."""
        return await self.pages().first()

    def pages(self) -> PageStream[P]:
        """Every page, in order (`async for`, or `async with` to prefetch)."""
        return PageStream(
            self._endpoint, client=self._client, options=self._options, filters=self._filters
        )

    def _item_stream(self) -> ItemStream[P, T]:
        if self._items is None:
            self._items = ItemStream(self.pages(), page_items)
        return self._items

    def __aiter__(self) -> ItemStream[P, T]:
        return self._item_stream()

    async def __aenter__(self) -> ItemStream[P, T]:
        return await self._item_stream().__aenter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        return await self._item_stream().__aexit__(exc_type, exc, traceback)


class ExportCall(Generic[R]):
    """One export feed: iterate it for every record, or `.batches()` for records with positions.

        async with st.exports.customers(checkpoint=FileCheckpoint("c.checkpoint")) as records:
            async for customer in records:
                await upsert(customer)
        async for batch in st.exports.customers(start=saved_token).batches():
            save(batch.records, batch.continue_from)

    The streams are `export_records` / `export_batches` (see `servicetitan_crm._export` for the
    delivery contract: at least once, the checkpoint saved after each batch you have finished).
    """

    __slots__ = ("_client", "_endpoint", "_options", "_records")

    def __init__(
        self,
        endpoint: Callable[..., Awaitable[ExportEnvelope[R]]],
        client: ServiceTitanClient,
        **options: Any,
    ) -> None:
        """`options` are `ExportOptions` by name (`start=`, `checkpoint=`, ...), checked here."""
        self._endpoint = endpoint
        self._client = client
        self._options = ExportOptions(**options)
        self._records: ItemStream[ExportBatch[R], R] | None = None

    def batches(self) -> ExportBatchStream[R]:
        """Whole batches, each with the token after it (`batch.continue_from`)."""
        return ExportBatchStream(self._endpoint, client=self._client, options=self._options)

    def _record_stream(self) -> ItemStream[ExportBatch[R], R]:
        if self._records is None:
            self._records = ItemStream(self.batches(), batch_records)
        return self._records

    def __aiter__(self) -> ItemStream[ExportBatch[R], R]:
        return self._record_stream()

    async def __aenter__(self) -> ItemStream[ExportBatch[R], R]:
        return await self._record_stream().__aenter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        return await self._record_stream().__aexit__(exc_type, exc, traceback)


ListCall.__module__ = "servicetitan_crm"
ExportCall.__module__ = "servicetitan_crm"
