"""Edits of a copy of the vendored export, as a new ServiceTitan export could bring them."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from typing import Any

from spec_sources import EXPORT, REF_PREFIX

Document = dict[str, Any]
Mutation = Callable[[Document], Document]
TENANT = {"name": "tenant", "in": "path", "required": True, "schema": {"type": "integer"}}
BAD_REQUEST = {
    "description": "The request cannot be processed",
    "content": {"application/json": {"schema": {"$ref": REF_PREFIX + "ApiErrorResponse"}}},
}

_PUBLISHED: Document = json.loads(EXPORT.read_text(encoding="utf-8"))


def unused(taken: Iterable[str], name: str) -> str:
    """`name`, or `name` with the first number that makes it new: an edit that adds something
    must add something the vendored export does not have yet, whichever release it is."""
    present = set(taken)
    return next(
        f"{name}{n or ''}" for n in range(len(present) + 1) if f"{name}{n or ''}" not in present
    )


def _schema(name: str) -> Document:
    return _PUBLISHED["components"]["schemas"][name]  # type: ignore[no-any-return]


def _query_names(operation_id: str) -> list[str]:
    return [
        p["name"]
        for item in _PUBLISHED["paths"].values()
        for found in item.values()
        if found["operationId"] == operation_id
        for p in found.get("parameters", [])
    ]


# What the adding edits add, new to the vendored export.
EXTERNAL_ID = unused(_schema("Crm.V2.Customers.CustomerResponse")["properties"], "externalId")
EXTERNAL_ID_EVERYWHERE = unused(
    [
        *_schema("Crm.V2.Customers.CustomerResponse")["properties"],
        *_schema("Crm.V2.ExportCustomerResponse")["properties"],
    ],
    "externalId",
)
RESCHEDULED = unused(_schema("Crm.V2.BookingStatus")["enum"], "Rescheduled")
CAMPAIGN_ID = unused(_query_names("Leads_GetList"), "campaignId")
ARCHIVED_LEADS = unused(_PUBLISHED["paths"], "/tenant/{tenant}/leads/archived")


def published() -> Document:
    """A fresh copy of the vendored export to edit."""
    return copy.deepcopy(_PUBLISHED)


def operation(document: Document, operation_id: str) -> Document:
    for item in document["paths"].values():
        for found in item.values():
            if found["operationId"] == operation_id:
                return found  # type: ignore[no-any-return]
    raise KeyError(operation_id)


def schema(document: Document, name: str) -> Document:
    return document["components"]["schemas"][name]  # type: ignore[no-any-return]


def parameter(document: Document, operation_id: str, name: str) -> Document:
    [found] = [p for p in operation(document, operation_id)["parameters"] if p["name"] == name]
    return found  # type: ignore[no-any-return]


def add_memberships(document: Document) -> Document:
    """A new operation under a new tag, with its item schema and paged wrapper, written the way
    the real export writes things (summary, description and example included)."""
    schemas = document["components"]["schemas"]
    schemas["Crm.V2.Memberships.MembershipResponse"] = {
        "required": ["id", "customerId", "active"],
        "type": "object",
        "description": "A membership",
        "properties": {
            "id": {"type": "integer", "format": "int64"},
            "customerId": {"type": "integer", "format": "int64"},
            "active": {"type": "boolean"},
            "to": {"type": "string", "format": "date-time", "nullable": True},
        },
        "additionalProperties": False,
        "example": {"id": 1, "customerId": 2, "active": True, "to": None},
    }
    page = copy.deepcopy(schemas["PaginatedResponse_Of_Crm.V2.NoteResponse"])
    page["properties"]["data"]["items"] = {
        "$ref": REF_PREFIX + "Crm.V2.Memberships.MembershipResponse"
    }
    schemas["PaginatedResponse_Of_Crm.V2.Memberships.MembershipResponse"] = page
    document["paths"]["/tenant/{tenant}/memberships"] = {
        "get": {
            "tags": ["Memberships"],
            "summary": "Gets a paginated list of memberships",
            "operationId": "Memberships_GetList",
            "parameters": [
                TENANT,
                {
                    "name": "customerId",
                    "in": "query",
                    "description": "Filter by customer",
                    "schema": {"type": "integer", "format": "int64", "nullable": True},
                },
                {"name": "page", "in": "query", "schema": {"type": "integer", "format": "int32"}},
            ],
            "responses": {
                "200": {
                    "description": "The request has succeeded",
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": REF_PREFIX
                                + "PaginatedResponse_Of_Crm.V2.Memberships.MembershipResponse"
                            },
                            "example": {"page": 1, "pageSize": 50, "hasMore": False, "data": []},
                        }
                    },
                },
                "400": BAD_REQUEST,
            },
        }
    }
    return document


def remove_lead_dismiss(document: Document) -> Document:
    del document["paths"]["/tenant/{tenant}/leads/{id}/dismiss"]["post"]
    del document["paths"]["/tenant/{tenant}/leads/{id}/dismiss"]
    return document


def remove_call_reason(document: Document) -> Document:
    del schema(document, "Crm.V2.LeadResponse")["properties"]["callReasonId"]
    return document


def add_external_id(document: Document) -> Document:
    schema(document, "Crm.V2.Customers.CustomerResponse")["properties"][EXTERNAL_ID] = {
        "type": "string",
        "nullable": True,
        "description": "The customer's id in another system",
    }
    return document


def add_required_request_property(document: Document) -> Document:
    request = schema(document, "Crm.V2.DismissLeadRequest")
    request["properties"]["note"] = {"type": "string"}
    request["required"].append("note")
    return document


def retype_customer_id(document: Document) -> Document:
    schema(document, "Crm.V2.LeadResponse")["properties"]["customerId"] = {
        "type": "string",
        "nullable": True,
    }
    return document


def add_rescheduled(document: Document) -> Document:
    status = schema(document, "Crm.V2.BookingStatus")
    status["enum"].append(RESCHEDULED)
    status["x-enumNames"].append(RESCHEDULED)
    return document


def remove_urgent(document: Document) -> Document:
    priority = schema(document, "Crm.V2.Priority")
    index = priority["enum"].index("Urgent")
    del priority["enum"][index], priority["x-enumNames"][index]
    return document


def require_export_from(document: Document) -> Document:
    parameter(document, "ExportCustomers_GetCustomers", "from")["required"] = True
    return document


def add_optional_filter(document: Document) -> Document:
    operation(document, "Leads_GetList")["parameters"].append(
        {"name": CAMPAIGN_ID, "in": "query", "schema": {"type": "integer", "format": "int64"}}
    )
    return document


def rename_follow_up(document: Document) -> Document:
    """ServiceTitan renames a schema: same facts, new name, every $ref follows."""
    old, new = "Crm.V2.FollowUpResponse", "Crm.V2.LeadFollowUpResponse"
    schemas = document["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    text = json.dumps(document).replace(f'"{REF_PREFIX}{old}"', f'"{REF_PREFIX}{new}"')
    return json.loads(text)  # type: ignore[no-any-return]


def relax_server_sent_required(document: Document) -> Document:
    schema(document, "Crm.V2.NoteResponse")["required"].remove("text")
    return document


def drop_request_nullability(document: Document) -> Document:
    del schema(document, "Crm.V2.CreateBookingRequest")["properties"]["uploadedImages"]["nullable"]
    return document


def add_conflict_status(document: Document) -> Document:
    operation(document, "Leads_Update")["responses"]["409"] = copy.deepcopy(BAD_REQUEST)
    return document


def require_dismiss_body(document: Document) -> Document:
    operation(document, "Leads_Dismiss")["requestBody"]["required"] = True
    return document


def applied(document: Document, *mutations: Mutation) -> Document:
    for mutation in mutations:
        document = mutation(document)
    return document


def new_release(document: Document) -> Document:
    """The made-up change set of the report example: a new operation under a new tag, a property
    removed and one added, an enum value added, a parameter made required."""
    return applied(
        document,
        add_memberships,
        remove_call_reason,
        add_external_id,
        add_rescheduled,
        require_export_from,
    )


def add_external_id_everywhere(document: Document) -> Document:
    """A new optional property on a response model and on its export schema."""
    for name in ("Crm.V2.Customers.CustomerResponse", "Crm.V2.ExportCustomerResponse"):
        schema(document, name)["properties"][EXTERNAL_ID_EVERYWHERE] = {
            "type": "string",
            "nullable": True,
        }
    return document


def add_archived_leads(document: Document) -> Document:
    """A new paged list in an existing tag, answering with schemas the export already has."""
    listing = copy.deepcopy(operation(document, "Leads_GetList"))
    listing["operationId"] = unused(
        (op["operationId"] for item in document["paths"].values() for op in item.values()),
        "Leads_GetArchivedList",
    )
    listing["parameters"] = [
        p for p in listing["parameters"] if p["name"] in {"tenant", "page", "pageSize", "ids"}
    ]
    document["paths"][ARCHIVED_LEADS] = {"get": listing}
    return document


def compatible_release(document: Document) -> Document:
    """Everything a compatible release may bring at once: a new optional property on a response
    model and its export schema, a new enum value, a new optional query parameter, a new
    operation in an existing tag."""
    return applied(
        document,
        add_external_id_everywhere,
        add_rescheduled,
        add_optional_filter,
        add_archived_leads,
    )


def breaking_release(document: Document) -> Document:
    """A release that breaks callers: an operation, a property and an enum value removed."""
    return applied(document, remove_lead_dismiss, remove_call_reason, remove_urgent)
