"""Customers: the records, their contacts, notes, tags and custom-field types."""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._config import COORDINATE_TOLERANCE_DEGREES
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import (
    COORDINATES_SOURCES,
    COORDINATES_VERIFICATION_STATUSES,
    CUSTOMER_TYPES,
    contact_fields,
    custom_fields,
    external_data,
    new_address,
    patched_address,
    tag_ids,
)
from servicetitan_crm_simulator._http import Response
from servicetitan_crm_simulator._listing import page_of_table
from servicetitan_crm_simulator._notes import create_note, delete_note, list_notes
from servicetitan_crm_simulator._owner_contacts import OwnerContacts
from servicetitan_crm_simulator._query import (
    Filters,
    Predicate,
    add_active,
    guid,
    number,
    phone_contains,
    sort,
    standard_filters,
    text,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route
from servicetitan_crm_simulator._tags import add_tag, list_field_types, remove_tag

_ADDRESS_FILTERS = ("street", "unit", "city", "state", "zip", "country")


def add_name_and_address(filters: Filters, ctx: Context) -> None:
    """`name` and the address filters: case-insensitive substring matches."""
    for name in ("name", *_ADDRESS_FILTERS):
        wanted = text(ctx.request, name)
        if not wanted:
            continue
        filters.add(name, wanted.lower(), _contains(name, wanted.lower()))


def add_external_data(filters: Filters, ctx: Context) -> None:
    """`externalDataKey` with `externalDataValues` (comma-separated): records holding that key
    with one of those values. The external data's application is not kept, so
    `externalDataApplicationGuid` is checked for form only."""
    guid(ctx.request, "externalDataApplicationGuid")
    key = text(ctx.request, "externalDataKey")
    raw_values = text(ctx.request, "externalDataValues")
    if not key or raw_values is None:
        return
    values = frozenset(value.strip() for value in raw_values.split(","))
    filters.add(
        "externalData",
        (key, values),
        lambda row: any(
            item["key"] == key and item["value"] in values for item in row.fields["externalData"]
        ),
    )


def add_coordinates(filters: Filters, ctx: Context) -> None:
    """`latitude` and `longitude`: records whose address has that coordinate."""
    for name in ("latitude", "longitude"):
        wanted = number(ctx.request, name)
        if wanted is not None:
            filters.add(name, wanted, _at_coordinate(name, wanted))


def _at_coordinate(name: str, wanted: float) -> Predicate:
    def matches(row: Row) -> bool:
        value = row.fields["address"].get(name)
        return value is not None and abs(value - wanted) <= COORDINATE_TOLERANCE_DEGREES

    return matches


def _add_phone(filters: Filters, ctx: Context) -> None:
    """`phone`: customers with a live contact whose number holds it (digits compared)."""
    wanted = text(ctx.request, "phone")
    if not wanted:
        return

    def matches(row: Row) -> bool:
        return any(
            contact.fields["type"] != "Email" and phone_contains(contact.fields["value"], wanted)
            for contact in _CONTACTS.of(ctx, row.id)
        )

    filters.add("phone", wanted, matches)


def _contains(name: str, needle: str) -> Predicate:
    if name == "name":
        return lambda row: needle in str(row.fields["name"]).lower()
    return lambda row: needle in str(row.fields["address"].get(name) or "").lower()


def customer_row(ctx: Context, customer_id: int) -> Row:
    return ctx.existing(ctx.store.customers, "Customer", customer_id)


def _list(ctx: Context) -> Response:
    filters = standard_filters(ctx.request)
    add_active(filters, ctx.request)
    add_name_and_address(filters, ctx)
    add_external_data(filters, ctx)
    add_coordinates(filters, ctx)
    _add_phone(filters, ctx)
    # excludeAccountingChangesFromModifiedDateRange: no change the simulator makes is an
    # accounting change (balances never move), so the modified range is the same either way.
    render = ctx.renderer("customer", shapes.customer)
    return Response(
        200,
        page_of_table(ctx.store.customers, window(ctx.request), sort(ctx.request), filters, render),
    )


def _get(ctx: Context) -> Response:
    return Response(200, ctx.renderer("customer", shapes.customer)(customer_row(ctx, ctx.id())))


def _create(ctx: Context) -> Response:
    store = ctx.store
    body = ctx.body()
    name = body.string("name", required=True)
    kind = body.choice("type", CUSTOMER_TYPES) or "Residential"
    address = new_address(body, "address", required=True)
    contacts = body.objects("contacts") or []
    locations = body.objects("locations", required=True)
    fields: dict[str, Any] = {
        "name": name,
        "type": kind,
        "address": address,
        "customFields": custom_fields(body, store.customer_field_types) or [],
        "balance": 0.0,
        "tagTypeIds": tag_ids(body, store) or [],
        "doNotMail": bool(body.boolean("doNotMail")),
        "doNotService": bool(body.boolean("doNotService")),
        "createdById": 0,
        "mergedToId": None,
        "externalData": external_data(body) or [],
        "taxExempt": bool(body.boolean("taxExempt")),
        "nationalAccount": bool(body.boolean("nationalAccount")),
        "creditLimit": body.number("creditLimit"),
        "creditLimitBalance": body.number("creditLimitBalance"),
        "paymentTermId": body.integer("paymentTermId"),
    }
    contact_parts = [contact_fields(part, "customerId", 0) for part in contacts]
    location_parts = [new_location_fields(ctx, part) for part in locations or []]
    body.check()
    customer = ctx.new_row(store.customers, 0, fields)
    contact_rows = [
        ctx.new_row(store.customer_contacts, customer.id, {**part, "customerId": customer.id})
        for part in contact_parts
    ]
    location_bodies = []
    for location_fields, location_contacts in location_parts:
        location = ctx.new_row(
            store.locations, customer.id, {**location_fields, "customerId": customer.id}
        )
        rows = [
            ctx.new_row(store.location_contacts, location.id, {**part, "locationId": location.id})
            for part in location_contacts
        ]
        location_bodies.append(
            {**shapes.location(location), "contacts": [shapes.short_contact(r) for r in rows]}
        )
    answer = {
        **shapes.customer(customer),
        "contacts": [shapes.short_contact(row) for row in contact_rows],
        "locations": location_bodies,
    }
    return Response(200, answer)


def new_location_fields(ctx: Context, part: Body) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new location's fields and its new contacts' fields, owners filled in later.

    The geocoding hints are checked against their enums; locations do not show them."""
    part.choice("coordinatesSource", COORDINATES_SOURCES)
    part.choice("coordinatesVerificationStatus", COORDINATES_VERIFICATION_STATUSES)
    fields: dict[str, Any] = {
        "customerId": 0,
        "name": part.string("name", required=True),
        "address": new_address(part, "address", required=True),
        "customFields": custom_fields(part, ctx.store.location_field_types) or [],
        "tagTypeIds": tag_ids(part, ctx.store) or [],
        "createdById": 0,
        "mergedToId": None,
        "externalData": external_data(part) or [],
        "taxExempt": False,
        "taxZoneId": None,
        "zoneId": None,
    }
    contacts = [contact_fields(c, "locationId", 0) for c in part.objects("contacts") or []]
    return fields, contacts


def _update(ctx: Context) -> Response:
    store = ctx.store
    row = customer_row(ctx, ctx.id())
    body = ctx.body()
    changes: dict[str, Any] = {}
    for name in ("name",):
        if body.has(name):
            changes[name] = body.string(name, required=True)
    if body.has("type"):
        changes["type"] = body.choice("type", CUSTOMER_TYPES, required=True)
    for name in ("doNotMail", "doNotService", "taxExempt", "nationalAccount", "active"):
        if body.has(name):
            changes[name] = body.boolean(name, required=True)
    for name in ("creditLimit", "creditLimitBalance"):
        if body.has(name):
            changes[name] = body.number(name)
    if body.has("paymentTermId"):
        changes["paymentTermId"] = body.integer("paymentTermId")
    if body.has("address"):
        changes["address"] = patched_address(body, "address", row.fields["address"])
    if body.has("tagTypeIds"):
        changes["tagTypeIds"] = tag_ids(body, store) or []
    if body.has("customFields"):
        changes["customFields"] = custom_fields(
            body, store.customer_field_types, row.fields["customFields"]
        )
    if body.has("externalData"):
        changes["externalData"] = external_data(body, row.fields["externalData"])
    body.check()
    updated = ctx.changed(store.customers, row, **changes)
    return Response(200, ctx.renderer("customer", shapes.customer)(updated))


_CONTACTS = OwnerContacts(
    customer_row,
    owners="customers",
    contacts="customer_contacts",
    owner_key="customerId",
    ids_parameter="customerIds",
)


# --- notes, tags, custom fields ---------------------------------------------------------
def _list_notes(ctx: Context) -> Response:
    return list_notes(ctx, customer_row(ctx, ctx.id()).id, "customer_notes")


def _create_note(ctx: Context) -> Response:
    customer_id = customer_row(ctx, ctx.id()).id
    body = ctx.body()
    add_to_locations = body.boolean("addToLocations")  # read before create_note checks the body
    note = create_note(ctx, customer_id, "customer_notes", body)
    if add_to_locations:
        store = ctx.store
        locations = store.locations.children(
            customer_id, store.customers.seeded.index_of(customer_id)
        )
        for location in locations:
            if location.active:
                ctx.new_row(store.location_notes, location.id, dict(note.fields))
    return Response(200, shapes.note(note))


def _delete_note(ctx: Context) -> Response:
    return delete_note(ctx, customer_row(ctx, ctx.id()).id, "customer_notes")


def _create_tag(ctx: Context) -> Response:
    return add_tag(ctx, ctx.store.customers, customer_row(ctx, ctx.id()), "customer")


def _delete_tag(ctx: Context) -> Response:
    return remove_tag(ctx, ctx.store.customers, customer_row(ctx, ctx.id()), "customer")


ROUTES: list[Route] = [
    route("GET", "/customers/contacts", "Customers_GetModifiedContactsList", _CONTACTS.modified),
    route(
        "GET",
        "/customers/custom-fields",
        "Customers_GetCustomFieldTypes",
        lambda ctx: list_field_types(ctx, "customer_field_types"),
    ),
    route("GET", "/customers", "Customers_GetList", _list),
    route("POST", "/customers", "Customers_Create", _create),
    route("GET", "/customers/{id}", "Customers_Get", _get),
    route("PATCH", "/customers/{id}", "Customers_Update", _update),
    route("GET", "/customers/{id}/contacts", "Customers_GetContactList", _CONTACTS.list),
    route("POST", "/customers/{id}/contacts", "Customers_CreateContact", _CONTACTS.create),
    route(
        "PATCH", "/customers/{id}/contacts/{contactId}", "Customers_UpdateContact", _CONTACTS.update
    ),
    route(
        "DELETE",
        "/customers/{id}/contacts/{contactId}",
        "Customers_DeleteContact",
        _CONTACTS.delete,
    ),
    route("GET", "/customers/{id}/notes", "Customers_GetNotes", _list_notes),
    route("POST", "/customers/{id}/notes", "Customers_CreateNote", _create_note),
    route("DELETE", "/customers/{id}/notes/{noteId}", "Customers_DeleteNote", _delete_note),
    route("POST", "/customers/{id}/tags/{tagTypeId}", "Customers_CreateTag", _create_tag),
    route("DELETE", "/customers/{id}/tags/{tagTypeId}", "Customers_DeleteTag", _delete_tag),
]
