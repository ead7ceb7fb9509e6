"""Notes on customers, locations and leads: shared list, create and delete."""

from __future__ import annotations

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._http import Response, not_found
from servicetitan_crm_simulator._listing import page_of_rows
from servicetitan_crm_simulator._query import standard_filters, window
from servicetitan_crm_simulator._routing import Context


def list_notes(ctx: Context, parent_id: int, table_name: str) -> Response:
    table = getattr(ctx.store, table_name)
    filters = standard_filters(ctx.request, with_ids=False)
    rows = [row for row in table.children(parent_id, None) if row.active and filters.matches(row)]
    return Response(200, page_of_rows(window(ctx.request), rows, shapes.note))


def create_note(ctx: Context, parent_id: int, table_name: str, body: Body) -> Row:
    fields = {
        "text": body.string("text", required=True),
        "isPinned": bool(body.boolean("pinToTop")),
        "createdById": 0,
    }
    body.check()
    return ctx.new_row(getattr(ctx.store, table_name), parent_id, fields)


def delete_note(ctx: Context, parent_id: int, table_name: str) -> Response:
    table = getattr(ctx.store, table_name)
    note_id = ctx.id("noteId")
    row = table.get(note_id)
    if row is None or row.parent != parent_id or not row.active:
        raise not_found("Note", note_id)
    ctx.changed(table, row, active=False)
    return Response(200)
