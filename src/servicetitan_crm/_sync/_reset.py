"""`servicetitan-crm reset`: forget how far a feed of a tenant got, so the next sync starts over.

The feed's token and caught-up state are cleared and, unless `--keep-rows`, its rows (with their
child rows) and its quarantined records (they come again with the feed) are deleted, in one
transaction. With `--keep-rows` the next sync reads the feed from the start (or `--from`) over
the rows it has: the guarded upsert leaves every row that is already at its version as it is.
"""

from __future__ import annotations

from ._feeds import Feed
from ._rejects import REJECTS_TABLE
from ._schema import Dialect

__all__ = ["reset_statements"]


def reset_statements(
    dialect: Dialect, tenant: int, feed: Feed, *, keep_rows: bool
) -> list[tuple[str, tuple[object, ...]]]:
    """The statements (and their parameters) of one reset; the first one, without
    `keep_rows`, deletes the feed's rows (its row count is what was deleted)."""
    p = dialect.placeholder
    forget = (
        f"UPDATE sync_state SET token = NULL, caught_up = FALSE, caught_up_at = NULL "
        f"WHERE tenant = {p} AND feed = {p}",
        (tenant, feed.name),
    )
    if keep_rows:
        return [forget]
    children = feed.layout.children
    return [
        (f"DELETE FROM {feed.table} WHERE tenant = {p}", (tenant,)),
        *((f"DELETE FROM {child.name} WHERE tenant = {p}", (tenant,)) for child in children),
        (f"DELETE FROM {REJECTS_TABLE} WHERE tenant = {p} AND feed = {p}", (tenant, feed.name)),
        forget,
    ]
