"""Contact preferences: the yes/no settings of each contact method, and their types.

Every contact method carries every preference type; a value is "true" or "false" (the API's
preference values are strings typed by `dataType`), and preference names match ignoring case.
"""

from __future__ import annotations

from servicetitan_crm_simulator import _shapes as shapes
from servicetitan_crm_simulator._contact_data import (
    PREFERENCE_DATA_TYPE,
    PREFERENCE_TYPES,
    PREFERENCE_VALUES,
)
from servicetitan_crm_simulator._contact_methods import method_row
from servicetitan_crm_simulator._contacts import API_USER_ID
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._http import Problem, Response
from servicetitan_crm_simulator._routing import Context, Route, route


def _preference_name(ctx: Context) -> str:
    raw = ctx.request.params["preferenceName"]
    for name in PREFERENCE_TYPES:
        if name.lower() == raw.lower():
            return name
    raise Problem(
        404,
        f"Preference '{raw}' was not found; use one of {', '.join(PREFERENCE_TYPES)}.",
        data={"preferenceName": raw},
    )


def _shape(method: Row, name: str) -> dict[str, str]:
    return shapes.preference(name, PREFERENCE_DATA_TYPE, method.fields["preferences"][name])


def _types(ctx: Context) -> Response:
    guids = ctx.store.guids
    rows = ctx.store.contact_preference_types.scan("id", False, None)
    return Response(200, [shapes.preference_type(row, guids) for row in rows if row.active])


def _list(ctx: Context) -> Response:
    method = method_row(ctx)
    return Response(200, [_shape(method, name) for name in PREFERENCE_TYPES])


def _get(ctx: Context) -> Response:
    method = method_row(ctx)
    return Response(200, _shape(method, _preference_name(ctx)))


def _update(ctx: Context) -> Response:
    method = method_row(ctx)
    name = _preference_name(ctx)
    body = ctx.body()
    # The document does not require `value`: a body without one changes nothing.
    value = body.string("value")
    body.check()
    if value is None:
        return Response(200, _shape(method, name))
    # The document types `value` as any string: a boolean is written `true`/`false`, anything
    # else is kept as sent.
    written = value.strip().lower() if value.strip().lower() in PREFERENCE_VALUES else value
    preferences = {**method.fields["preferences"], name: written}
    changed = ctx.changed(
        ctx.store.contact_methods, method, preferences=preferences, modifiedBy=API_USER_ID
    )
    return Response(200, _shape(changed, name))


_ONE = "/contacts/{contactId}/contact-methods/{contactMethodId}/preferences/{preferenceName}"

ROUTES: list[Route] = [
    route("GET", "/contacts/preferences", "Contacts_GetPreferenceMetadataList", _types),
    route(
        "GET",
        "/contacts/{contactId}/contact-methods/{contactMethodId}/preferences",
        "ContactPreferences_GetContactMethodPreferences",
        _list,
    ),
    route("GET", _ONE, "ContactPreferences_GetContactMethodPreference", _get),
    route("PATCH", _ONE, "ContactPreferences_UpdateContactMethodPreference", _update),
]
