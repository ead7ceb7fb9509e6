"""Async iteration over paged list operations: `paginate` yields items, `pages` yields pages.

Both take any generated paged-list endpoint function (`customers_get_list.asyncio`, ...) and pass
filters straight through to it, so a new operation needs no new code here::

    from servicetitan_crm.generated.api.customers import customers_get_list
    from servicetitan_crm.generated.models.active_request_arg import ActiveRequestArg

    async with paginate(
        customers_get_list.asyncio, client=st, active=ActiveRequestArg.ANY
    ) as customers:
        async for customer in customers:
            ...

Customer and location lists hide inactive records unless called with
`active=ActiveRequestArg.ANY` (the wire value `active=Any`). A full sync (every record, inactive
and deleted ones too, with a resumable position) should use the export feeds
(`servicetitan_crm._export`) rather than walking a list.

Under `async with`, the next page is already in flight while the caller handles the current one, and
`concurrency=N` keeps up to N page requests in flight (the client's rate limiter still bounds the
request rate); pages are yielded in order and pages past the last one are cancelled or discarded.
Leaving the block (`break`, an exception, a cancellation) cancels every request in flight before
the block exits. A plain `async for` without `async with` is also safe: it fetches one page at a
time in the caller's task, so nothing is left running when the loop ends.

Memory stays bounded by (concurrency + 1) pages: the one the caller holds, and at most
`concurrency` more that are in flight or fetched and waiting to be taken.
"""

from __future__ import annotations

import inspect
import sys
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

import anyio
from anyio.streams.memory import MemoryObjectSendStream

from ._constants import DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE, MAX_EMPTY_PAGES_WITH_MORE
from ._errors import ConfigurationError, PaginationError
from ._options import ListOptions
from ._prefetch import ItemStream, PrefetchingStream
from .generated.client import HttpClient

__all__ = [
    "PageEnvelope",
    "PageStream",
    "check_endpoint",
    "describe_operation",
    "page_items",
    "pages",
    "paginate",
]

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class PageEnvelope(Protocol[T_co]):
    """What a paged-list response model offers (every generated one does, structurally).

    `totalCount` is not read here; the page objects `pages` yields are the generated models
    themselves, with `.total_count` filled when the call passed `include_total=True`.
    """

    @property
    def page(self) -> int: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def data(self) -> Sequence[T_co]: ...


P = TypeVar("P", bound=PageEnvelope[Any])

_PAGED_PARAMETERS = ("page", "page_size")
_PAGED_WANTED = (
    "pages and paginate take a paged list endpoint function such as customers_get_list.asyncio"
)


def check_endpoint(endpoint: Callable[..., object], *, wanted: str, needs: tuple[str, ...]) -> str:
    """The operation of `endpoint` (see `describe_operation`), once it looks like what is `wanted`.

    A stream given the wrong endpoint function would otherwise fail only after a request (or,
    given `asyncio_detailed`, on the `Response` it returns). `needs` are keyword parameters every
    wanted endpoint takes; `wanted` opens the error message.
    """
    if not callable(endpoint):
        raise ConfigurationError(f"{wanted}, not {endpoint!r}")
    operation = describe_operation(endpoint)
    if getattr(endpoint, "__name__", "") == "asyncio_detailed":
        raise ConfigurationError(f"{wanted}: the asyncio function, not asyncio_detailed")
    try:
        parameters = inspect.signature(endpoint).parameters
    except (TypeError, ValueError):  # no signature to read: let the call decide
        return operation
    missing = [needed for needed in needs if needed not in parameters]
    if missing:
        raise ConfigurationError(
            f"{wanted}; {operation} is not one (it has no {' or '.join(missing)} parameter)"
        )
    return operation


def describe_operation(endpoint: Callable[..., object]) -> str:
    """The operation an endpoint function calls, e.g. `GET /customers`, for error messages."""
    module = sys.modules.get(endpoint.__module__)
    operation = getattr(module, "OPERATION", None)
    if isinstance(operation, str):
        return operation
    return f"{endpoint.__module__}.{endpoint.__qualname__}"


class _Request(Generic[P]):
    """One page request running in the stream's task group, with its own cancel scope."""

    __slots__ = ("done", "error", "number", "result", "scope")

    def __init__(self, number: int) -> None:
        self.number = number
        self.scope = anyio.CancelScope()
        self.done = anyio.Event()
        self.result: P | None = None
        self.error: Exception | None = None


class PageStream(PrefetchingStream[P]):
    """Pages of one list operation, in order, from page 1 until a page says `hasMore: false`.

    Each yielded page is the generated response model: `.page`, `.has_more`, `.total_count`,
    `.data`. A page that breaks the paging contract (another page number than asked for, more items
    than `page_size`, the same items as the page before, more items in all than the `totalCount`
    it states, or the `MAX_EMPTY_PAGES_WITH_MORE`th empty page in a row that says `hasMore: true`)
    raises `PaginationError` instead of being followed, so a misbehaving server can never make the
    loop run forever.
    """

    def __init__(
        self,
        endpoint: Callable[..., Awaitable[P | None]],
        *,
        client: HttpClient,
        options: ListOptions,
        filters: dict[str, Any],
    ) -> None:
        super().__init__(check_endpoint(endpoint, wanted=_PAGED_WANTED, needs=_PAGED_PARAMETERS))
        if "page" in filters:
            raise ConfigurationError("page is chosen by the stream; it always starts at page 1")
        self._endpoint = endpoint
        self._client = client
        self._page_size = options.page_size
        self._concurrency = options.concurrency
        self._filters = filters
        self._next_number = 1
        self._finished = False
        # (item count, first item, last item) of the page before, to recognise a repeated page
        # without keeping the whole page alive.
        self._previous: tuple[int, object, object] | None = None
        self._delivered = 0
        self._empty_with_more = 0

    async def _fetch(self, number: int) -> P:
        page = await self._endpoint(
            client=self._client, page=number, page_size=self._page_size, **self._filters
        )
        if page is None:
            raise PaginationError(self._operation, number, "the response had no page body")
        return page

    async def first(self) -> P:
        """Page 1 alone, checked like every page (what awaiting a list call returns).

        Unlike iterating, it needs no `async with` whatever the concurrency: it is one request.
        """
        if self._next_number != 1 or self._entered:
            raise RuntimeError(f"{type(self).__name__}.first() is for a stream not yet iterated")
        self._next_number = 2
        return self._accept(await self._fetch(1), 1)

    def _accept(self, page: P, number: int) -> P:
        """Check one page against the paging contract, in page order."""
        if page.page != number:
            raise PaginationError(
                self._operation, number, f"the server answered page {page.page} instead"
            )
        data = page.data
        count = len(data)
        if count > self._page_size:
            raise PaginationError(
                self._operation,
                number,
                f"{count} items exceed the requested page size of {self._page_size}",
            )
        if count:
            signature = (count, data[0], data[-1])
            if signature == self._previous:
                raise PaginationError(
                    self._operation, number, "the page repeats the items of the page before"
                )
            self._previous = signature
        self._delivered += count
        total = getattr(page, "total_count", None)
        if isinstance(total, int) and self._delivered > total:
            raise PaginationError(
                self._operation,
                number,
                f"{self._delivered} items so far pass the totalCount of {total}",
            )
        self._empty_with_more = self._empty_with_more + 1 if not count and page.has_more else 0
        if self._empty_with_more >= MAX_EMPTY_PAGES_WITH_MORE:
            raise PaginationError(
                self._operation,
                number,
                f"{self._empty_with_more} empty pages in a row say hasMore: true",
            )
        if not page.has_more:
            self._finished = True
        return page

    async def _step(self) -> P:
        if self._concurrency > 1:
            raise RuntimeError(
                "concurrency > 1 needs the stream entered with `async with`, which owns the "
                "requests in flight"
            )
        if self._finished:
            raise StopAsyncIteration
        number = self._next_number
        self._next_number += 1
        return self._accept(await self._fetch(number), number)

    async def _run(self, request: _Request[P]) -> None:
        with request.scope:
            try:
                request.result = await self._fetch(request.number)
            except Exception as exc:  # delivered to the caller in page order
                request.error = exc
        request.done.set()

    async def _produce(self, send: MemoryObjectSendStream[P | Exception]) -> None:
        task_group = self._task_group
        assert task_group is not None
        window: deque[_Request[P]] = deque()
        async with send:
            while True:
                while len(window) < self._concurrency:
                    request: _Request[P] = _Request(self._next_number)
                    self._next_number += 1
                    window.append(request)
                    task_group.start_soon(self._run, request)
                head = window.popleft()
                await head.done.wait()
                try:
                    if head.error is not None:
                        raise head.error
                    assert head.result is not None
                    page = self._accept(head.result, head.number)
                except Exception as exc:
                    for request in window:
                        request.scope.cancel()
                    await send.send(exc)
                    return
                if self._finished:
                    # Pages past the last one: cancel them, or drop what they already returned.
                    for request in window:
                        request.scope.cancel()
                    await send.send(page)
                    return
                await send.send(page)


def page_items(page: PageEnvelope[T]) -> Sequence[T]:
    return page.data


def pages(
    endpoint: Callable[..., Awaitable[P | None]],
    *,
    client: HttpClient,
    page_size: int = DEFAULT_PAGE_SIZE,
    concurrency: int = DEFAULT_PAGE_CONCURRENCY,
    **filters: Any,
) -> PageStream[P]:
    """Iterate over the pages of a paged list operation.

    `endpoint` is a generated `asyncio` function; `filters` go to it unchanged (`active=...`,
    `include_total=True`, `modified_on_or_after=...`). `page_size` is at most `MAX_PAGE_SIZE`
    (5000). Customer and location lists leave out inactive records unless
    `active=ActiveRequestArg.ANY` is given; for a full sync use the export feeds instead.

        async with pages(customers_get_list.asyncio, client=st, include_total=True) as stream:
            async for page in stream:
                print(page.page, page.total_count, len(page.data), page.has_more)
    """
    options = ListOptions(page_size=page_size, concurrency=concurrency)
    return PageStream(endpoint, client=client, options=options, filters=filters)


def paginate(
    endpoint: Callable[..., Awaitable[PageEnvelope[T] | None]],
    *,
    client: HttpClient,
    page_size: int = DEFAULT_PAGE_SIZE,
    concurrency: int = DEFAULT_PAGE_CONCURRENCY,
    **filters: Any,
) -> ItemStream[PageEnvelope[T], T]:
    """Iterate over every item of a paged list operation, page after page.

    Takes the same arguments as `pages`. Customer and location lists leave out inactive records
    unless `active=ActiveRequestArg.ANY` is given; for a full sync use the export feeds instead.

        async with paginate(
            locations_get_list.asyncio, client=st, active=ActiveRequestArg.ANY
        ) as locations:
            async for location in locations:
                ...
    """
    options = ListOptions(page_size=page_size, concurrency=concurrency)
    stream: PageStream[PageEnvelope[T]] = PageStream(
        endpoint, client=client, options=options, filters=filters
    )
    return ItemStream(stream, page_items)
