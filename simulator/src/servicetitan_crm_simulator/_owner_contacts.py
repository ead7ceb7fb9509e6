"""The contacts of a customer or of a location: the same five operations for both owners."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._forms import contact_fields, patched_contact
from servicetitan_crm_simulator._http import Response, not_found
from servicetitan_crm_simulator._listing import page_of_rows, page_of_table
from servicetitan_crm_simulator._query import id_list, standard_filters, window
from servicetitan_crm_simulator._routing import Context
from servicetitan_crm_simulator._store import Table


@dataclasses.dataclass(frozen=True)
class OwnerContacts:
    """Contacts kept under one kind of owner.

    `owner_row` finds the owner (404 otherwise); `owners` and `contacts` name the store's tables;
    `owner_key` is the owner's id field in answers (`customerId`), `ids_parameter` the query
    parameter of the cross-owner list (`customerIds`).
    """

    owner_row: Callable[[Context, int], Row]
    owners: str
    contacts: str
    owner_key: str
    ids_parameter: str

    def _table(self, ctx: Context) -> Table:
        table: Table = getattr(ctx.store, self.contacts)
        return table

    def _all_of(self, ctx: Context, owner_id: int) -> list[Row]:
        owners: Table = getattr(ctx.store, self.owners)
        return self._table(ctx).children(owner_id, owners.seeded.index_of(owner_id))

    def of(self, ctx: Context, owner_id: int) -> list[Row]:
        """The owner's contacts that have not been deleted."""
        return [row for row in self._all_of(ctx, owner_id) if row.active]

    def _one(self, ctx: Context) -> Row:
        owner_id = self.owner_row(ctx, ctx.id()).id
        contact_id = ctx.id("contactId")
        row = self._table(ctx).get(contact_id)
        if row is None or row.parent != owner_id or not row.active:
            raise not_found("Contact", contact_id)
        return row

    def list(self, ctx: Context) -> Response:
        owner_id = self.owner_row(ctx, ctx.id()).id
        render = ctx.renderer("contact", shapes.contact)
        return Response(200, page_of_rows(window(ctx.request), self.of(ctx, owner_id), render))

    def create(self, ctx: Context) -> Response:
        owner_id = self.owner_row(ctx, ctx.id()).id
        body = ctx.body()
        fields = contact_fields(body, self.owner_key, owner_id)
        body.check()
        row = ctx.new_row(self._table(ctx), owner_id, fields)
        return Response(200, ctx.renderer("contact", shapes.contact)(row))

    def update(self, ctx: Context) -> Response:
        row = self._one(ctx)
        body = ctx.body()
        changes = patched_contact(body, row)
        body.check()
        updated = ctx.changed(self._table(ctx), row, **changes)
        return Response(200, ctx.renderer("contact", shapes.contact)(updated))

    def delete(self, ctx: Context) -> Response:
        ctx.changed(self._table(ctx), self._one(ctx), active=False)
        return Response(200)

    def modified(self, ctx: Context) -> Response:
        """The contacts of every owner (or of the owners named by `ids_parameter`)."""
        filters = standard_filters(ctx.request, with_ids=False)
        filters.add("active", True, lambda row: row.active)
        owner_ids = id_list(ctx.request, self.ids_parameter)

        def shape(row: Row) -> dict[str, Any]:
            return shapes.contact_with_owner(row, self.owner_key)

        render = ctx.renderer("contact", shape)
        if owner_ids is not None:
            rows = [
                row
                for owner_id in sorted(owner_ids)
                for row in self._all_of(ctx, owner_id)
                if filters.matches(row)
            ]
            return Response(200, page_of_rows(window(ctx.request), rows, render))
        everything = page_of_table(
            self._table(ctx), window(ctx.request), ("id", False), filters, render
        )
        return Response(200, everything)
