"""The six export feeds: their routes, and their whole content for comparing a copy against."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from servicetitan_crm._document import Document, Type
from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._conform import Conformer
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._export import export_batch
from servicetitan_crm_simulator._http import Response
from servicetitan_crm_simulator._query import boolean, text
from servicetitan_crm_simulator._routing import Context, Route, route
from servicetitan_crm_simulator._store import Store, Table


@dataclasses.dataclass(frozen=True)
class Feed:
    """One export feed: its name (also its token's), route, table, and record shape."""

    name: str
    path: str
    operation: str
    table_of: Callable[[Store], Table]
    kind: str
    shape: Callable[[Row], dict[str, Any]]

    def handle(self, ctx: Context) -> Response:
        batch = export_batch(
            self.table_of(ctx.store),
            self.name,
            text(ctx.request, "from"),
            bool(boolean(ctx.request, "includeRecentChanges")),
            ctx.now,
            ctx.config,
        )
        render = ctx.renderer(self.kind, self.shape)
        return Response(
            200,
            {
                "hasMore": batch.has_more,
                "continueFrom": batch.continue_from,
                "data": [render(row) for row in batch.rows],
            },
        )

    def contents(self, store: Store, conformer: Conformer) -> dict[int, dict[str, Any]]:
        """Every record the feed holds, by id, at its latest version (deleted ones included),
        as its answers carry it (every property of the document's record schema)."""
        item = _item_type(conformer.document, self.operation)
        return {
            row.id: conformer.complete(self.shape(row), item)
            for row in self.table_of(store).scan("id", False, None)
        }


def _item_type(document: Document, operation_id: str) -> Type | None:
    try:
        item = document.operation(operation_id).item
    except KeyError:
        return None
    return None if item is None else Type(kind="object", ref=item)


FEEDS: list[Feed] = [
    Feed(
        "customers",
        "/export/customers",
        "ExportCustomers_GetCustomers",
        lambda store: store.customers,
        "customer",
        shapes.customer,
    ),
    Feed(
        "customers-contacts",
        "/export/customers/contacts",
        "ExportContacts_CustomersContacts",
        lambda store: store.customer_contacts,
        "contact",
        lambda row: shapes.exported_contact(row, "customerId"),
    ),
    Feed(
        "locations",
        "/export/locations",
        "ExportLocations_Locations",
        lambda store: store.locations,
        "location",
        shapes.location,
    ),
    Feed(
        "locations-contacts",
        "/export/locations/contacts",
        "ExportContacts_LocationsContacts",
        lambda store: store.location_contacts,
        "contact",
        lambda row: shapes.exported_contact(row, "locationId"),
    ),
    Feed(
        "leads",
        "/export/leads",
        "ExportLeads_Leads",
        lambda store: store.leads,
        "lead",
        lambda row: shapes.exported(shapes.lead(row), row),
    ),
    Feed(
        "bookings",
        "/export/bookings",
        "ExportBookings_Get",
        lambda store: store.bookings,
        "booking",
        lambda row: shapes.exported(shapes.booking(row), row),
    ),
]

ROUTES: list[Route] = [route("GET", feed.path, feed.operation, feed.handle) for feed in FEEDS]
