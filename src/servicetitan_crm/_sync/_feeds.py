"""The export feeds as tables: which feeds there are, and each response turned into table rows.

The feeds are the document's export operations (`feeds_of(document)`; `FEEDS` are the generated
document's): each has a name for the CLI (`customer-contacts`), its table (`_tables`: typed
columns and child tables derived from the record schema) and its generated endpoint module.

The response body is decoded here (`_envelope`), not through the generated models: the sync
stores what the server sent, and skipping the model round trip (parse, then `to_dict`, then
encode) is what lets it keep up with a bare `export_records` loop. A record without an integer `id`
or a timestamp `modifiedOn` becomes a `Reject` naming the record and the field, in its place among
the rows (see `_rejects`); any other value that does not fit its column is stored as NULL and named
in the row's `_unfit` (see `_rows`); a body that is not an export envelope raises
`ResponseDecodeError`.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any

import httpx2

from .._document import Document
from .._errors import ResponseDecodeError
from ..generated.client import HttpClient
from ..generated.document import DOCUMENT
from ..generated.types import UNSET, Unset
from ._envelope import split_envelope
from ._rejects import BatchRows, Reject
from ._rows import Booleans, FeedRow, row_reader
from ._tables import Table, tables_of
from ._timestamps import canonical_timestamp

__all__ = [
    "FEEDS",
    "DecodedBatch",
    "Feed",
    "FeedRow",
    "canonical_timestamp",
    "feed_named",
    "feeds_of",
    "row_builder",
]

_GENERATED_API = "servicetitan_crm.generated.api"


@dataclasses.dataclass(frozen=True, slots=True)
class Feed:
    """One export feed: the name the CLI uses, its table's layout, its generated endpoint."""

    name: str
    layout: Table
    endpoint: ModuleType

    @property
    def table(self) -> str:
        """The feed's table: `customers`, `customer_contacts`, ..."""
        return self.layout.name

    @property
    def operation(self) -> str:
        """`GET /export/customers`: how errors name the feed's operation."""
        operation: str = self.endpoint.OPERATION
        return operation


def feeds_of(document: Document) -> tuple[Feed, ...]:
    """The export feeds of `document`, in its order. A test passes a changed document to see
    the tables it would make; the endpoints are always the generated ones."""
    feeds = []
    for layout in tables_of(document):
        operation = layout.operation
        module = importlib.import_module(f"{_GENERATED_API}.{operation.package}.{operation.module}")
        feeds.append(Feed(layout.name.replace("_", "-"), layout, module))
    return tuple(feeds)


FEEDS: tuple[Feed, ...] = feeds_of(DOCUMENT)


def feed_named(name: str, feeds: Sequence[Feed] = FEEDS) -> Feed:
    """The feed called `name` (`customers`, `customer-contacts`, ...), else a ValueError."""
    for feed in feeds:
        if feed.name == name:
            return feed
    choices = ", ".join(feed.name for feed in feeds)
    raise ValueError(f"unknown feed {name!r}; the feeds are {choices}")


def row_builder(
    feed: Feed, tenant: int, booleans: Booleans = (False, True)
) -> Callable[[Any, str], FeedRow]:
    """A function from one record, decoded and as text, to its `FeedRow` (booleans as
    `booleans`: false, true)."""
    return row_reader(feed.layout, tenant, booleans)


@dataclasses.dataclass(frozen=True, slots=True)
class DecodedBatch:
    """An export response with its records already turned into rows (an `ExportEnvelope`); a
    record that could not be is a `Reject` in its place."""

    has_more: bool
    continue_from: str
    data: Sequence[FeedRow | Reject]


def decode_batch(
    feed: Feed, response: httpx2.Response, build: Callable[[Any, str], FeedRow]
) -> DecodedBatch:
    """The response's envelope checked; its records become rows when first read (`BatchRows`)."""
    if response.status_code != 200:
        raise ResponseDecodeError(feed.operation, response, None)
    try:
        members, data = split_envelope(response.content.decode("utf-8"))
        has_more = members.get("hasMore")
        continue_from = members.get("continueFrom")
        if not isinstance(has_more, bool):
            raise ValueError(f"hasMore is {has_more!r}, not a boolean")
        if type(continue_from) is not str:
            raise ValueError(f"continueFrom is {continue_from!r}, not a string")
        if data is None:
            raise ValueError(f"data is {type(members.get('data')).__name__}, not an array")
        rows = BatchRows(data, build)
    except ValueError as error:  # json.JSONDecodeError and UnicodeDecodeError are ones too
        raise ResponseDecodeError(feed.operation, response, error) from error
    return DecodedBatch(has_more, continue_from, rows)


def batch_endpoint(
    feed: Feed, tenant: int, booleans: Booleans = (False, True)
) -> Callable[..., Awaitable[DecodedBatch]]:
    """An endpoint function for `export_batches` that yields rows of `feed` for `tenant`.

    It sends the generated endpoint's request (same path and parameters, through the client's
    auth, rate limiter and retries) and decodes the body into rows instead of models.
    """
    module = feed.endpoint
    build = row_builder(feed, tenant, booleans)

    async def fetch(
        *,
        client: HttpClient,
        from_: str | Unset = UNSET,
        include_recent_changes: bool | Unset = UNSET,
    ) -> DecodedBatch:
        request = module._get_kwargs(from_=from_, include_recent_changes=include_recent_changes)
        response = await client.get_async_httpx_client().request(**request)
        return decode_batch(feed, response, build)

    # `describe_operation` reads OPERATION from the function's module: errors name the operation.
    fetch.__module__ = module.__name__
    return fetch
