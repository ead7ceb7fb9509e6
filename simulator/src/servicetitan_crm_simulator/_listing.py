"""The paged-list envelope: `page`, `pageSize`, `hasMore`, `totalCount`, `data`."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._query import Filters, Window
from servicetitan_crm_simulator._store import SortField, Table, key_of

Render = Callable[[Row], dict[str, Any]]


def envelope(
    window: Window, items: list[dict[str, Any]], has_more: bool, total: int | None
) -> dict[str, Any]:
    return {
        "page": window.page,
        "pageSize": window.size,
        "hasMore": has_more,
        "totalCount": total if window.include_total else None,
        "data": items,
    }


def ordered(rows: Iterable[Row], order: tuple[SortField, bool]) -> list[Row]:
    """`rows` in a `sort` order, ids breaking ties as in a whole-table scan."""
    field, descending = order
    return sorted(rows, key=lambda row: key_of(row, field), reverse=descending)


def page_of_rows(window: Window, rows: Iterable[Row], render: Render) -> dict[str, Any]:
    """Page through a small, already ordered list (a record's contacts, notes, ...)."""
    everything = list(rows)
    start = (window.page - 1) * window.size
    chosen = everything[start : start + window.size]
    has_more = len(everything) > start + window.size
    return envelope(window, [render(row) for row in chosen], has_more, len(everything))


def page_of_table(
    table: Table,
    window: Window,
    order: tuple[SortField, bool],
    filters: Filters,
    render: Render,
) -> dict[str, Any]:
    """Page through a whole table, however large, in (field, id) order.

    The start position of the next page is remembered per query, so walking pages in order
    costs one page of work each instead of a scan from the beginning.
    """
    field, descending = order
    if filters.ids is not None:
        rows = [row for row in map(table.get, sorted(filters.ids)) if row is not None]
        rows = sorted(
            (row for row in rows if filters.matches(row)),
            key=lambda row: key_of(row, field),
            reverse=descending,
        )
        return page_of_rows(window, rows, render)

    query = (field, descending, window.size, tuple(filters.signature))
    starts = table.page_starts(query)
    known = max(page for page in starts if page <= window.page)
    matching = (row for row in table.scan(field, descending, starts[known]) if filters.matches(row))
    skipped = itertools.islice(matching, (window.page - known) * window.size, None)
    chosen = list(itertools.islice(skipped, window.size + 1))
    has_more = len(chosen) > window.size
    chosen = chosen[: window.size]
    if has_more:
        starts[window.page + 1] = key_of(chosen[-1], field)
    total: int | None = None
    if window.include_total:
        total = table.total(
            (field, tuple(filters.signature)),
            lambda: sum(1 for row in table.scan(field, False, None) if filters.matches(row)),
        )
    return envelope(window, [render(row) for row in chosen], has_more, total)
