"""Quarantine: a record that cannot become a row is kept aside instead of stopping its feed.

A malformed record (an `id` that is no integer, a `modifiedOn` that is no timestamp, a key column
of the wrong type) becomes a `Reject` in its batch, in its place among the rows. The batch's rows
and its rejects are committed in one transaction with the token after them, into `sync_rejects`
(tenant, feed, the token the batch was read from, the record's place in the batch, its id if
any, the reason, the record's text as sent), so nothing is lost and the feed goes on. With
`--strict` the first reject stops the feed instead, before its batch is written.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from ._envelope import JsonNumber

if TYPE_CHECKING:
    from ._feeds import FeedRow
    from ._schema import Dialect

__all__ = [
    "REJECTS_TABLE",
    "BatchRows",
    "Reject",
    "create_rejects_table",
    "insert_reject",
    "reject_parameters",
    "split_rows",
]

REJECTS_TABLE = "sync_rejects"


@dataclasses.dataclass(frozen=True, slots=True)
class Reject:
    """A record of a batch that could not become a row, and why."""

    index: int
    record_id: str | None
    reason: str
    text: str

    # What an export item offers de-duplication (`ExportRecord`): a reject is never a repeat.
    @property
    def id(self) -> int:
        return id(self)

    @property
    def modified_on(self) -> None:
        return None


def _record_id(record: Any) -> str | None:
    """The record's `id` as JSON text (whatever its type), None when it has none."""
    if type(record) is not dict or record.get("id") is None:
        return None
    record_id = record["id"]
    # A number with a fraction arrives as its JSON text (`JsonNumber`, a str): keep it unquoted.
    return str(record_id) if type(record_id) is JsonNumber else json.dumps(record_id)


def split_rows(
    data: Sequence[tuple[Any, str]], build: Callable[[Any, str], FeedRow]
) -> list[FeedRow | Reject]:
    """Each (record, text) as its row, or as a `Reject` when `build` refuses it."""
    items: list[FeedRow | Reject] = []
    append = items.append
    for index, (record, text) in enumerate(data):
        try:
            append(build(record, text))
        except ValueError as error:
            append(Reject(index, _record_id(record), str(error), text))
    return items


class BatchRows(Sequence["FeedRow | Reject"]):
    """`split_rows` of a batch, done when the rows are first read, not when the batch arrives.

    An export stream fetches the next batch as soon as the caller takes this one, and the
    next request needs only this one's token: building the rows on the caller's side lets the
    server answer the next request meanwhile instead of waiting for them.
    """

    __slots__ = ("_build", "_data", "_items")

    def __init__(
        self, data: Sequence[tuple[Any, str]], build: Callable[[Any, str], FeedRow]
    ) -> None:
        self._data: Sequence[tuple[Any, str]] | None = data
        self._build = build
        self._items: list[FeedRow | Reject] = []

    def _rows(self) -> list[FeedRow | Reject]:
        data = self._data
        if data is not None:
            self._items = split_rows(data, self._build)
            self._data = None  # the decoded records go as soon as their rows exist
        return self._items

    def __len__(self) -> int:
        return len(self._rows())

    @overload
    def __getitem__(self, index: int) -> FeedRow | Reject: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[FeedRow | Reject]: ...

    def __getitem__(self, index: int | slice) -> FeedRow | Reject | Sequence[FeedRow | Reject]:
        return self._rows()[index]

    def __iter__(self) -> Iterator[FeedRow | Reject]:
        return iter(self._rows())


def create_rejects_table(dialect: Dialect) -> str:
    t = dialect.types
    return (
        f"CREATE TABLE IF NOT EXISTS {REJECTS_TABLE} (\n"
        f"    tenant {t['int']} NOT NULL,\n"
        f"    feed {t['text']} NOT NULL,\n"
        f"    position {t['text']},\n"
        f"    item {t['int']} NOT NULL,\n"
        f"    record_id {t['text']},\n"
        f"    reason {t['text']} NOT NULL,\n"
        f"    record {t['text']} NOT NULL,\n"
        f"    rejected_at {t['timestamp']} NOT NULL\n)"
    )


def insert_reject(dialect: Dialect) -> str:
    """Parameters: tenant, feed, position, item, record_id, reason, record, rejected_at."""
    p = dialect.placeholder
    timestamp = p + dialect.casts.get("timestamp", "")
    return (
        f"INSERT INTO {REJECTS_TABLE} "
        "(tenant, feed, position, item, record_id, reason, record, rejected_at) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {timestamp})"
    )


def reject_parameters(
    rejects: Sequence[Reject], tenant: int, feed: str, position: str | None, at: str
) -> list[tuple[object, ...]]:
    """`insert_reject`'s parameters for each of a batch's rejects."""
    return [
        (tenant, feed, position, reject.index, reject.record_id, reject.reason, reject.text, at)
        for reject in rejects
    ]
