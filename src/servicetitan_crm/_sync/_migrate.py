"""The feed tables brought to the document's layout, inside the caller's one transaction.

`prepare_tables` runs at the start of every `sync` (within the transaction the store opens, so a
migration killed at any point leaves the database as before or as after):

- a missing feed table is created with its child tables, indexes and view;
- a column the document added is added and BACKFILLED from each row's stored `record`, and a
  new child table created and filled the same way: no request to the API;
- a column the document no longer has stays, no longer written (its values are those of the
  last version synced before the change);
- a column whose type the document changed is refused (`SchemaChangeError`, naming the table,
  the column and `servicetitan-crm migrate`, which `rebuild_tables` implements: the table made
  anew from `record`).

`sync_tables` records, per table, the document digest and version it was last built from.
The statements run through `Sql`, which each store implements on its own connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ._envelope import decode_record
from ._feeds import Feed
from ._limits import MIGRATION_PAGE_ROWS
from ._rows import FeedRow, row_reader
from ._schema import Dialect, SqlColumn
from ._store import StoreError
from ._tables import ChildTable, Table

__all__ = ["SchemaChangeError", "Sql", "prepare_tables", "rebuild_tables"]

MIGRATE_COMMAND = "servicetitan-crm migrate"


class SchemaChangeError(StoreError):
    """The document changed a column's type: the sync refuses to write until it is rebuilt."""


class Sql(Protocol):
    """A connection inside an open transaction."""

    dialect: Dialect

    async def fetch(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]: ...

    async def execute(self, sql: str, params: Sequence[object] = ()) -> None: ...

    async def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None: ...


async def _columns(sql: Sql, table: str) -> dict[str, str]:
    """The table's columns and their types as the catalog reports them (empty: no table)."""
    rows = await sql.fetch(sql.dialect.columns_query, (table,))
    return {str(name): str(kind).lower() for name, kind in rows}


def _conflicts(
    dialect: Dialect, table: str, wanted: Sequence[SqlColumn], have: dict[str, str]
) -> list[str]:
    return [
        f"{table}.{column.name} is {have[column.name].upper()} in the database but "
        f"{dialect.type_of(column.kind)} in the document"
        for column in wanted
        if column.name in have and have[column.name] != dialect.reports(column.kind)
    ]


async def _create(sql: Sql, table: Table) -> None:
    dialect = sql.dialect
    await sql.execute(dialect.create_table(table))
    for child in table.children:
        await sql.execute(dialect.create_child(child))
    for statement in dialect.create_indexes(table) + dialect.create_view(table):
        await sql.execute(statement)


async def _record_document(sql: Sql, table: Table, now: str) -> None:
    await sql.execute(sql.dialect.record_document(), (table.name, table.digest, table.version, now))


async def _pages(sql: Sql, table: str, synced_at: str = "_synced_at") -> Any:
    """Every stored (tenant, id, record text, `synced_at`), a page at a time, in key order."""
    query = sql.dialect.page_of_records(table, MIGRATION_PAGE_ROWS, synced_at)
    after: tuple[int, int] = (-(2**63), -(2**63))
    while True:
        page = await sql.fetch(query, after)
        if not page:
            return
        yield page
        after = (page[-1][0], page[-1][1])


def _read(
    table: Table, dialect: Dialect, readers: dict[int, Any], tenant: int, text: str
) -> FeedRow:
    read = readers.get(tenant)
    if read is None:
        read = readers[tenant] = row_reader(table, tenant, dialect.booleans)
    row: FeedRow = read(decode_record(text), text)
    return row


async def _backfill(
    sql: Sql, table: Table, columns: Sequence[SqlColumn], children: Sequence[ChildTable]
) -> None:
    """Fill `columns` and the child tables `children` of every stored row from its record."""
    dialect = sql.dialect
    order = [column.name for column in dialect.row_columns(table)]
    positions = [order.index(column.name) for column in columns]
    p = dialect.placeholder
    sets = ", ".join(
        f"{column.name} = {p}{dialect.casts.get(column.kind, '')}" for column in columns
    )
    update = f"UPDATE {table.name} SET {sets} WHERE tenant = {p} AND id = {p}"
    filled = [(table.children.index(child), child) for child in children]
    readers: dict[int, Any] = {}
    async for page in _pages(sql, table.name):
        updates = []
        child_rows: list[list[tuple[object, ...]]] = [[] for _ in filled]
        for tenant, record_id, text, _synced_at in page:
            row = _read(table, dialect, readers, tenant, text)
            values = dialect.parameters(row)
            updates.append((*(values[i] for i in positions), tenant, record_id))
            for slot, (index, _) in enumerate(filled):
                child_rows[slot].extend(row.children[index])
        if columns:
            await sql.execute_many(update, updates)
        for slot, (_, child) in enumerate(filled):
            if child_rows[slot]:
                await sql.execute_many(dialect.insert_children(child), child_rows[slot])


async def _migrate(sql: Sql, table: Table, have: dict[str, str]) -> list[str]:
    dialect = sql.dialect
    wanted = dialect.row_columns(table)
    conflicts = _conflicts(dialect, table.name, wanted, have)
    new_children: list[ChildTable] = []
    for child in table.children:
        child_have = await _columns(sql, child.name)
        if not child_have:
            new_children.append(child)
            continue
        child_wanted = dialect.child_columns(child)
        conflicts += _conflicts(dialect, child.name, child_wanted, child_have)
        if any(column.name not in child_have for column in child_wanted):
            # A child table whose items gained a property: filled again whole, from `record`.
            await sql.execute(f"DROP TABLE {child.name}")
            new_children.append(child)
    if conflicts:
        raise SchemaChangeError(
            f"the document changed column types: {'; '.join(conflicts)}. "
            f"`{MIGRATE_COMMAND} --table {table.name}` rebuilds the table from its stored records"
        )
    missing = [column for column in wanted if column.name not in have]
    for column in missing:
        await sql.execute(dialect.add_column(table.name, column))
    for child in new_children:
        await sql.execute(dialect.create_child(child))
    changes = [f"{table.name}: added column {column.name}" for column in missing]
    changes += [f"{table.name}: added child table {child.name}" for child in new_children]
    if changes:
        # `_unfit` names the new columns' unfit values too; `_synced_at` stays NULL (unknown).
        refilled = [column for column in missing if column.name != "_synced_at"]
        if not any(column.name == "_unfit" for column in refilled):
            refilled.append(SqlColumn("_unfit", "text"))
        await _backfill(sql, table, refilled, new_children)
        for statement in dialect.create_view(table):
            await sql.execute(statement)
    return changes


async def prepare_tables(sql: Sql, feeds: Sequence[Feed], now: str) -> list[str]:
    """Create or migrate the tables of `feeds` (see the module docstring); what changed."""
    dialect = sql.dialect
    await sql.execute(dialect.create_tables_table())
    recorded = {
        name: digest
        for name, digest in await sql.fetch("SELECT table_name, document_digest FROM sync_tables")
    }
    changes: list[str] = []
    for feed in feeds:
        table = feed.layout
        have = await _columns(sql, table.name)
        if not have:
            await _create(sql, table)
            changes.append(f"{table.name}: created")
        elif recorded.get(table.name) != table.digest:
            changes += await _migrate(sql, table, have)
            for statement in dialect.create_indexes(table):
                await sql.execute(statement)
        else:
            continue
        await _record_document(sql, table, now)
    return changes


async def rebuild_tables(sql: Sql, feeds: Sequence[Feed], now: str) -> list[str]:
    """`servicetitan-crm migrate`: each feed's table and child tables made anew from `record`
    (every column recomputed, types as the document says; `_synced_at` kept)."""
    dialect = sql.dialect
    await sql.execute(dialect.create_tables_table())
    changes = []
    for feed in feeds:
        table = feed.layout
        if not await _columns(sql, table.name):
            await _create(sql, table)
            await _record_document(sql, table, now)
            changes.append(f"{table.name}: created")
            continue
        old = f"{table.name}__rebuilt_from"
        await sql.execute(f"DROP VIEW IF EXISTS {table.view}")
        for statement in dialect.drop_indexes(table):
            await sql.execute(statement)
        for child in table.children:
            await sql.execute(f"DROP TABLE IF EXISTS {child.name}")
        await sql.execute(f"ALTER TABLE {table.name} RENAME TO {old}")
        await _create(sql, table)
        has_synced_at = "_synced_at" in await _columns(sql, old)
        synced = "_synced_at" if has_synced_at else "NULL"
        readers: dict[int, Any] = {}
        rows = 0
        async for page in _pages(sql, old, synced):
            inserts = []
            child_rows: list[list[tuple[object, ...]]] = [[] for _ in table.children]
            for tenant, _record_id, text, synced_at in page:
                row = _read(table, dialect, readers, tenant, text)
                inserts.append(dialect.rebuild_parameters(row, synced_at))
                for index, items in enumerate(row.children):
                    child_rows[index].extend(items)
            await sql.execute_many(dialect.insert(table), inserts)
            for child, items in zip(table.children, child_rows, strict=True):
                if items:
                    await sql.execute_many(dialect.insert_children(child), items)
            rows += len(page)
        await sql.execute(f"DROP TABLE {old}")
        await _record_document(sql, table, now)
        changes.append(f"{table.name}: rebuilt {rows:,} rows from record")
    return changes
