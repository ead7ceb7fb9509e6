"""Records rendered as the API's response schemas (camelCase, nulls sent, 7-digit UTC)."""

from __future__ import annotations

from typing import Any

from servicetitan_crm_simulator._conform import EXTRA
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._guids import Guids
from servicetitan_crm_simulator._time import format_ticks

_CONTACT_FIELDS = ("type", "value", "memo", "phoneSettings", "preferences")


def _stamped(row: Row, body: dict[str, Any]) -> dict[str, Any]:
    body["createdOn"] = format_ticks(row.created)
    body["modifiedOn"] = format_ticks(row.modified)
    return _carried(row, body)


def _carried(row: Row, body: dict[str, Any]) -> dict[str, Any]:
    """`body` with the record's extras, for shapes that pick fields one by one."""
    extra = row.fields.get(EXTRA)
    if extra is not None:
        body[EXTRA] = extra
    return body


def customer(row: Row) -> dict[str, Any]:
    """CustomerResponse, and ExportCustomerResponse (the same fields)."""
    return _stamped(row, {"id": row.id, "active": row.active, **row.fields})


def location(row: Row) -> dict[str, Any]:
    """LocationResponse, and ExportLocationsResponse."""
    return _stamped(row, {"id": row.id, "active": row.active, **row.fields})


def contact(row: Row) -> dict[str, Any]:
    """CustomerContactWithModifiedOnResponse / LocationContactResponse."""
    return _stamped(row, {"id": row.id, **{name: row.fields[name] for name in _CONTACT_FIELDS}})


def contact_with_owner(row: Row, owner: str) -> dict[str, Any]:
    """The contact shapes that name their customer or location (`owner`)."""
    body = contact(row)
    body[owner] = row.parent
    return body


def exported_contact(row: Row, owner: str) -> dict[str, Any]:
    body = contact_with_owner(row, owner)
    body["active"] = row.active
    return body


def short_contact(row: Row) -> dict[str, Any]:
    """CustomerContact / LocationContact inside a create answer."""
    return {
        "id": row.id,
        "type": row.fields["type"],
        "value": row.fields["value"],
        "memo": row.fields["memo"],
    }


def lead(row: Row) -> dict[str, Any]:
    return _stamped(row, {"id": row.id, **row.fields})


def exported(body: dict[str, Any], row: Row) -> dict[str, Any]:
    body["active"] = row.active
    return body


def booking(row: Row) -> dict[str, Any]:
    return _stamped(row, {"id": row.id, **row.fields})


def booking_contact(row: Row) -> dict[str, Any]:
    body = {
        "id": row.id,
        "type": row.fields["type"],
        "value": row.fields["value"],
        "memo": row.fields["memo"],
        "modifiedOn": format_ticks(row.modified),
    }
    return _carried(row, body)


def provider_tag(row: Row, *, with_active: bool) -> dict[str, Any]:
    body = _stamped(row, {"id": row.id, **row.fields})
    if with_active:
        body["active"] = row.active
    return body


def note(row: Row) -> dict[str, Any]:
    return _stamped(row, {"id": row.id, **row.fields})


def field_type(row: Row) -> dict[str, Any]:
    return _stamped(row, {"id": row.id, **row.fields})


# --- the contacts family: GUID ids, createdBy/modifiedBy -----------------------------------
def contact_record(row: Row, guids: Guids) -> dict[str, Any]:
    """ContactResponse: a contact of the contacts family (not a customer's contact)."""
    body = _stamped(row, {"id": guids.text(row.id)})
    for name in ("name", "title", "referenceId", "isArchived", "createdBy", "modifiedBy"):
        body[name] = row.fields[name]
    return body


def contact_method(row: Row, guids: Guids) -> dict[str, Any]:
    body = _stamped(row, {"id": guids.text(row.id), "contactId": guids.text(row.parent)})
    for name in ("type", "value", "memo", "referenceId", "createdBy", "modifiedBy"):
        body[name] = row.fields[name]
    return body


def relationship(row: Row, guids: Guids) -> dict[str, Any]:
    body = {
        "id": guids.text(row.id),
        "relatedEntityId": row.fields["relatedEntityId"],
        "typeSlug": row.fields["typeSlug"],
        "typeName": row.fields["typeName"],
        "createdOn": format_ticks(row.created),
        "createdBy": row.fields["createdBy"],
    }
    return _carried(row, body)


def preference_type(row: Row, guids: Guids) -> dict[str, Any]:
    return {
        "id": guids.text(row.id),
        "name": row.fields["name"],
        "description": row.fields["description"],
        "dataType": row.fields["dataType"],
    }


def preference(name: str, data_type: str, value: str) -> dict[str, Any]:
    return {"name": name, "dataType": data_type, "value": value}
