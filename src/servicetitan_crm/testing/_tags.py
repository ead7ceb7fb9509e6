"""Tag types, custom-field types and the bulk tag operations."""

from __future__ import annotations

from servicetitan_crm.testing import _shapes as shapes
from servicetitan_crm.testing._forms import tag_ids
from servicetitan_crm.testing._http import NO_BODY, Response, not_found
from servicetitan_crm.testing._listing import page_of_table
from servicetitan_crm.testing._query import sort, standard_filters, window
from servicetitan_crm.testing._routing import Context, Route, route


def tag_type(ctx: Context) -> int:
    tag = ctx.id("tagTypeId")
    if tag not in ctx.store.tag_type_ids:
        raise not_found("Tag type", tag)
    return tag


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
        body.error("customerIds", f"Unknown customer ids: {missing}.")
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
