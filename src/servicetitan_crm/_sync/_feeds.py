"""The six export feeds as tables: their columns, and each response turned into table rows.

A feed's table has the tenant and the record id as primary key, a few typed key columns that
every user filters on (`modified_on`, `active`, `created_on` and per-feed ones such as
`customer_id` or `status`), and `record`: the record's own text from the response, byte for
byte, so unknown fields and enum values are kept verbatim.

The response body is decoded here (`_envelope`), not through the generated models: the sync
stores what the server sent, and skipping the model round trip (parse, then `to_dict`, then
encode) is what lets it keep up with a bare `export_records` loop. A record without an integer `id`
or a timestamp `modifiedOn`, or a key column of the wrong type, becomes a `Reject` naming the
record and the field, in its place among the rows (see `_rejects`); a body that is not an export
envelope raises `ResponseDecodeError`.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any, Literal, NamedTuple

import httpx2

from .._errors import ResponseDecodeError
from ..generated.api.export_bookings import export_bookings_get
from ..generated.api.export_contacts import (
    export_contacts_customers_contacts,
    export_contacts_locations_contacts,
)
from ..generated.api.export_customers import export_customers_get_customers
from ..generated.api.export_leads import export_leads_leads
from ..generated.api.export_locations import export_locations_locations
from ..generated.client import HttpClient
from ..generated.types import UNSET, Unset
from ._envelope import split_envelope
from ._rejects import Reject, split_rows

__all__ = [
    "FEEDS",
    "Column",
    "DecodedBatch",
    "Feed",
    "FeedRow",
    "canonical_timestamp",
    "feed_named",
]

ColumnKind = Literal["int", "text", "bool", "timestamp"]


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """A typed key column: its SQL name, the record field it is read from, and its kind."""

    name: str
    field: str
    kind: ColumnKind


# Every feed's table starts with these; `record` (the JSON) comes last.
ID = Column("id", "id", "int")
MODIFIED_ON = Column("modified_on", "modifiedOn", "timestamp")
COMMON_COLUMNS = (
    ID,
    MODIFIED_ON,
    Column("active", "active", "bool"),
    Column("created_on", "createdOn", "timestamp"),
)


@dataclasses.dataclass(frozen=True, slots=True)
class Feed:
    """One export feed: the name the CLI uses, its table, its generated endpoint module."""

    name: str
    table: str
    endpoint: ModuleType
    key_columns: tuple[Column, ...]

    @property
    def columns(self) -> tuple[Column, ...]:
        """Every typed column, in table order (the tenant comes before, `record` after)."""
        return COMMON_COLUMNS + self.key_columns

    @property
    def operation(self) -> str:
        """`GET /export/customers`: how errors name the feed's operation."""
        operation: str = self.endpoint.OPERATION
        return operation


FEEDS: tuple[Feed, ...] = (
    Feed(
        "customers",
        "customers",
        export_customers_get_customers,
        (
            Column("name", "name", "text"),
            Column("type", "type", "text"),
            Column("merged_to_id", "mergedToId", "int"),
        ),
    ),
    Feed(
        "locations",
        "locations",
        export_locations_locations,
        (
            Column("customer_id", "customerId", "int"),
            Column("name", "name", "text"),
            Column("merged_to_id", "mergedToId", "int"),
        ),
    ),
    Feed(
        "customer-contacts",
        "customer_contacts",
        export_contacts_customers_contacts,
        (
            Column("customer_id", "customerId", "int"),
            Column("type", "type", "text"),
            Column("value", "value", "text"),
        ),
    ),
    Feed(
        "location-contacts",
        "location_contacts",
        export_contacts_locations_contacts,
        (
            Column("location_id", "locationId", "int"),
            Column("type", "type", "text"),
            Column("value", "value", "text"),
        ),
    ),
    Feed(
        "leads",
        "leads",
        export_leads_leads,
        (
            Column("customer_id", "customerId", "int"),
            Column("location_id", "locationId", "int"),
            Column("status", "status", "text"),
        ),
    ),
    Feed(
        "bookings",
        "bookings",
        export_bookings_get,
        (
            Column("booking_provider_id", "bookingProviderId", "int"),
            Column("status", "status", "text"),
            Column("external_id", "externalId", "text"),
        ),
    ),
)


def feed_named(name: str) -> Feed:
    """The feed called `name` (`customers`, `customer-contacts`, ...), else a ValueError."""
    for feed in FEEDS:
        if feed.name == name:
            return feed
    choices = ", ".join(feed.name for feed in FEEDS)
    raise ValueError(f"unknown feed {name!r}; the feeds are {choices}")


# The API's own format (7 fractional digits, `Z`), or the same without a zone (UTC).
_PLAIN_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d{1,7}))?Z?")
_ANY_TIMESTAMP = re.compile(
    r"(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(?:\.(\d{1,9}))?(Z|[+-]\d\d:?\d\d)?)?"
)


def canonical_timestamp(text: str) -> str:
    """`2024-05-01T12:00:00.1234560Z`: UTC, 7 fractional digits, so text order is time order.

    Accepts what the API sends (up to 7 fractional digits, `Z`, an offset, or no zone, which
    means UTC) and a plain date. Raises ValueError for anything else.
    """
    plain = _PLAIN_TIMESTAMP.fullmatch(text)
    if plain is not None:
        return f"{text[:19]}.{(plain.group(1) or '').ljust(7, '0')}Z"
    found = _ANY_TIMESTAMP.fullmatch(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a timestamp")
    date, clock, fraction, zone = found.groups()
    clock = clock or "00:00:00"
    if len(clock) == 5:
        clock += ":00"
    offset = "+00:00" if zone in (None, "Z") else zone
    moment = datetime.datetime.fromisoformat(f"{date}T{clock}{offset}").astimezone(datetime.UTC)
    digits = (fraction or "")[:7].ljust(7, "0")
    return f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}.{digits}Z"


class FeedRow(NamedTuple):
    """One record ready for its table: `values` in table order, the tenant first, JSON last."""

    id: int
    modified_on: str
    values: tuple[object, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class DecodedBatch:
    """An export response with its records already turned into rows (an `ExportEnvelope`); a
    record that could not be is a `Reject` in its place."""

    has_more: bool
    continue_from: str
    data: Sequence[FeedRow | Reject]


_KIND_NAMES = {"int": "an integer", "text": "text", "bool": "a boolean", "timestamp": "a timestamp"}


def _int(value: Any) -> object:
    # `type(...) is`: a bool is an int to isinstance, and JSON gives exact types.
    if value is None or type(value) is int:
        return value
    raise TypeError


def _text(value: Any) -> object:
    if value is None or type(value) is str:
        return value
    raise TypeError


def _bool(value: Any) -> object:
    if value is None or value is True or value is False:
        return value
    raise TypeError


def _timestamp(value: Any) -> object:
    if value is None:
        return None
    if type(value) is str:
        return canonical_timestamp(value)
    raise TypeError


_READERS: dict[ColumnKind, Callable[[Any], object]] = {
    "int": _int,
    "text": _text,
    "bool": _bool,
    "timestamp": _timestamp,
}


def _refusal(columns: Sequence[Column], record: dict[str, Any]) -> str:
    """Why the first column that cannot be read from `record` cannot."""
    for column in columns:
        value = record.get(column.field)
        try:
            _READERS[column.kind](value)
        except TypeError:
            return f"{column.field} is {value!r}, not {_KIND_NAMES[column.kind]}"
        except ValueError as error:
            return str(error)
    raise AssertionError("every column was readable")


def row_builder(feed: Feed, tenant: int) -> Callable[[Any, str], FeedRow]:
    """A function from one record, decoded and as text, to its `FeedRow`."""
    columns = feed.columns[2:]
    readers = [(column.field, _READERS[column.kind]) for column in columns]

    def build(record: Any, text: str) -> FeedRow:
        if type(record) is not dict:
            raise ValueError(f"a record is {type(record).__name__}, not an object")
        get = record.get
        record_id = get("id")
        if type(record_id) is not int:
            raise ValueError(f"id is {record_id!r}, not an integer")
        modified = get("modifiedOn")
        if type(modified) is not str:
            raise ValueError(f"record {record_id}: modifiedOn is {modified!r}, not a timestamp")
        try:
            modified_on = canonical_timestamp(modified)
            values = [read(get(field)) for field, read in readers]
        except (TypeError, ValueError) as error:
            reason = str(error) if isinstance(error, ValueError) else _refusal(columns, record)
            raise ValueError(f"record {record_id}: {reason}") from None
        return FeedRow(record_id, modified_on, (tenant, record_id, modified_on, *values, text))

    return build


def decode_batch(
    feed: Feed, response: httpx2.Response, build: Callable[[Any, str], FeedRow]
) -> DecodedBatch:
    """The response's envelope checked and its records turned into rows."""
    if response.status_code != 200:
        raise ResponseDecodeError(feed.operation, response, None)
    try:
        members, data = split_envelope(response.content.decode("utf-8"))
        has_more = members.get("hasMore")
        continue_from = members.get("continueFrom")
        if not isinstance(has_more, bool):
            raise ValueError(f"hasMore is {has_more!r}, not a boolean")
        if not isinstance(continue_from, str):
            raise ValueError(f"continueFrom is {continue_from!r}, not a string")
        if data is None:
            raise ValueError(f"data is {type(members.get('data')).__name__}, not an array")
        rows = split_rows(data, build)
    except ValueError as error:  # json.JSONDecodeError and UnicodeDecodeError are ones too
        raise ResponseDecodeError(feed.operation, response, error) from error
    return DecodedBatch(has_more, continue_from, rows)


def batch_endpoint(feed: Feed, tenant: int) -> Callable[..., Awaitable[DecodedBatch]]:
    """An endpoint function for `export_batches` that yields rows of `feed` for `tenant`.

    It sends the generated endpoint's request (same path and parameters, through the client's
    auth, rate limiter and retries) and decodes the body into rows instead of models.
    """
    module = feed.endpoint
    build = row_builder(feed, tenant)

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
