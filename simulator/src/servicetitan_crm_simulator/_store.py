"""In-memory state of one tenant: seeded records plus an overlay of what the API changed.

A `Table` answers reads from its overlay first and falls back to the seeded generator, so
only records created or changed through the API are ever held. Scans merge the two in a
requested order starting after a position, which serves paged lists and export feeds alike.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Hashable, Iterator
from typing import Literal

from servicetitan_crm_simulator._config import TenantData
from servicetitan_crm_simulator._contact_data import ContactSeed
from servicetitan_crm_simulator._data import Row, SeedData, SeededKind
from servicetitan_crm_simulator._guids import Guids

SortField = Literal["id", "created", "modified"]
# Position in an order: (sort value, id). Ids break ties, so positions are unique.
Key = tuple[int, int]
# Cached page-start positions for a query are dropped beyond this many queries.
_MAX_CACHED_QUERIES = 64


def key_of(row: Row, field: SortField) -> Key:
    if field == "id":
        return (row.id, row.id)
    return (row.created if field == "created" else row.modified, row.id)


class Table:
    """One kind of record: the seeded ones and the overlay, merged."""

    def __init__(self, seeded: SeededKind) -> None:
        self.seeded = seeded
        self._overlay: dict[int, Row] = {}
        # Overlay rows whose owner differs from the seeded owner (new rows, moved rows).
        self._adopted: dict[int, set[int]] = {}
        self._next_id = seeded.id_of(seeded.count)
        self.version = 0
        self._sorted: dict[SortField, tuple[int, list[Row], list[Key]]] = {}
        self._page_starts: dict[Hashable, dict[int, Key | None]] = {}
        self._totals: dict[Hashable, int] = {}
        self._cache_version = 0

    @property
    def overlay_size(self) -> int:
        return len(self._overlay)

    def get(self, record_id: int) -> Row | None:
        row = self._overlay.get(record_id)
        if row is not None:
            return row
        index = self.seeded.index_of(record_id)
        return None if index is None else self.seeded.row(index)

    def held(self) -> list[Row]:
        """The records created or changed through the API (seeded ones are not held)."""
        return list(self._overlay.values())

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def put(self, row: Row) -> None:
        old = self._overlay.get(row.id)
        if old is not None:
            self._adopted.get(old.parent, set()).discard(row.id)
        index = self.seeded.index_of(row.id)
        seeded_parent = self.seeded.row(index).parent if index is not None else None
        if row.parent != seeded_parent:
            self._adopted.setdefault(row.parent, set()).add(row.id)
        self._overlay[row.id] = row
        self.version += 1

    def children(self, parent_id: int, parent_index: int | None) -> list[Row]:
        """Every record owned by `parent_id`, in id order (deleted ones included)."""
        rows: dict[int, Row] = {}
        if parent_index is not None:
            for index in self.seeded.children_of(parent_index):
                row = self.get(self.seeded.id_of(index))
                if row is not None and row.parent == parent_id:
                    rows[row.id] = row
        for record_id in self._adopted.get(parent_id, ()):
            rows[record_id] = self._overlay[record_id]
        return [rows[record_id] for record_id in sorted(rows)]

    def scan(self, field: SortField, descending: bool, after: Key | None) -> Iterator[Row]:
        """Every record in (field, id) order, starting strictly after position `after`."""

        def key(row: Row) -> Key:
            return key_of(row, field)

        return heapq.merge(
            self._scan_seeded(field, descending, after),
            self._scan_overlay(field, descending, after),
            key=key,
            reverse=descending,
        )

    def _seed_key(self, field: SortField, index: int) -> Key:
        record_id = self.seeded.id_of(index)
        if field == "id":
            return (record_id, record_id)
        if field == "created":
            return (self.seeded.created(index), record_id)
        return (self.seeded.modified(index), record_id)

    def _scan_seeded(self, field: SortField, descending: bool, after: Key | None) -> Iterator[Row]:
        count = self.seeded.count
        # Seeded ids and timestamps all rise with the index, so any order is index order.
        indices = range(count)

        def key(index: int) -> Key:
            return self._seed_key(field, index)

        if descending:
            stop = count if after is None else bisect.bisect_left(indices, after, key=key)
            walk = range(stop - 1, -1, -1)
        else:
            start = 0 if after is None else bisect.bisect_right(indices, after, key=key)
            walk = range(start, count)
        overlay = self._overlay
        for index in walk:
            if self.seeded.id_of(index) not in overlay:
                yield self.seeded.row(index)

    def _scan_overlay(self, field: SortField, descending: bool, after: Key | None) -> Iterator[Row]:
        cached = self._sorted.get(field)
        if cached is None or cached[0] != self.version:
            rows = sorted(self._overlay.values(), key=lambda row: key_of(row, field))
            cached = (self.version, rows, [key_of(row, field) for row in rows])
            self._sorted[field] = cached
        _, rows, keys = cached
        if descending:
            stop = len(rows) if after is None else bisect.bisect_left(keys, after)
            return iter(rows[:stop][::-1])
        start = 0 if after is None else bisect.bisect_right(keys, after)
        return iter(rows[start:])

    def page_starts(self, query: Hashable) -> dict[int, Key | None]:
        """Known start positions of the pages of one query, valid until the next write."""
        self._reset_caches_if_stale()
        starts = self._page_starts.get(query)
        if starts is None:
            if len(self._page_starts) >= _MAX_CACHED_QUERIES:
                self._page_starts.clear()
            starts = self._page_starts[query] = {1: None}
        return starts

    def total(self, query: Hashable, count: Callable[[], int]) -> int:
        self._reset_caches_if_stale()
        if query not in self._totals:
            if len(self._totals) >= _MAX_CACHED_QUERIES:
                self._totals.clear()
            self._totals[query] = count()
        return self._totals[query]

    def _reset_caches_if_stale(self) -> None:
        if self._cache_version != self.version:
            self._page_starts.clear()
            self._totals.clear()
            self._cache_version = self.version


class Store:
    """Every table of one tenant."""

    def __init__(self, data: TenantData) -> None:
        seed = SeedData(data)
        self.seed = seed
        self.tag_type_ids = frozenset(data.tag_type_ids)
        self.customers = Table(seed.customers)
        self.locations = Table(seed.locations)
        self.customer_contacts = Table(seed.customer_contacts)
        self.location_contacts = Table(seed.location_contacts)
        self.leads = Table(seed.leads)
        self.bookings = Table(seed.bookings)
        self.booking_contacts = Table(seed.booking_contacts)
        self.provider_tags = Table(seed.provider_tags)
        self.customer_field_types = Table(seed.customer_field_types)
        self.location_field_types = Table(seed.location_field_types)
        self.customer_notes = Table(_empty("customer_notes", 11))
        self.location_notes = Table(_empty("location_notes", 12))
        self.lead_notes = Table(_empty("lead_notes", 13))
        contact_seed = ContactSeed(seed, data.contacts, data.seed)
        self.contact_seed = contact_seed
        self.contacts = Table(contact_seed.contacts)
        self.contact_methods = Table(contact_seed.methods)
        self.contact_relationships = Table(contact_seed.relationships)
        self.contact_preference_types = Table(contact_seed.preference_types)
        self.guids = Guids(data.seed)
        # Location id -> technician id, for the locations whose preferred technician was set.
        self.preferred_technicians: dict[int, int] = {}

    def tables(self) -> list[Table]:
        return [value for value in vars(self).values() if isinstance(value, Table)]

    @property
    def held_records(self) -> int:
        """Records held in memory; seeded records are computed on demand and never counted."""
        held = sum(table.overlay_size for table in self.tables())
        return held + self.guids.alias_count + len(self.preferred_technicians)


def _empty(name: str, code: int) -> SeededKind:
    def build(index: int, h: int) -> tuple[int, bool, dict[str, object]]:
        raise IndexError(f"{name} has no seeded records")

    return SeededKind(name, code, 0, 0, build)
