"""Tag types, custom-field types and the bulk tag operations."""

from __future__ import annotations

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import tag_ids
from servicetitan_crm_simulator._http import NO_BODY, Problem, Response, not_found
from servicetitan_crm_simulator._listing import page_of_table
from servicetitan_crm_simulator._query import sort, standard_filters, window
from servicetitan_crm_simulator._routing import Context, Route, route
from servicetitan_crm_simulator._store import Table


def tag_type(ctx: Context) -> int:
    tag = ctx.id("tagTypeId")
    if tag not in ctx.store.tag_type_ids:
        raise not_found("Tag type", tag)
    return tag


def add_tag(ctx: Context, table: Table, row: Row, owner: str) -> Response:
    """Tag a customer or location (`owner` names it in answers); a second time is a 409."""
    tag = tag_type(ctx)
    if tag in row.fields["tagTypeIds"]:
        raise Problem(409, f"{owner.capitalize()} {row.id} already has tag type {tag}.")
    tags = sorted([*row.fields["tagTypeIds"], tag])
    ctx.changed(table, row, tagTypeIds=tags)
    return Response(200, {f"{owner}Id": row.id, "tagTypeIds": tags})


def remove_tag(ctx: Context, table: Table, row: Row, owner: str) -> Response:
    tag = tag_type(ctx)
    if tag not in row.fields["tagTypeIds"]:
        raise not_found(f"Tag type on {owner} {row.id}", tag)
    tags = [t for t in row.fields["tagTypeIds"] if t != tag]
    ctx.changed(table, row, tagTypeIds=tags)
    return Response(200)


def list_field_types(ctx: Context, table_name: str) -> Response:
    filters = standard_filters(ctx.request, with_ids=False)
    table = getattr(ctx.store, table_name)
    return Response(
        200,
        page_of_table(table, window(ctx.request), sort(ctx.request), filters, shapes.field_type),
    )


def _bulk_tags(ctx: Context, add: bool) -> Response:
    store = ctx.store
    body = ctx.body()
    customer_ids = body.integers("customerIds", required=True) or []
    tags = tag_ids(body, store) or []
    if body.raw.get("tagTypeIds") is None:
        body.error("tagTypeIds", "The tagTypeIds field is required.")
    rows = {customer_id: store.customers.get(customer_id) for customer_id in customer_ids}
    missing = [customer_id for customer_id, row in rows.items() if row is None]
    if missing:
        body.not_found("customerIds", f"Unknown customer ids: {missing}.")
    body.check()
    for row in rows.values():
        assert row is not None
        current = set(row.fields["tagTypeIds"])
        wanted = current | set(tags) if add else current - set(tags)
        if wanted != current:
            ctx.changed(store.customers, row, tagTypeIds=sorted(wanted))
    return Response(200, NO_BODY)


def _add_tags(ctx: Context) -> Response:
    return _bulk_tags(ctx, add=True)


def _remove_tags(ctx: Context) -> Response:
    return _bulk_tags(ctx, add=False)


ROUTES: list[Route] = [
    route("PUT", "/tags", "BulkTags_AddTags", _add_tags),
    route("DELETE", "/tags", "BulkTags_RemoveTags", _remove_tags),
]
