"""Request-body parts shared by several operations: addresses, contacts, tags, custom fields."""

from __future__ import annotations

import uuid
from typing import Any

from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._store import Store, Table

CONTACT_TYPES = ("Phone", "Email", "Fax", "MobilePhone")
CUSTOMER_TYPES = ("Residential", "Commercial")
COORDINATES_SOURCES = ("None", "System", "User", "Imported")
COORDINATES_VERIFICATION_STATUSES = ("Unverified", "InProgress", "Failed", "Verified")
PRIORITIES = ("Low", "Normal", "High", "Urgent")
_ADDRESS_TEXT = ("street", "unit", "city", "state", "zip", "country")
_ADDRESS_REQUIRED = ("street", "city", "state", "zip", "country")
# ContactPreferencesRequest requires every flag.
_PREFERENCES_REQUIRED = frozenset(
    {
        "invoiceNotification",
        "invoiceStatementNotification",
        "jobRemindersEnabled",
        "marketingUpdatesEnabled",
        "statementNotification",
    }
)


def _is_guid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def new_address(
    body: Body,
    name: str,
    *,
    required: bool,
    with_coordinates: bool = True,
) -> dict[str, Any] | None:
    """A whole address (CustomerAddress, AddressModel): street, city, state, zip and country
    must be present, and every field may be null, as the document says."""
    part = body.object(name, required=required)
    if part is None:
        return None
    for field in _ADDRESS_REQUIRED:
        if not part.has(field):
            part.error(field, f"The {field} field is required.")
    address: dict[str, Any] = {field: part.string(field, nullable=True) for field in _ADDRESS_TEXT}
    if with_coordinates:
        address["latitude"] = part.number("latitude")
        address["longitude"] = part.number("longitude")
    return address


def patched_address(
    body: Body, name: str, current: dict[str, Any] | None, *, nullable_coordinates: bool = False
) -> dict[str, Any] | None:
    """`current` with the fields the patch names replaced.

    The patch models require their fields: every one for a customer (UpdateCustomerAddress),
    all but the coordinates, which may be null, for a location (LocationAddressPatchModel).
    """
    part = body.object(name)
    if part is None:
        return current
    required = _ADDRESS_TEXT if nullable_coordinates else (*_ADDRESS_TEXT, "latitude", "longitude")
    for field in required:
        if not part.has(field):
            part.error(field, f"The {field} field is required.")
    address = dict(current or {})
    for field in _ADDRESS_TEXT:
        if part.has(field):
            address[field] = part.string(field)
    for field in ("latitude", "longitude"):
        if part.has(field) and field in address:
            address[field] = part.number(field, nullable=nullable_coordinates)
    return address


def contact_fields(part: Body, owner: str, owner_id: int) -> dict[str, Any]:
    kind = part.choice("type", CONTACT_TYPES, required=True)
    value = part.string("value", required=True)
    return {
        "type": kind,
        "value": value,
        "memo": part.string("memo"),
        "phoneSettings": {
            "phoneNumber": value if kind != "Email" and value else "",
            "doNotText": False,
        },
        "preferences": None,
        owner: owner_id,
    }


def patched_contact(part: Body, row: Row) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if part.has("type"):
        changes["type"] = part.choice("type", CONTACT_TYPES, required=True)
    if part.has("value"):
        changes["value"] = part.string("value", required=True)
    if part.has("memo"):
        changes["memo"] = part.string("memo")
    if part.has("preferences"):
        preferences = part.object("preferences")
        changes["preferences"] = (
            None
            if preferences is None
            else {
                name: bool(preferences.boolean(name, required=name in _PREFERENCES_REQUIRED))
                for name in (
                    "invoiceNotification",
                    "invoiceStatementNotification",
                    "jobRemindersEnabled",
                    "marketingUpdatesEnabled",
                    "statementNotification",
                )
            }
        )
    kind = changes.get("type", row.fields["type"])
    value = changes.get("value", row.fields["value"])
    changes["phoneSettings"] = {
        "phoneNumber": value if kind != "Email" and value else "",
        "doNotText": row.fields["phoneSettings"]["doNotText"],
    }
    return changes


def tag_ids(body: Body, store: Store, name: str = "tagTypeIds") -> list[int] | None:
    ids = body.integers(name)
    if ids is None:
        return None
    unknown = [tag for tag in ids if tag not in store.tag_type_ids]
    if unknown:
        body.not_found(name, f"Unknown tag type ids: {unknown}.")
    return sorted(set(ids))


def custom_fields(
    body: Body, types: Table, current: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]] | None:
    parts = body.objects("customFields")
    if parts is None:
        return current
    fields = {field["typeId"]: field for field in current or []}
    for part in parts:
        type_id = part.integer("typeId", required=True)
        value = part.string("value")
        if type_id is None:
            continue
        kind = types.get(type_id)
        if kind is None:
            part.not_found("typeId", f"Unknown custom field type {type_id}.")
            continue
        fields[type_id] = {"typeId": type_id, "name": kind.fields["name"], "value": value}
    return [fields[type_id] for type_id in sorted(fields)]


def external_data(
    body: Body, current: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]] | None:
    part = body.object("externalData")
    if part is None:
        return current
    application = part.string("applicationGuid", required=True)
    if application is not None and not _is_guid(application):
        part.error("applicationGuid", f"'{application}' is not a valid GUID.")
    entries = part.objects("externalData", required=True) or []
    # A new record's entries may have a null key (ExternalDataModel), a patch's may not
    # (ExternalDataUpdateModel); an entry without a key is not kept.
    for entry in entries:
        needed = ("key",) if body.forbid_null else ("key", "value")
        for field in needed:
            if not entry.has(field):
                entry.error(field, f"The {field} field is required.")
    pairs = [
        (entry.string("key", required=body.forbid_null), entry.string("value", nullable=True))
        for entry in entries
    ]
    merged = {item["key"]: item["value"] for item in current or []}
    if part.choice("patchMode", ("Replace", "Merge"), nullable=True) != "Merge":
        merged = {}
    for key, value in pairs:
        if key is not None:
            merged[key] = value or ""
    return [{"key": key, "value": value} for key, value in merged.items()]
