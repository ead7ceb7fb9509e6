"""The SQL both databases share: feed tables, the sync state table, the guarded upsert.

Only the column types and the parameter placeholder differ between SQLite and
PostgreSQL, so one `Dialect` value describes each and the statements are written once.
"""

from __future__ import annotations

import dataclasses

from ._feeds import Feed

__all__ = ["POSTGRESQL", "SQLITE", "Dialect"]


@dataclasses.dataclass(frozen=True, slots=True)
class Dialect:
    """How one database spells types and parameters."""

    types: dict[str, str]
    placeholder: str
    # Appended to a placeholder to convert the parameter (PostgreSQL: `::jsonb`).
    casts: dict[str, str]
    # Whether `modified_on` loses precision (PostgreSQL keeps microseconds, the API sends 100 ns):
    # then a `version` column holds the exact canonical text, which the upsert compares. Rows
    # carry it right after `modified_on` (see `with_version`).
    versioned: bool

    def _columns(self, feed: Feed) -> list[tuple[str, str]]:
        columns = [("tenant", "int")]
        for column in feed.columns:
            columns.append((column.name, column.kind))
            if column.name == "modified_on" and self.versioned:
                columns.append(("version", "text"))
        columns.append(("record", "json"))
        return columns

    def create_feed_table(self, feed: Feed) -> str:
        columns = []
        for name, kind in self._columns(feed):
            constraint = (
                " NOT NULL" if name in ("tenant", "id", "modified_on", "version", "record") else ""
            )
            columns.append(f"{name} {self.types[kind]}{constraint}")
        columns.append("PRIMARY KEY (tenant, id)")
        body = ",\n    ".join(columns)
        return f"CREATE TABLE IF NOT EXISTS {feed.table} (\n    {body}\n)"

    def upsert(self, feed: Feed) -> str:
        """Insert a row, or update it unless the stored version is newer."""
        table = feed.table
        columns = self._columns(feed)
        names = [name for name, _ in columns]
        values = ", ".join(self.placeholder + self.casts.get(kind, "") for _, kind in columns)
        updates = ", ".join(f"{name} = excluded.{name}" for name in names[2:])
        compared = "version" if self.versioned else "modified_on"
        return (
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({values}) "
            f"ON CONFLICT (tenant, id) DO UPDATE SET {updates} "
            f"WHERE excluded.{compared} >= {table}.{compared}"
        )

    def with_version(self, values: tuple[object, ...]) -> tuple[object, ...]:
        """A row's values as this dialect's upsert takes them."""
        if not self.versioned:
            return values
        return (*values[:3], values[2], *values[3:])

    def create_state_table(self, extra_columns: str = "") -> str:
        t = self.types
        return (
            f"CREATE TABLE IF NOT EXISTS sync_state (\n"
            f"    tenant {t['int']} NOT NULL,\n"
            f"    feed {t['text']} NOT NULL,\n"
            f"    token {t['text']},\n"
            f"    committed_at {t['timestamp']},\n"
            f"    caught_up {t['bool']} NOT NULL DEFAULT FALSE,\n"
            f"    caught_up_at {t['timestamp']},\n"
            f"    batches {t['int']} NOT NULL DEFAULT 0,\n"
            f"    records {t['int']} NOT NULL DEFAULT 0,\n"
            f"    holder {t['text']},\n"
            f"    leased_at {t['timestamp']},\n{extra_columns}"
            f"    PRIMARY KEY (tenant, feed)\n)"
        )

    def insert_state(self) -> str:
        p = self.placeholder
        return (
            f"INSERT INTO sync_state (tenant, feed) VALUES ({p}, {p}) "
            "ON CONFLICT (tenant, feed) DO NOTHING"
        )

    def commit_state(self, now: str) -> str:
        """Record a commit. `now` is SQL for the time (a placeholder in SQLite, which then takes
        it as a parameter before each `caught_up` below). Parameters: token, caught_up,
        caught_up again, records written, tenant, feed."""
        p = self.placeholder
        return (
            f"UPDATE sync_state SET token = {p}, committed_at = {now}, "
            f"caught_up = {p}, caught_up_at = CASE WHEN {p} THEN {now} ELSE caught_up_at END, "
            f"batches = batches + 1, records = records + {p} WHERE tenant = {p} AND feed = {p}"
        )


SQLITE = Dialect(
    types={
        "int": "INTEGER",
        "text": "TEXT",
        "bool": "BOOLEAN",
        "timestamp": "TEXT",
        "json": "TEXT",
    },
    placeholder="?",
    casts={},
    versioned=False,
)

POSTGRESQL = Dialect(
    types={
        "int": "BIGINT",
        "text": "TEXT",
        "bool": "BOOLEAN",
        "timestamp": "TIMESTAMPTZ",
        "json": "JSONB",
    },
    placeholder="%s",
    casts={"json": "::jsonb", "timestamp": "::timestamptz"},
    versioned=True,
)
