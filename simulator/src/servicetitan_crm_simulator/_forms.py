"""Request-body parts shared by several operations: addresses, contacts, tags, custom fields."""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._store import Store, Table

CONTACT_TYPES = ("Phone", "Email", "Fax", "MobilePhone")
CUSTOMER_TYPES = ("Residential", "Commercial")
PRIORITIES = ("Low", "Normal", "High", "Urgent")
_ADDRESS_TEXT = ("street", "unit", "city", "state", "zip", "country")
_ADDRESS_REQUIRED = ("street", "city", "state", "zip", "country")


def new_address(
    body: Body, name: str, *, required: bool, with_coordinates: bool = True
) -> dict[str, Any] | None:
    part = body.object(name, required=required)
    if part is None:
        return None
    address: dict[str, Any] = {
        field: part.string(field, required=field in _ADDRESS_REQUIRED) for field in _ADDRESS_TEXT
    }
    if with_coordinates:
        address["latitude"] = part.number("latitude")
        address["longitude"] = part.number("longitude")
    return address


def patched_address(body: Body, name: str, current: dict[str, Any] | None) -> dict[str, Any] | None:
    """`current` with the fields the patch names replaced."""
    part = body.object(name)
    if part is None:
        return current
    address = dict(current or {})
    for field in _ADDRESS_TEXT:
        if part.has(field):
            address[field] = part.string(field)
    for field in ("latitude", "longitude"):
        if part.has(field) and field in address:
            address[field] = part.number(field)
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
                name: bool(preferences.boolean(name, required=True))
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
        body.error(name, f"Unknown tag type ids: {unknown}.")
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
            part.error("typeId", f"Unknown custom field type {type_id}.")
            continue
        fields[type_id] = {"typeId": type_id, "name": kind.fields["name"], "value": value}
    return [fields[type_id] for type_id in sorted(fields)]


def external_data(
    body: Body, current: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]] | None:
    part = body.object("externalData")
    if part is None:
        return current
    part.string("applicationGuid", required=True)
    entries = part.objects("externalData", required=True) or []
    pairs = [(entry.string("key", required=True), entry.string("value")) for entry in entries]
    merged = {item["key"]: item["value"] for item in current or []}
    if part.choice("patchMode", ("Replace", "Merge")) != "Merge":
        merged = {}
    for key, value in pairs:
        if key is not None:
            merged[key] = value or ""
    return [{"key": key, "value": value} for key, value in merged.items()]
