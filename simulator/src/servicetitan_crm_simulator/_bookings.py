"""Bookings (tenant-wide reads and booking-provider routes) and booking-provider tags."""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import CONTACT_TYPES, CUSTOMER_TYPES, PRIORITIES, new_address
from servicetitan_crm_simulator._http import Problem, Response, not_found
from servicetitan_crm_simulator._listing import page_of_rows, page_of_table
from servicetitan_crm_simulator._query import sort, standard_filters, text, window
from servicetitan_crm_simulator._routing import Context, Route, route
from servicetitan_crm_simulator._time import format_ticks

# Bookings in these states are closed: the API refuses to change them.
_CLOSED = ("Converted", "Dismissed")


def _render(ctx: Context) -> Any:
    return ctx.renderer("booking", shapes.booking)


def _provider(ctx: Context) -> int:
    provider_id = ctx.id("booking_provider")
    row = ctx.store.provider_tags.get(provider_id)
    if row is None or not row.active:
        raise not_found("Booking provider", provider_id)
    return provider_id


def _booking(ctx: Context, provider_id: int | None) -> Row:
    booking_id = ctx.id()
    row = ctx.store.bookings.get(booking_id)
    if row is None or (provider_id is not None and row.parent != provider_id):
        raise not_found("Booking", booking_id)
    return row


def _list(ctx: Context, provider_id: int | None) -> Response:
    filters = standard_filters(ctx.request)
    if provider_id is not None:
        filters.add("provider", provider_id, lambda row: row.parent == provider_id)
    external_id = text(ctx.request, "externalId")
    if external_id:
        filters.add("externalId", external_id, lambda row: row.fields["externalId"] == external_id)
    return Response(
        200,
        page_of_table(
            ctx.store.bookings, window(ctx.request), sort(ctx.request), filters, _render(ctx)
        ),
    )


def _contacts(ctx: Context, booking: Row) -> list[Row]:
    store = ctx.store
    index = store.bookings.seeded.index_of(booking.id)
    return [row for row in store.booking_contacts.children(booking.id, index) if row.active]


def _list_contacts(ctx: Context, provider_id: int | None) -> Response:
    booking = _booking(ctx, provider_id)
    render = ctx.renderer("contact", shapes.booking_contact)
    return Response(200, page_of_rows(window(ctx.request), _contacts(ctx, booking), render))


def _contact_fields(ctx: Context, part: Any, *, required: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    # In an update every field may be null (the document allows it): null leaves it as it is.
    if required or part.raw.get("type") is not None:
        fields["type"] = part.choice("type", CONTACT_TYPES, required=True)
    if required or part.raw.get("value") is not None:
        fields["value"] = part.string("value", required=True)
    if required or part.has("memo"):
        fields["memo"] = part.string("memo", nullable=True) or ""
    return fields


def _create(ctx: Context) -> Response:
    provider_id = _provider(ctx)
    body = ctx.body()
    start = body.timestamp("start") or format_ticks(ctx.now)
    fields: dict[str, Any] = {
        "bookingProviderId": provider_id,
        "source": body.string("source", required=True),
        "name": body.string("name", required=True),
        "address": new_address(body, "address", required=False, with_coordinates=False),
        "customerType": body.choice("customerType", CUSTOMER_TYPES),
        "start": start,
        "campaignId": body.integer("campaignId"),
        "businessUnitId": body.integer("businessUnitId"),
        "isFirstTimeClient": body.boolean("isFirstTimeClient", required=True),
        "uploadedImages": body.strings("uploadedImages") or [],
        "isSendConfirmationEmail": body.boolean("isSendConfirmationEmail"),
        "status": "New",
        "dismissingReasonId": None,
        "jobId": None,
        "externalId": body.string("externalId", required=True),
        "priority": body.choice("priority", PRIORITIES),
        "jobTypeId": body.integer("jobTypeId"),
        "summary": body.string("summary", required=True),
    }
    contacts = [
        _contact_fields(ctx, part, required=True) for part in body.objects("contacts") or []
    ]
    body.check()
    row = ctx.new_row(ctx.store.bookings, provider_id, fields)
    for contact in contacts:
        ctx.new_row(ctx.store.booking_contacts, row.id, contact)
    return Response(200, _render(ctx)(row))


def _update(ctx: Context) -> Response:
    row = _booking(ctx, _provider(ctx))
    if row.fields["status"] in _CLOSED:
        raise Problem(409, f"Booking {row.id} is {row.fields['status']} and cannot change.")
    body = ctx.body()
    changes: dict[str, Any] = {}
    for name in ("name", "source", "externalId", "summary"):
        if body.has(name):
            changes[name] = body.string(name, required=True)
    for name in ("businessUnitId", "campaignId", "jobTypeId"):
        if body.has(name):
            changes[name] = body.integer(name)
    if body.has("isFirstTimeClient"):
        changes["isFirstTimeClient"] = body.boolean("isFirstTimeClient", required=True)
    if body.has("customerType"):
        changes["customerType"] = body.choice("customerType", CUSTOMER_TYPES)
    if body.has("priority"):
        changes["priority"] = body.choice("priority", PRIORITIES)
    if body.has("start"):
        changes["start"] = body.timestamp("start", required=True)
    if body.has("uploadedImages"):
        changes["uploadedImages"] = body.strings("uploadedImages") or []
    if body.has("address"):
        changes["address"] = new_address(body, "address", required=True, with_coordinates=False)
    body.check()
    return Response(200, _render(ctx)(ctx.changed(ctx.store.bookings, row, **changes)))


def _dismiss(ctx: Context) -> Response:
    row = _booking(ctx, _provider(ctx))
    body = ctx.body()
    reason = body.integer("callReasonId")
    body.string("dismissingMemo")
    body.check()
    if row.fields["status"] == "Converted":
        # The export gives this operation no 409 (unlike the update): the dismissal is accepted
        # and a converted booking, whose job exists, stays converted.
        return Response(200)
    ctx.changed(ctx.store.bookings, row, status="Dismissed", dismissingReasonId=reason)
    return Response(200)


def _create_contact(ctx: Context) -> Response:
    booking = _booking(ctx, _provider(ctx))
    body = ctx.body()
    fields = _contact_fields(ctx, body, required=True)
    body.check()
    row = ctx.new_row(ctx.store.booking_contacts, booking.id, fields)
    return Response(200, ctx.renderer("contact", shapes.booking_contact)(row))


def _booking_contact(ctx: Context) -> Row:
    booking = _booking(ctx, _provider(ctx))
    contact_id = ctx.id("contactId")
    row = ctx.store.booking_contacts.get(contact_id)
    if row is None or row.parent != booking.id or not row.active:
        raise not_found("Booking contact", contact_id)
    return row


def _update_contact(ctx: Context) -> Response:
    row = _booking_contact(ctx)
    body = ctx.body()
    changes = _contact_fields(ctx, body, required=False)
    body.check()
    updated = ctx.changed(ctx.store.booking_contacts, row, **changes)
    # The documented answer is the request model echoed back: type, value, memo.
    return Response(200, {name: updated.fields[name] for name in ("type", "value", "memo")})


def _delete_contact(ctx: Context) -> Response:
    ctx.changed(ctx.store.booking_contacts, _booking_contact(ctx), active=False)
    return Response(200)


# --- booking-provider tags --------------------------------------------------------------
def _tag(ctx: Context) -> Row:
    return ctx.existing(ctx.store.provider_tags, "Booking provider tag", ctx.id())


def _unique_name(ctx: Context, name: str | None) -> None:
    if name is None:
        return
    table = ctx.store.provider_tags
    for row in table.scan("id", False, None):
        if row.fields["tagName"].lower() == name.lower():
            raise Problem(409, f"A booking provider tag named '{name}' already exists.")


def _list_tags(ctx: Context) -> Response:
    filters = standard_filters(ctx.request)
    name = text(ctx.request, "name")
    if name:
        filters.add("name", name.lower(), lambda row: name.lower() in row.fields["tagName"].lower())

    def shape(row: Row) -> dict[str, Any]:
        return shapes.provider_tag(row, with_active=True)

    render = ctx.renderer("provider_tag", shape)
    table = ctx.store.provider_tags
    return Response(
        200, page_of_table(table, window(ctx.request), sort(ctx.request), filters, render)
    )


def _create_tag(ctx: Context) -> Response:
    body = ctx.body()
    name = body.string("tagName", required=True)
    description = body.string("description", required=True)
    body.check()
    _unique_name(ctx, name)
    fields = {"tagName": name, "description": description, "type": "V2Api"}
    row = ctx.new_row(ctx.store.provider_tags, 0, fields)
    return Response(200, shapes.provider_tag(row, with_active=False))


def _get_tag(ctx: Context) -> Response:
    render = ctx.renderer("provider_tag", lambda row: shapes.provider_tag(row, with_active=True))
    return Response(200, render(_tag(ctx)))


def _update_tag(ctx: Context) -> Response:
    row = _tag(ctx)
    body = ctx.body()
    changes: dict[str, Any] = {}
    if body.has("tagName"):
        changes["tagName"] = body.string("tagName", required=True)
    if body.has("description"):
        changes["description"] = body.string("description")
    body.check()
    # Only a create documents 409 for a taken name; a rename to one is accepted (the real
    # API's answer is unknown: see "Conformance" in openapi/DECISIONS.md).
    updated = ctx.changed(ctx.store.provider_tags, row, **changes)
    return Response(200, shapes.provider_tag(updated, with_active=False))


_PROVIDER = "/booking-provider/{booking_provider}/bookings"

ROUTES: list[Route] = [
    route("GET", "/bookings", "Bookings_GetList", lambda ctx: _list(ctx, None)),
    route(
        "GET",
        "/bookings/{id}",
        "Bookings_Get",
        lambda ctx: Response(200, _render(ctx)(_booking(ctx, None))),
    ),
    route(
        "GET",
        "/bookings/{id}/contacts",
        "Bookings_GetContactList",
        lambda ctx: _list_contacts(ctx, None),
    ),
    route("GET", _PROVIDER, "Bookings_GetList2", lambda ctx: _list(ctx, _provider(ctx))),
    route("POST", _PROVIDER, "Bookings_Create", _create),
    route(
        "GET",
        _PROVIDER + "/{id}",
        "Bookings_GetForProvider",
        lambda ctx: Response(200, _render(ctx)(_booking(ctx, _provider(ctx)))),
    ),
    route("PATCH", _PROVIDER + "/{id}", "Bookings_Update", _update),
    route("POST", _PROVIDER + "/{id}/dismiss", "Bookings_DismissBooking", _dismiss),
    route(
        "GET",
        _PROVIDER + "/{id}/contacts",
        "Bookings_GetContactList2",
        lambda ctx: _list_contacts(ctx, _provider(ctx)),
    ),
    route("POST", _PROVIDER + "/{id}/contacts", "Bookings_CreateContact", _create_contact),
    route(
        "PATCH",
        _PROVIDER + "/{id}/contacts/{contactId}",
        "Bookings_UpdateBookingContact",
        _update_contact,
    ),
    route(
        "DELETE",
        _PROVIDER + "/{id}/contacts/{contactId}",
        "Bookings_DeleteContact",
        _delete_contact,
    ),
    route("GET", "/booking-provider-tags", "BookingProviderTags_GetList", _list_tags),
    route("POST", "/booking-provider-tags", "BookingProviderTags_Create", _create_tag),
    route("GET", "/booking-provider-tags/{id}", "BookingProviderTags_Get", _get_tag),
    route("PATCH", "/booking-provider-tags/{id}", "BookingProviderTags_Update", _update_tag),
]
