"""The six export feeds' routes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._export import export_batch
from servicetitan_crm_simulator._http import Response
from servicetitan_crm_simulator._query import boolean, text
from servicetitan_crm_simulator._routing import Context, Handler, Route, route
from servicetitan_crm_simulator._store import Table


def _feed(
    feed: str,
    table_of: Callable[[Context], Table],
    kind: str,
    shape: Callable[[Row], dict[str, Any]],
) -> Handler:
    def handler(ctx: Context) -> Response:
        batch = export_batch(
            table_of(ctx),
            feed,
            text(ctx.request, "from"),
            bool(boolean(ctx.request, "includeRecentChanges")),
            ctx.now,
            ctx.config,
        )
        render = ctx.renderer(kind, shape)
        return Response(
            200,
            {
                "hasMore": batch.has_more,
                "continueFrom": batch.continue_from,
                "data": [render(row) for row in batch.rows],
            },
        )

    return handler


ROUTES: list[Route] = [
    route(
        "GET",
        "/export/customers",
        "ExportCustomers_GetCustomers",
        _feed("customers", lambda ctx: ctx.store.customers, "customer", shapes.customer),
    ),
    route(
        "GET",
        "/export/customers/contacts",
        "ExportContacts_CustomersContacts",
        _feed(
            "customers-contacts",
            lambda ctx: ctx.store.customer_contacts,
            "contact",
            lambda row: shapes.exported_contact(row, "customerId"),
        ),
    ),
    route(
        "GET",
        "/export/locations",
        "ExportLocations_Locations",
        _feed("locations", lambda ctx: ctx.store.locations, "location", shapes.location),
    ),
    route(
        "GET",
        "/export/locations/contacts",
        "ExportContacts_LocationsContacts",
        _feed(
            "locations-contacts",
            lambda ctx: ctx.store.location_contacts,
            "contact",
            lambda row: shapes.exported_contact(row, "locationId"),
        ),
    ),
    route(
        "GET",
        "/export/leads",
        "ExportLeads_Leads",
        _feed(
            "leads",
            lambda ctx: ctx.store.leads,
            "lead",
            lambda row: shapes.exported(shapes.lead(row), row),
        ),
    ),
    route(
        "GET",
        "/export/bookings",
        "ExportBookings_Get",
        _feed(
            "bookings",
            lambda ctx: ctx.store.bookings,
            "booking",
            lambda row: shapes.exported(shapes.booking(row), row),
        ),
    ),
]
