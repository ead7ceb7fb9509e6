"""Locations: the records, their contacts, notes, tags and custom-field types."""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._customers import (
    add_coordinates,
    add_external_data,
    add_name_and_address,
    new_location_fields,
)
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import (
    custom_fields,
    external_data,
    patched_address,
    tag_ids,
)
from servicetitan_crm_simulator._http import Problem, Response
from servicetitan_crm_simulator._listing import page_of_rows, page_of_table
from servicetitan_crm_simulator._notes import create_note, delete_note, list_notes
from servicetitan_crm_simulator._owner_contacts import OwnerContacts
from servicetitan_crm_simulator._query import (
    add_active,
    integer,
    sort,
    standard_filters,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route
from servicetitan_crm_simulator._tags import add_tag, list_field_types, remove_tag


def location_row(ctx: Context, location_id: int) -> Row:
    return ctx.existing(ctx.store.locations, "Location", location_id)


def _list(ctx: Context) -> Response:
    filters = standard_filters(ctx.request)
    add_active(filters, ctx.request)
    add_name_and_address(filters, ctx)
    add_external_data(filters, ctx)
    add_coordinates(filters, ctx)
    customer_id = integer(ctx.request, "customerId")
    if customer_id is not None:
        filters.add("customerId", customer_id, lambda row: row.parent == customer_id)
        store = ctx.store
        rows = store.locations.children(customer_id, store.customers.seeded.index_of(customer_id))
        field, descending = sort(ctx.request)
        rows = sorted(
            (row for row in rows if filters.matches(row)),
            key=lambda row: (row.id if field == "id" else getattr(row, field), row.id),
            reverse=descending,
        )
        render = ctx.renderer("location", shapes.location)
        return Response(200, page_of_rows(window(ctx.request), rows, render))
    render = ctx.renderer("location", shapes.location)
    return Response(
        200,
        page_of_table(ctx.store.locations, window(ctx.request), sort(ctx.request), filters, render),
    )


def _get(ctx: Context) -> Response:
    return Response(200, ctx.renderer("location", shapes.location)(location_row(ctx, ctx.id())))


def _create(ctx: Context) -> Response:
    store = ctx.store
    body = ctx.body()
    customer_id = body.integer("customerId", required=True)
    fields, contacts = new_location_fields(ctx, body)
    if customer_id is not None:
        customer = store.customers.get(customer_id)
        if customer is None:
            body.not_found("customerId", f"Customer {customer_id} does not exist.")
        elif not customer.active:
            raise Problem(409, f"Customer {customer_id} is inactive.")
    body.check()
    assert customer_id is not None
    location = ctx.new_row(store.locations, customer_id, {**fields, "customerId": customer_id})
    rows = [
        ctx.new_row(store.location_contacts, location.id, {**part, "locationId": location.id})
        for part in contacts
    ]
    answer = {**shapes.location(location), "contacts": [shapes.short_contact(r) for r in rows]}
    return Response(200, answer)


def _update(ctx: Context) -> Response:
    store = ctx.store
    row = location_row(ctx, ctx.id())
    body = ctx.body()
    changes: dict[str, Any] = {}
    if body.has("name"):
        changes["name"] = body.string("name", required=True)
    if body.has("active"):
        changes["active"] = body.boolean("active", required=True)
    if body.has("taxZoneId"):
        changes["taxZoneId"] = body.integer("taxZoneId")
    if body.has("address"):
        changes["address"] = patched_address(
            body, "address", row.fields["address"], nullable_coordinates=True
        )
    if body.has("tagTypeIds"):
        changes["tagTypeIds"] = tag_ids(body, store) or []
    if body.has("customFields"):
        changes["customFields"] = custom_fields(
            body, store.location_field_types, row.fields["customFields"]
        )
    if body.has("externalData"):
        changes["externalData"] = external_data(body, row.fields["externalData"])
    if body.has("customerId"):
        customer_id = body.integer("customerId", required=True)
        if customer_id is not None and customer_id != row.parent:
            customer = store.customers.get(customer_id)
            if customer is None:
                body.not_found("customerId", f"Customer {customer_id} does not exist.")
            elif not customer.active:
                raise Problem(409, f"Customer {customer_id} is inactive.")
            else:
                changes["customerId"] = customer_id
                changes["parent"] = customer_id
    body.check()
    updated = ctx.changed(store.locations, row, **changes)
    return Response(200, ctx.renderer("location", shapes.location)(updated))


_CONTACTS = OwnerContacts(
    location_row,
    owners="locations",
    contacts="location_contacts",
    owner_key="locationId",
    ids_parameter="locationIds",
)


def _list_notes(ctx: Context) -> Response:
    return list_notes(ctx, location_row(ctx, ctx.id()).id, "location_notes")


def _create_note(ctx: Context) -> Response:
    location = location_row(ctx, ctx.id())
    body = ctx.body()
    add_to_customer = body.boolean("addToCustomer")  # read before create_note checks the body
    note = create_note(ctx, location.id, "location_notes", body)
    if add_to_customer:
        ctx.new_row(ctx.store.customer_notes, location.parent, dict(note.fields))
    return Response(200, shapes.note(note))


def _delete_note(ctx: Context) -> Response:
    return delete_note(ctx, location_row(ctx, ctx.id()).id, "location_notes")


def _create_tag(ctx: Context) -> Response:
    return add_tag(ctx, ctx.store.locations, location_row(ctx, ctx.id()), "location")


def _delete_tag(ctx: Context) -> Response:
    return remove_tag(ctx, ctx.store.locations, location_row(ctx, ctx.id()), "location")


ROUTES: list[Route] = [
    route("GET", "/locations/contacts", "Locations_GetLocationsContactsList", _CONTACTS.modified),
    route(
        "GET",
        "/locations/custom-fields",
        "Locations_GetCustomFieldTypes",
        lambda ctx: list_field_types(ctx, "location_field_types"),
    ),
    route("GET", "/locations", "Locations_GetList", _list),
    route("POST", "/locations", "Locations_Create", _create),
    route("GET", "/locations/{id}", "Locations_Get", _get),
    route("PATCH", "/locations/{id}", "Locations_Update", _update),
    route("GET", "/locations/{id}/contacts", "Locations_GetContactList", _CONTACTS.list),
    route("POST", "/locations/{id}/contacts", "Locations_CreateContact", _CONTACTS.create),
    route(
        "PATCH", "/locations/{id}/contacts/{contactId}", "Locations_UpdateContact", _CONTACTS.update
    ),
    route(
        "DELETE",
        "/locations/{id}/contacts/{contactId}",
        "Locations_DeleteContact",
        _CONTACTS.delete,
    ),
    route("GET", "/locations/{id}/notes", "Locations_GetNotes", _list_notes),
    route("POST", "/locations/{id}/notes", "Locations_CreateNote", _create_note),
    route("DELETE", "/locations/{id}/notes/{noteId}", "Locations_DeleteNote", _delete_note),
    route("POST", "/locations/{id}/tags/{tagTypeId}", "Locations_CreateTag", _create_tag),
    route("DELETE", "/locations/{id}/tags/{tagTypeId}", "Locations_DeleteTag", _delete_tag),
]
