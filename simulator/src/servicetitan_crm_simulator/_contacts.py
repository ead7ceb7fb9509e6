"""Contacts of the contacts family: people with GUID ids, linked to CRM records by relationships.

A deleted contact takes its contact methods and relationships with it. `isArchived` is the
contact's own flag (an archived contact is still listed and can be changed); deleting is final.
"""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._contact_data import RELATIONSHIP_TYPES
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._http import Response, not_found
from servicetitan_crm_simulator._listing import Render, ordered, page_of_rows, page_of_table
from servicetitan_crm_simulator._query import (
    Filters,
    Predicate,
    sort,
    standard_filters,
    text,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route

# Who the simulator says made a change through the API (the real API names the app's user).
API_USER_ID = 0
_TEXT_FIELDS = ("name", "title", "referenceId")


def contact_row(ctx: Context, name: str = "id") -> Row:
    """The live contact named by GUID path parameter `name`."""
    return ctx.existing_guid(ctx.store.contacts, "Contact", name)


def children_of(ctx: Context, table_name: str, contact: Row) -> list[Row]:
    """A contact's live contact methods or relationships, in id order."""
    store = ctx.store
    index = store.contacts.seeded.index_of(contact.id)
    return [row for row in getattr(store, table_name).children(contact.id, index) if row.active]


def _render(ctx: Context) -> Render:
    guids = ctx.store.guids
    return ctx.renderer("contact_record", lambda row: shapes.contact_record(row, guids))


def _filters(ctx: Context) -> Filters:
    """The filters both contact lists take: name, title, referenceId, isArchived, dates."""
    filters = standard_filters(ctx.request, with_ids=False)
    filters.add("live", True, lambda row: row.active)
    for name in ("name", "title"):
        wanted = text(ctx.request, name)
        if wanted:
            filters.add(name, wanted.lower(), _contains(name, wanted.lower()))
    reference = text(ctx.request, "referenceId")
    if reference:
        filters.add(
            "referenceId",
            reference.lower(),
            lambda row: (row.fields["referenceId"] or "").lower() == reference.lower(),
        )
    # The document types isArchived as any string: true/false filter, anything else matches none.
    archived = (text(ctx.request, "isArchived") or "").lower()
    if archived:
        filters.add(
            "isArchived", archived, lambda row: str(row.fields["isArchived"]).lower() == archived
        )
    return filters


def _contains(name: str, needle: str) -> Predicate:
    return lambda row: needle in (row.fields[name] or "").lower()


def _list(ctx: Context) -> Response:
    table = ctx.store.contacts
    return Response(
        200,
        page_of_table(table, window(ctx.request), sort(ctx.request), _filters(ctx), _render(ctx)),
    )


def _related_to(ctx: Context) -> Response:
    """The contacts related to one CRM record, whatever the relationship type."""
    store = ctx.store
    entity_id = ctx.id("relationshipId")
    tables = (getattr(store, table) for _, table in RELATIONSHIP_TYPES.values())
    if not any(table.get(entity_id) is not None for table in tables):
        raise not_found("Related entity", entity_id)
    relationships = store.contact_relationships
    candidates = {
        row.id: row
        for index in store.contact_seed.related_indices(entity_id)
        if (row := relationships.get(relationships.seeded.id_of(index))) is not None
    }
    candidates.update((row.id, row) for row in relationships.held())
    contact_ids = {
        row.parent
        for row in candidates.values()
        if row.active and row.fields["relatedEntityId"] == entity_id
    }
    filters = _filters(ctx)
    contacts = (store.contacts.get(contact_id) for contact_id in contact_ids)
    rows = [row for row in contacts if row is not None and filters.matches(row)]
    return Response(
        200, page_of_rows(window(ctx.request), ordered(rows, sort(ctx.request)), _render(ctx))
    )


def _get(ctx: Context) -> Response:
    return Response(200, _render(ctx)(contact_row(ctx)))


def _text_fields(body: Body, *, only_given: bool) -> dict[str, Any]:
    return {
        name: body.string(name, nullable=True)
        for name in _TEXT_FIELDS
        if body.has(name) or not only_given
    }


def _create(ctx: Context) -> Response:
    body = ctx.body()
    fields = _text_fields(body, only_given=False)
    body.check()
    fields.update(isArchived=False, createdBy=API_USER_ID, modifiedBy=API_USER_ID)
    row = ctx.new_row(ctx.store.contacts, 0, fields)
    return Response(200, _render(ctx)(row))


def _change(ctx: Context, *, replace: bool) -> Response:
    """PUT replaces every field (absent ones become null); PATCH changes the given ones.

    Both require `isArchived`, as the document does.
    """
    row = contact_row(ctx)
    body = ctx.body()
    changes = _text_fields(body, only_given=not replace)
    changes["isArchived"] = body.boolean("isArchived", required=True)
    body.check()
    changed = ctx.changed(ctx.store.contacts, row, modifiedBy=API_USER_ID, **changes)
    return Response(200, _render(ctx)(changed))


def _delete(ctx: Context) -> Response:
    store = ctx.store
    contact = contact_row(ctx)
    for table_name in ("contact_methods", "contact_relationships"):
        for child in children_of(ctx, table_name, contact):
            ctx.changed(getattr(store, table_name), child, active=False)
    ctx.changed(store.contacts, contact, active=False, modifiedBy=API_USER_ID)
    return Response(200)


ROUTES: list[Route] = [
    route("GET", "/contacts", "Contacts_GetList", _list),
    route("POST", "/contacts", "Contacts_Create", _create),
    route(
        "GET",
        "/contacts/relationships/{relationshipId}",
        "Contacts_GetByRelationshipId",
        _related_to,
    ),
    route("GET", "/contacts/{id}", "Contacts_Get", _get),
    route("PUT", "/contacts/{id}", "Contacts_Replace", lambda ctx: _change(ctx, replace=True)),
    route("PATCH", "/contacts/{id}", "Contacts_Update", lambda ctx: _change(ctx, replace=False)),
    route("DELETE", "/contacts/{id}", "Contacts_DeleteContact", _delete),
]
