"""A location's preferred technician: a bare id (or null), set by id in the path.

Technicians live in another ServiceTitan API, so any positive id is accepted. About a third of
the seeded locations start with one of a small crew; the rest have none until one is set.
"""

from __future__ import annotations

from servicetitan_crm_simulator._http import Response, not_found
from servicetitan_crm_simulator._routing import Context, Route, route

FIRST_SEEDED_TECHNICIAN_ID = 60_000
SEEDED_TECHNICIANS = 25
# One seeded location in this many starts with a preferred technician.
_PREFERRED_EVERY = 3


def _location_id(ctx: Context) -> int:
    return ctx.existing(ctx.store.locations, "Location", ctx.id()).id


def _get(ctx: Context) -> Response:
    location_id = _location_id(ctx)
    store = ctx.store
    technician = store.preferred_technicians.get(location_id)
    if technician is None:
        seeded = store.locations.seeded
        index = seeded.index_of(location_id)
        h = 0 if index is None else seeded.hash(index)
        if index is not None and (h >> 56) % _PREFERRED_EVERY == 0:
            technician = FIRST_SEEDED_TECHNICIAN_ID + (h >> 58) % SEEDED_TECHNICIANS
    return Response(200, technician)


def _set(ctx: Context) -> Response:
    location_id = _location_id(ctx)
    technician = ctx.id("preferredTechnicianId")
    if technician < 1:
        raise not_found("Technician", technician)
    ctx.store.preferred_technicians[location_id] = technician
    return Response(200)


ROUTES: list[Route] = [
    route("GET", "/locations/{id}/preferredtechnician", "Locations_GetPreferredTechnician", _get),
    route(
        "POST",
        "/locations/{id}/preferredtechnician/{preferredTechnicianId}",
        "Locations_UpdatePreferredTechnician",
        _set,
    ),
]
