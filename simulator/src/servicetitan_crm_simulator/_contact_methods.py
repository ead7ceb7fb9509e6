"""Contact methods: a contact's phone numbers and email addresses (GUID ids).

PUT is "create or replace": a GUID the tenant has not seen becomes the new method's id, as
the real API lets a client choose it. A value must look like its type (an email address, or
a phone number of at least seven digits).
"""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._contact_data import (
    CONTACT_METHODS_CODE,
    CONTACTS_CODE,
    NEW_METHOD_PREFERENCES,
)
from servicetitan_crm_simulator._contacts import API_USER_ID, children_of, contact_row
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import CONTACT_TYPES
from servicetitan_crm_simulator._guids import path_guid
from servicetitan_crm_simulator._http import Response, invalid, not_found
from servicetitan_crm_simulator._listing import Render, ordered, page_of_rows, page_of_table
from servicetitan_crm_simulator._query import (
    Filters,
    Predicate,
    guid,
    sort,
    standard_filters,
    text,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route


def method_row(ctx: Context) -> Row:
    """The live contact method named by the path, which must belong to the path's contact."""
    contact = contact_row(ctx, "contactId")
    value = path_guid(ctx.request, "contactMethodId")
    record_id = ctx.store.guids.record_id(CONTACT_METHODS_CODE, value)
    row = None if record_id is None else ctx.store.contact_methods.get(record_id)
    if row is None or not row.active or row.parent != contact.id:
        raise not_found("Contact method", str(value))
    return row


def _render(ctx: Context) -> Render:
    guids = ctx.store.guids
    return ctx.renderer("contact_method", lambda row: shapes.contact_method(row, guids))


def _filters(ctx: Context) -> Filters:
    filters = standard_filters(ctx.request, with_ids=False)
    filters.add("live", True, lambda row: row.active)
    kind = text(ctx.request, "type")
    if kind:
        # Typed as any string by the document: an unknown type matches no record.
        known = {option.lower(): option for option in CONTACT_TYPES}
        kind = known.get(kind.lower(), kind)
        filters.add("type", kind, _equals("type", kind))
    for name in ("value", "referenceId"):
        wanted = text(ctx.request, name)
        if wanted:
            filters.add(name, wanted.lower(), _equals(name, wanted.lower(), fold=True))
    return filters


def _equals(name: str, wanted: str, *, fold: bool = False) -> Predicate:
    if fold:
        return lambda row: (row.fields[name] or "").lower() == wanted
    return lambda row: row.fields[name] == wanted


def _list(ctx: Context) -> Response:
    contact = contact_row(ctx, "contactId")
    filters = _filters(ctx)
    rows = [row for row in children_of(ctx, "contact_methods", contact) if filters.matches(row)]
    return Response(
        200, page_of_rows(window(ctx.request), ordered(rows, sort(ctx.request)), _render(ctx))
    )


def _search(ctx: Context) -> Response:
    """Contact methods across contacts; `contactId` narrows it to one (unknown: none)."""
    store = ctx.store
    filters = _filters(ctx)
    wanted = guid(ctx.request, "contactId")
    if wanted is not None:
        contact_id = store.guids.record_id(CONTACTS_CODE, wanted)
        contact = None if contact_id is None else store.contacts.get(contact_id)
        methods = [] if contact is None else children_of(ctx, "contact_methods", contact)
        rows = ordered((row for row in methods if filters.matches(row)), sort(ctx.request))
        return Response(200, page_of_rows(window(ctx.request), rows, _render(ctx)))
    table = store.contact_methods
    return Response(
        200, page_of_table(table, window(ctx.request), sort(ctx.request), filters, _render(ctx))
    )


def _get(ctx: Context) -> Response:
    return Response(200, _render(ctx)(method_row(ctx)))


def _full_fields(body: Body) -> dict[str, Any]:
    """Every field of a create or an upsert: type and value are required."""
    kind = body.choice("type", CONTACT_TYPES, required=True)
    value = body.string("value", required=True)
    return {
        "type": kind,
        "value": value,
        "memo": body.string("memo"),
        "referenceId": body.string("referenceId"),
        "modifiedBy": API_USER_ID,
    }


def _create(ctx: Context) -> Response:
    contact = contact_row(ctx, "contactId")
    body = ctx.body()
    fields = _full_fields(body)
    body.check()
    fields.update(createdBy=API_USER_ID, preferences=dict(NEW_METHOD_PREFERENCES))
    row = ctx.new_row(ctx.store.contact_methods, contact.id, fields)
    return Response(200, _render(ctx)(row))


def _upsert(ctx: Context) -> Response:
    store = ctx.store
    contact = contact_row(ctx, "contactId")
    value = path_guid(ctx.request, "contactMethodId")
    body = ctx.body()
    fields = _full_fields(body)
    body.check()
    record_id = store.guids.record_id(CONTACT_METHODS_CODE, value)
    row = None if record_id is None else store.contact_methods.get(record_id)
    if row is not None and row.parent != contact.id:
        raise invalid("contactMethodId", f"Contact method {value} belongs to another contact.")
    if row is not None and row.active:
        updated = ctx.changed(store.contact_methods, row, **fields)
        return Response(200, _render(ctx)(updated))
    fields.update(createdBy=API_USER_ID, preferences=dict(NEW_METHOD_PREFERENCES))
    if row is not None:
        # A deleted method comes back under its old id.
        revived = ctx.changed(store.contact_methods, row, active=True, **fields)
        return Response(200, _render(ctx)(revived))
    created = ctx.new_row(store.contact_methods, contact.id, fields)
    store.guids.adopt(value, created.id)
    return Response(200, _render(ctx)(created))


def _update(ctx: Context) -> Response:
    row = method_row(ctx)
    body = ctx.body()
    changes: dict[str, Any] = {"modifiedBy": API_USER_ID}
    if body.has("value"):
        changes["value"] = body.string("value", required=True)
    if body.has("memo"):
        changes["memo"] = body.string("memo")
    body.check()
    return Response(200, _render(ctx)(ctx.changed(ctx.store.contact_methods, row, **changes)))


def _delete(ctx: Context) -> Response:
    ctx.changed(ctx.store.contact_methods, method_row(ctx), active=False)
    return Response(200)


_ONE = "/contacts/{contactId}/contact-methods/{contactMethodId}"

ROUTES: list[Route] = [
    route("GET", "/contacts/contact-methods", "Contacts_SearchContactMethods", _search),
    route(
        "GET", "/contacts/{contactId}/contact-methods", "ContactMethods_GetContactMethods", _list
    ),
    route(
        "POST",
        "/contacts/{contactId}/contact-methods",
        "ContactMethods_CreateContactMethod",
        _create,
    ),
    route("GET", _ONE, "ContactMethods_GetContactMethod", _get),
    route("PUT", _ONE, "ContactMethods_UpsertContactMethod", _upsert),
    route("PATCH", _ONE, "ContactMethods_UpdateContactMethod", _update),
    route("DELETE", _ONE, "ContactMethods_DeleteContactMethod", _delete),
]
