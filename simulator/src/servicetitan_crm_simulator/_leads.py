"""Leads: the records, dismissal, follow-ups, notes and the lead form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._config import PERMANENT_LEAD_URL
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import PRIORITIES, new_address, tag_ids
from servicetitan_crm_simulator._http import Response, not_found
from servicetitan_crm_simulator._listing import page_of_table
from servicetitan_crm_simulator._notes import create_note, list_notes
from servicetitan_crm_simulator._query import (
    Filters,
    Predicate,
    boolean,
    integer,
    phone_contains,
    sort,
    standard_filters,
    text,
    timestamp,
    window,
)
from servicetitan_crm_simulator._routing import Context, Route, route

# What a lead submitted through the lead form says it was captured by.
FORM_CAPTURE_SOURCE = "Form"
_LEAD_TEXT = (
    "leadCustomerName",
    "leadPhone",
    "leadEmail",
    "leadStreet",
    "leadUnit",
    "leadCity",
    "leadState",
    "leadZip",
    "leadCountry",
)


def _lead(ctx: Context, lead_id: int) -> Row:
    return ctx.existing(ctx.store.leads, "Lead", lead_id)


def _render(ctx: Context) -> Any:
    return ctx.renderer("lead", shapes.lead)


def _list(ctx: Context) -> Response:
    request = ctx.request
    filters = standard_filters(request)
    customer_id = integer(request, "customerId")
    if customer_id is not None:
        filters.add("customerId", customer_id, lambda row: row.fields["customerId"] == customer_id)
    # The document's LeadStatus values were checked before (as the document spells them), so a
    # value the document adds filters too: no lead has it yet.
    status = (text(request, "status") or "").lower()
    if status:
        filters.add("status", status, lambda row: str(row.fields["status"]).lower() == status)
    if boolean(request, "withoutCustomer"):
        filters.add("withoutCustomer", True, lambda row: row.fields["customerId"] is None)
    _add_customer_filters(filters, ctx)
    _add_lead_filters(filters, ctx)
    render = _render(ctx)
    if boolean(request, "genPermUrl"):
        render = _with_permanent_url(render)
    return Response(
        200,
        page_of_table(ctx.store.leads, window(request), sort(request), filters, render),
    )


def _add_lead_filters(filters: Filters, ctx: Context) -> None:
    """What the lead itself says: its name and phone as captured, where it was captured, and
    whether its customer is still a prospect."""
    name = (text(ctx.request, "leadCustomerName") or "").lower()
    if name:
        filters.add(
            "leadCustomerName",
            name,
            lambda row: name in str(row.fields["leadCustomerName"] or "").lower(),
        )
    phone = text(ctx.request, "leadPhone")
    if phone:
        filters.add("leadPhone", phone, lambda row: phone_contains(row.fields["leadPhone"], phone))
    from_form = boolean(ctx.request, "isCaptureSourceForm")
    if from_form is not None:
        filters.add(
            "isCaptureSourceForm",
            from_form,
            lambda row: (row.fields["captureSource"] == FORM_CAPTURE_SOURCE) == from_form,
        )
    prospect = boolean(ctx.request, "isProspect")
    if prospect is not None:
        with_jobs = _customers_with_jobs(ctx)
        filters.add(
            "isProspect",
            (prospect, frozenset(with_jobs)),
            lambda row: (
                row.fields["customerId"] is not None
                and (row.fields["customerId"] not in with_jobs) == prospect
            ),
        )


def _customers_with_jobs(ctx: Context) -> set[int]:
    """Customers with a job: a lead of theirs was converted (booked as a job)."""
    return {
        row.fields["customerId"]
        for row in ctx.store.leads.scan("id", False, None)
        if row.fields["status"] == "Converted" and row.fields["customerId"] is not None
    }


def _with_permanent_url(render: Callable[[Row], dict[str, Any]]) -> Callable[[Row], Any]:
    def rendered(row: Row) -> dict[str, Any]:
        body = render(row)
        body["leadUrl"] = PERMANENT_LEAD_URL.format(id=row.id)
        return body

    return rendered


def _add_customer_filters(filters: Filters, ctx: Context) -> None:
    """Filters on the lead's customer: its city, state and zip (case-insensitive substrings)
    and when it was created or modified. A lead without a customer matches none of them."""
    customers = ctx.store.customers

    def customer_of(row: Row) -> Row | None:
        customer_id = row.fields["customerId"]
        return None if customer_id is None else customers.get(customer_id)

    for name, field in (
        ("customerCity", "city"),
        ("customerState", "state"),
        ("customerZip", "zip"),
    ):
        wanted = (text(ctx.request, name) or "").lower()
        if wanted:
            filters.add(name, wanted, _customer_address(customer_of, field, wanted))
    bounds: list[tuple[str, Callable[[Row], int], bool]] = [
        ("customerCreatedBefore", lambda customer: customer.created, True),
        ("customerCreatedOnOrAfter", lambda customer: customer.created, False),
        ("customerModifiedOnOrAfter", lambda customer: customer.modified, False),
    ]
    for name, value_of, before in bounds:
        ticks = timestamp(ctx.request, name)
        if ticks is not None:
            filters.add(name, ticks, _customer_bound(customer_of, value_of, ticks, before))


def _customer_address(
    customer_of: Callable[[Row], Row | None], field: str, wanted: str
) -> Predicate:
    def matches(row: Row) -> bool:
        customer = customer_of(row)
        return (
            customer is not None
            and wanted in str(customer.fields["address"].get(field) or "").lower()
        )

    return matches


def _customer_bound(
    customer_of: Callable[[Row], Row | None],
    value_of: Callable[[Row], int],
    ticks: int,
    before: bool,
) -> Predicate:
    def matches(row: Row) -> bool:
        customer = customer_of(row)
        if customer is None:
            return False
        return value_of(customer) < ticks if before else value_of(customer) >= ticks

    return matches


def _get(ctx: Context) -> Response:
    return Response(200, _render(ctx)(_lead(ctx, ctx.id())))


def _references(ctx: Context, body: Body) -> dict[str, Any]:
    """customerId / locationId must name existing records."""
    store = ctx.store
    found: dict[str, Any] = {}
    for name, table in (("customerId", store.customers), ("locationId", store.locations)):
        if body.has(name):
            value = body.integer(name)
            if value is not None and table.get(value) is None:
                body.not_found(name, f"{name[:-2].title()} {value} does not exist.")
            found[name] = value
    return found


def _create(ctx: Context) -> Response:
    body = ctx.body()
    fields: dict[str, Any] = {
        "status": "Open",
        "customerId": None,
        "locationId": None,
        "businessUnitId": body.integer("businessUnitId"),
        "jobTypeId": body.integer("jobTypeId"),
        "priority": body.choice("priority", PRIORITIES) or "Normal",
        "campaignId": body.integer("campaignId", required=True),
        "callReasonId": body.integer("callReasonId"),
        "dismissingReasonId": None,
        "followUpDate": body.timestamp("followUpDate"),
        "bookingId": body.integer("bookingId"),
        "callId": None,
        "manualCallId": None,
        "leadUrl": None,
        "createdById": 0,
        "tagTypeIds": tag_ids(body, ctx.store) or [],
        "captureSource": "Api",
        **{name: body.string(name) for name in _LEAD_TEXT},
    }
    fields.update(_references(ctx, body))
    summary = body.string("summary", required=True)
    fields["summary"] = summary
    body.check()
    row = ctx.new_row(ctx.store.leads, fields["customerId"] or 0, fields)
    # Like the application, also keep the summary as the lead's first note.
    ctx.new_row(
        ctx.store.lead_notes, row.id, {"text": summary, "isPinned": False, "createdById": 0}
    )
    return Response(200, _render(ctx)(row))


def _update(ctx: Context) -> Response:
    row = _lead(ctx, ctx.id())
    body = ctx.body()
    changes: dict[str, Any] = {}
    for name in ("businessUnitId", "campaignId", "jobTypeId"):
        if body.has(name):
            changes[name] = body.integer(name, required=name == "campaignId")
    if body.has("priority"):
        changes["priority"] = body.choice("priority", PRIORITIES, required=True)
    for name in _LEAD_TEXT:
        if body.has(name):
            changes[name] = body.string(name)
    summary = body.string("summary")
    if summary is not None:
        changes["summary"] = summary
    body.check()
    updated = ctx.changed(ctx.store.leads, row, **changes)
    if summary is not None:
        # As on create, the summary is kept as a note: a new one for the changed summary.
        ctx.new_row(
            ctx.store.lead_notes, row.id, {"text": summary, "isPinned": False, "createdById": 0}
        )
    return Response(200, _render(ctx)(updated))


def _dismiss(ctx: Context) -> Response:
    row = _lead(ctx, ctx.id())
    body = ctx.body()
    reason = body.integer("dismissingReasonId", required=True)
    body.check()
    ctx.changed(ctx.store.leads, row, status="Dismissed", dismissingReasonId=reason)
    return Response(200)


def _follow_up(ctx: Context) -> Response:
    row = _lead(ctx, ctx.id())
    body = ctx.body()
    when = body.timestamp("followUpDate", required=True)
    note_text = body.string("text")
    pin = bool(body.boolean("pinToTop"))
    body.check()
    ctx.changed(ctx.store.leads, row, followUpDate=when)
    if note_text:
        ctx.new_row(
            ctx.store.lead_notes, row.id, {"text": note_text, "isPinned": pin, "createdById": 0}
        )
    return Response(
        200, {"leadId": row.id, "followUpDate": when, "text": note_text, "pinToTop": pin}
    )


def _list_notes(ctx: Context) -> Response:
    return list_notes(ctx, _lead(ctx, ctx.id()).id, "lead_notes")


def _create_note(ctx: Context) -> Response:
    lead_id = _lead(ctx, ctx.id()).id
    return Response(200, shapes.note(create_note(ctx, lead_id, "lead_notes", ctx.body())))


def _form(ctx: Context) -> Response:
    """A web-form submission: a new lead, or an update of lead `id` when given."""
    body = ctx.body()
    name = body.string("name", required=True)
    address = new_address(body, "address", required=False)
    form = {
        "leadCustomerName": name,
        "leadEmail": body.string("email"),
        "leadPhone": body.string("phoneNumber"),
    }
    if body.has("summary"):
        form["summary"] = body.string("summary")
    if address is not None:
        form.update(
            {
                "leadStreet": address["street"],
                "leadUnit": address["unit"],
                "leadCity": address["city"],
                "leadState": address["state"],
                "leadZip": address["zip"],
                "leadCountry": address["country"],
            }
        )
    lead_id = integer(ctx.request, "id")
    body.check()
    table = ctx.store.leads
    if lead_id is not None:
        existing = table.get(lead_id)
        if existing is None:
            raise not_found("Lead", lead_id)
        return Response(200, {"leadId": ctx.changed(table, existing, **form).id})
    fields: dict[str, Any] = {
        "status": "Open",
        "customerId": None,
        "locationId": None,
        "businessUnitId": None,
        "jobTypeId": None,
        "priority": "Normal",
        "campaignId": 0,
        "callReasonId": None,
        "dismissingReasonId": None,
        "followUpDate": None,
        "bookingId": None,
        "callId": None,
        "manualCallId": None,
        "leadUrl": None,
        "createdById": 0,
        "tagTypeIds": [],
        "captureSource": FORM_CAPTURE_SOURCE,
        **{field: None for field in _LEAD_TEXT},
        "summary": None,
        **form,
    }
    return Response(200, {"leadId": ctx.new_row(table, 0, fields).id})


ROUTES: list[Route] = [
    route("POST", "/leads/form", "Leads_SubmitLeadForm", _form),
    route("GET", "/leads", "Leads_GetList", _list),
    route("POST", "/leads", "Leads_Create", _create),
    route("GET", "/leads/{id}", "Leads_Get", _get),
    route("PATCH", "/leads/{id}", "Leads_Update", _update),
    route("POST", "/leads/{id}/dismiss", "Leads_Dismiss", _dismiss),
    route("POST", "/leads/{id}/follow-up", "Leads_CreateFollowUp", _follow_up),
    route("GET", "/leads/{id}/notes", "Leads_GetNotes", _list_notes),
    route("POST", "/leads/{id}/notes", "Leads_CreateNote", _create_note),
]
