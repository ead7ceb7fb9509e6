"""Relationships: a contact linked to a CRM record (customer, location, booking, lead).

A relationship is named by its contact, the record's id and the type slug; one contact can be
linked to a record once per type (a second link is a 409), and only to a record that exists.
"""

from __future__ import annotations

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._contact_data import RELATIONSHIP_TYPES
from servicetitan_crm_simulator._contacts import API_USER_ID, children_of, contact_row
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._http import Problem, Response, not_found
from servicetitan_crm_simulator._listing import ordered, page_of_rows
from servicetitan_crm_simulator._query import (
    Predicate,
    integer,
    sort,
    standard_filters,
    text,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route


def _type_slug(ctx: Context) -> str:
    raw = ctx.request.params["typeSlug"]
    slug = raw.lower()
    if slug not in RELATIONSHIP_TYPES:
        raise Problem(
            404,
            f"Relationship type '{raw}' was not found; use one of {', '.join(RELATIONSHIP_TYPES)}.",
            data={"typeSlug": raw},
        )
    return slug


def _link(ctx: Context) -> tuple[Row, int, str, Row | None]:
    """The contact, the related record's id, the type slug, and the live link if there is one."""
    contact = contact_row(ctx, "contactId")
    related = ctx.id("relatedEntityId")
    slug = _type_slug(ctx)
    existing = next(
        (
            row
            for row in children_of(ctx, "contact_relationships", contact)
            if row.fields["relatedEntityId"] == related and row.fields["typeSlug"] == slug
        ),
        None,
    )
    return contact, related, slug, existing


def _equals(name: str, needle: str) -> Predicate:
    return lambda row: str(row.fields[name]).lower() == needle


def _list(ctx: Context) -> Response:
    contact = contact_row(ctx, "contactId")
    filters = standard_filters(ctx.request, with_ids=False)
    related = integer(ctx.request, "relatedEntityId")
    if related is not None:
        filters.add(
            "relatedEntityId", related, lambda row: row.fields["relatedEntityId"] == related
        )
    for name in ("typeSlug", "typeName"):
        wanted = text(ctx.request, name)
        if wanted:
            filters.add(name, wanted.lower(), _equals(name, wanted.lower()))
    rows = [
        row for row in children_of(ctx, "contact_relationships", contact) if filters.matches(row)
    ]
    guids = ctx.store.guids
    return Response(
        200,
        page_of_rows(
            window(ctx.request),
            ordered(rows, sort(ctx.request)),
            lambda row: shapes.relationship(row, guids),
        ),
    )


def _create(ctx: Context) -> Response:
    contact, related, slug, existing = _link(ctx)
    type_name, table_name = RELATIONSHIP_TYPES[slug]
    if getattr(ctx.store, table_name).get(related) is None:
        raise not_found(type_name, related)
    if existing is not None:
        raise Problem(
            409,
            f"Contact {ctx.store.guids.text(contact.id)} is already related to "
            f"{type_name.lower()} {related}.",
        )
    fields = {
        "relatedEntityId": related,
        "typeSlug": slug,
        "typeName": type_name,
        "createdBy": API_USER_ID,
    }
    ctx.new_row(ctx.store.contact_relationships, contact.id, fields)
    return Response(200)


def _delete(ctx: Context) -> Response:
    contact, related, slug, existing = _link(ctx)
    if existing is None:
        raise Problem(
            404,
            f"Contact {ctx.store.guids.text(contact.id)} has no {slug} relationship to {related}.",
            data={"relatedEntityId": related, "typeSlug": slug},
        )
    ctx.changed(ctx.store.contact_relationships, existing, active=False)
    return Response(200)


_ONE = "/contacts/{contactId}/relationships/{relatedEntityId}/{typeSlug}"

ROUTES: list[Route] = [
    route(
        "GET", "/contacts/{contactId}/relationships", "Contacts_GetContactRelationshipList", _list
    ),
    route("POST", _ONE, "Contacts_CreateContactRelationship", _create),
    route("DELETE", _ONE, "Contacts_DeleteContactRelationship", _delete),
]
