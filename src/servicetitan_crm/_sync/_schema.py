"""The SQL both databases share: feed tables and their child tables, the sync state table, the
guarded upsert, the statements migrations run.

Only the column types, the parameter placeholder and a few casts differ between SQLite and
PostgreSQL, so one `Dialect` value describes each and the statements are written once. A feed
table's columns, in order: `tenant`, `id`, `modified_on`, (`version` in PostgreSQL), the other
typed columns of its layout (`_tables`), `_state`, `_unfit`, `record`, `_synced_at`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._feeds import Feed
from ._rows import FeedRow
from ._tables import ChildTable, ColumnKind, Table

__all__ = ["POSTGRESQL", "SQLITE", "Dialect", "SqlColumn"]

# What a column holds: a kind of `_tables`, or one of the sync's own.
SqlKind = ColumnKind
# Columns the sync keeps NOT NULL in a table it creates (added later, they allow NULL).
_NOT_NULL = frozenset({"tenant", "id", "modified_on", "version", "record", "_state"})
_CHILD_KEY = (("tenant", "int"), ("parent_id", "int"), ("position", "int"))


@dataclasses.dataclass(frozen=True, slots=True)
class SqlColumn:
    name: str
    kind: SqlKind


@dataclasses.dataclass(frozen=True, slots=True)
class Dialect:
    """How one database spells types, parameters and the sync's statements."""

    name: str
    types: dict[SqlKind, str]
    # The type as the database's catalog reports it, where it differs from `types`.
    reported: dict[SqlKind, str]
    placeholder: str
    # Appended to a placeholder to convert the parameter (PostgreSQL: `::jsonb`).
    casts: dict[SqlKind, str]
    # Whether `modified_on` loses precision (PostgreSQL keeps microseconds, the API sends 100 ns):
    # then a `version` column holds the exact canonical text, which the upsert compares.
    versioned: bool
    # SQL for the commit time (`_synced_at`) in the upsert: canonical UTC text in SQLite.
    now: str
    # Lists the columns of a table (name, type); takes the table name.
    columns_query: str
    # A boolean column's values (false, true) as rows hold them. sqlite3 binds an int at once but
    # looks for an adapter for a bool first (about 0.25 µs each, five per customer); SQLite
    # stores 0 and 1 either way.
    booleans: tuple[object, object] = (False, True)
    # Appended to a child table's CREATE: SQLite's `WITHOUT ROWID` keeps the small child rows in
    # their key's b-tree, one insert per row instead of a rowid row plus a key index entry.
    child_table_options: str = ""

    def type_of(self, kind: SqlKind) -> str:
        return self.types[kind]

    def reports(self, kind: SqlKind) -> str:
        return self.reported.get(kind, self.types[kind]).lower()

    def row_columns(self, table: Table) -> list[SqlColumn]:
        """A feed table's columns: those of `parameters(row)`, then `_synced_at`."""
        columns = [SqlColumn("tenant", "int")]
        for column in table.columns:
            columns.append(SqlColumn(column.name, column.kind))
            if column.name == "modified_on" and self.versioned:
                columns.append(SqlColumn("version", "text"))
        columns += [
            SqlColumn("_state", "text"),
            SqlColumn("_unfit", "text"),
            SqlColumn("record", "json"),
            SqlColumn("_synced_at", "timestamp"),
        ]
        return columns

    def child_columns(self, child: ChildTable) -> list[SqlColumn]:
        key = [SqlColumn(name, kind) for name, kind in _CHILD_KEY]  # type: ignore[arg-type]
        return key + [SqlColumn(column.name, column.kind) for column in child.columns]

    def parameters(self, row: FeedRow) -> tuple[object, ...]:
        """A row's values as the upsert takes them."""
        values = row.values
        if self.versioned:
            return (*values[:3], values[2], *values[3:])
        return values

    def _create(self, name: str, columns: Sequence[SqlColumn], key: str, options: str = "") -> str:
        body = [
            f"{column.name} {self.types[column.kind]}"
            + (" NOT NULL" if column.name in _NOT_NULL else "")
            for column in columns
        ]
        lines = ",\n    ".join([*body, f"PRIMARY KEY ({key})"])
        return f"CREATE TABLE IF NOT EXISTS {name} (\n    {lines}\n){options}"

    def create_table(self, table: Table) -> str:
        return self._create(table.name, self.row_columns(table), "tenant, id")

    def create_child(self, child: ChildTable) -> str:
        return self._create(
            child.name,
            self.child_columns(child),
            "tenant, parent_id, position",
            self.child_table_options,
        )

    def create_indexes(self, table: Table) -> list[str]:
        statements = [
            f"CREATE INDEX IF NOT EXISTS {table.name}_{column}_idx ON {table.name} ({column})"
            for column in table.indexed
        ]
        # A child table's key starts (tenant, parent_id): joins to the parent use it.
        return statements

    def drop_indexes(self, table: Table) -> list[str]:
        return [f"DROP INDEX IF EXISTS {table.name}_{column}_idx" for column in table.indexed]

    def create_view(self, table: Table) -> list[str]:
        return [
            f"DROP VIEW IF EXISTS {table.view}",
            f"CREATE VIEW {table.view} AS SELECT * FROM {table.name} "
            "WHERE _state NOT IN ('deleted', 'merged')",
        ]

    def add_column(self, table: str, column: SqlColumn) -> str:
        return f"ALTER TABLE {table} ADD COLUMN {column.name} {self.types[column.kind]}"

    def _values(self, columns: Sequence[SqlColumn]) -> str:
        return ", ".join(self.placeholder + self.casts.get(column.kind, "") for column in columns)

    def upsert(self, feed: Feed, rows: int = 1) -> str:
        """Insert `rows` rows, each unless its stored version is newer, else update it."""
        table = feed.table
        columns = self.row_columns(feed.layout)
        names = [column.name for column in columns]
        row = "(" + self._values(columns[:-1]) + ", " + self.now + ")"
        values = ", ".join([row] * rows)
        updates = ", ".join(f"{name} = excluded.{name}" for name in names[2:])
        compared = self.compared
        return (
            f"INSERT INTO {table} ({', '.join(names)}) VALUES {values} "
            f"ON CONFLICT (tenant, id) DO UPDATE SET {updates} "
            f"WHERE excluded.{compared} >= {table}.{compared}"
        )

    def insert(self, table: Table) -> str:
        """Insert a row whose `_synced_at` is a parameter (a rebuild keeps the old one)."""
        columns = self.row_columns(table)
        names = ", ".join(column.name for column in columns)
        return f"INSERT INTO {table.name} ({names}) VALUES ({self._values(columns)})"

    def rebuild_parameters(self, row: FeedRow, synced_at: object) -> tuple[object, ...]:
        values = row.values
        if self.versioned:
            values = (*values[:3], values[2], *values[3:])
        return (*values, synced_at)

    @property
    def compared(self) -> str:
        """The column the upsert compares: the exact version text."""
        return "version" if self.versioned else "modified_on"

    def stored_versions(self, table: str, count: int) -> str:
        """The stored version of up to `count` ids of one tenant (parameters: tenant, ids)."""
        p = self.placeholder
        ids = f"ANY({p})" if self.versioned else f"({', '.join([p] * count)})"
        where = f"id = {ids}" if self.versioned else f"id IN {ids}"
        return f"SELECT id, {self.compared} FROM {table} WHERE tenant = {p} AND {where}"

    def written_children(
        self, rows: Sequence[FeedRow], stored: dict[int, str]
    ) -> tuple[list[FeedRow], list[int]]:
        """Given each id's version before the upsert (`stored`), the rows the upsert writes, last
        one per id (their child rows replace the stored ones; the others' children stay), and
        the ids among them that had child rows to clear (new ids have none)."""
        written: dict[int, FeedRow] = {}
        held = dict(stored)
        for row in rows:
            version = held.get(row.id)
            # The upsert's own rule: a version at least as new as the held one is written.
            if version is None or row.modified_on >= version:
                held[row.id] = row.modified_on
                written[row.id] = row
        return list(written.values()), [key for key in written if key in stored]

    def delete_children(self, child: ChildTable) -> str:
        p = self.placeholder
        return f"DELETE FROM {child.name} WHERE tenant = {p} AND parent_id = {p}"

    def insert_children(self, child: ChildTable, rows: int = 1) -> str:
        """Insert `rows` rows of `child`."""
        columns = self.child_columns(child)
        names = ", ".join(column.name for column in columns)
        values = ", ".join([f"({self._values(columns)})"] * rows)
        return f"INSERT INTO {child.name} ({names}) VALUES {values}"

    def page_of_records(self, table: str, limit: int, synced_at: str) -> str:
        """Stored records after (tenant, id) in key order (parameters: tenant, id), with
        `synced_at` (SQL: the column, or NULL for a table from before it existed).

        A row value, not `tenant > ? OR (tenant = ? AND id > ?)`: SQLite searches the key's
        index for the former and scans it from the start for the latter, every page."""
        p = self.placeholder
        record = "record::text" if self.versioned else "record"
        return (
            f"SELECT tenant, id, {record}, {synced_at} FROM {table} "
            f"WHERE (tenant, id) > ({p}, {p}) ORDER BY tenant, id LIMIT {limit}"
        )

    def create_tables_table(self) -> str:
        t = self.types
        return (
            "CREATE TABLE IF NOT EXISTS sync_tables (\n"
            f"    table_name {t['text']} PRIMARY KEY,\n"
            f"    document_digest {t['text']} NOT NULL,\n"
            f"    document_version {t['text']} NOT NULL,\n"
            f"    migrated_at {t['timestamp']} NOT NULL\n)"
        )

    def record_document(self) -> str:
        """Parameters: table, digest, version, now."""
        p = self.placeholder
        now = p + self.casts.get("timestamp", "")
        return (
            "INSERT INTO sync_tables (table_name, document_digest, document_version, migrated_at) "
            f"VALUES ({p}, {p}, {p}, {now}) ON CONFLICT (table_name) DO UPDATE SET "
            "document_digest = excluded.document_digest, "
            "document_version = excluded.document_version, migrated_at = excluded.migrated_at"
        )

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

    def count_unfit(self, table: str) -> str:
        return (
            f"SELECT count(*) FROM {table} WHERE tenant = {self.placeholder} AND _unfit IS NOT NULL"
        )


SQLITE = Dialect(
    name="SQLite",
    types={
        "int": "INTEGER",
        # NUMERIC affinity: the JSON number's text is stored as an INTEGER or REAL when that
        # conversion is exact to 15 significant digits, else as the text itself.
        "number": "NUMERIC",
        "text": "TEXT",
        "bool": "BOOLEAN",
        "timestamp": "TEXT",
        "date": "TEXT",
        "uuid": "TEXT",
        "json": "TEXT",
    },
    reported={},
    placeholder="?",
    casts={},
    versioned=False,
    # Milliseconds (`%f` is SS.SSS), padded to the 7 fractional digits of canonical UTC text.
    now="strftime('%Y-%m-%dT%H:%M:%f0000Z', 'now')",
    columns_query="SELECT name, type FROM pragma_table_info(?)",
    booleans=(0, 1),
    child_table_options=" WITHOUT ROWID",
)

POSTGRESQL = Dialect(
    name="PostgreSQL",
    types={
        "int": "BIGINT",
        "number": "NUMERIC",
        "text": "TEXT",
        "bool": "BOOLEAN",
        "timestamp": "TIMESTAMPTZ",
        "date": "DATE",
        "uuid": "UUID",
        "json": "JSONB",
    },
    reported={"timestamp": "timestamp with time zone"},
    placeholder="%s",
    casts={
        "json": "::jsonb",
        "timestamp": "::timestamptz",
        "number": "::numeric",
        "date": "::date",
        "uuid": "::uuid",
    },
    versioned=True,
    now="now()",
    columns_query=(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position"
    ),
)
