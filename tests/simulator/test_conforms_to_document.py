"""The simulator's answers validate against the reconciled OpenAPI document.

Every operation with a JSON answer is called once with a valid request, and its 200 JSON is
validated against the document's 200 response schema (OpenAPI 3.0 semantics: nullable,
components resolved through a `referencing` registry). The route table and the document must
also name the same operations, so a new operation in the document cannot go unnoticed, and
every operation of the document is called and answers one of its documented statuses.
"""

from __future__ import annotations

import pathlib
from typing import Any

import httpx2
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from servicetitan_crm._document import Operation
from servicetitan_crm.generated.document import DOCUMENT
from servicetitan_crm_simulator import Simulator
from servicetitan_crm_simulator._app import HANDLERS

from .document_requests import request_of

DOCUMENT_PATH = pathlib.Path(__file__).parents[2] / "openapi" / "openapi.yaml"
DOCUMENT_URI = "urn:servicetitan-crm:openapi"

pytestmark = pytest.mark.skipif(
    not DOCUMENT_PATH.exists(), reason="openapi/openapi.yaml has not been built"
)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT_PATH.read_text())
    return loaded


def generator_reading(node: Any) -> Any:
    """`nullable: true` + `allOf: [$ref]` read as the code generator reads it: `X | None`.

    The document uses that form for nullable references (see openapi/DECISIONS.md); validators
    that follow the 3.0.3 wording ignore `nullable` without `type`, so it is spelled out here as
    anyOf: [X, null].
    """
    if isinstance(node, list):
        return [generator_reading(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("nullable") is True and "allOf" in node and "type" not in node:
        return {"anyOf": [*generator_reading(node["allOf"]), {"enum": [None]}]}
    return {key: generator_reading(value) for key, value in node.items()}


def response_schema(
    document: dict[str, Any], method: str, template: str, status: int = 200
) -> dict[str, Any]:
    operation = document["paths"][template][method.lower()]
    content = operation["responses"][str(status)]["content"]["application/json"]
    schema: dict[str, Any] = content["schema"]
    return schema


def validate(document: dict[str, Any], schema: dict[str, Any], instance: Any) -> None:
    registry: Registry[Any] = Registry().with_resource(
        DOCUMENT_URI,
        Resource.from_contents(generator_reading(document), default_specification=DRAFT4),
    )
    rooted = _rooted(generator_reading(schema))
    OAS30Validator(rooted, registry=registry, format_checker=oas30_format_checker).validate(
        instance
    )


def _rooted(schema: Any) -> Any:
    """The schema with local refs pointing into the registered document."""
    if isinstance(schema, dict):
        return {
            key: (
                DOCUMENT_URI + value if key == "$ref" and value.startswith("#") else _rooted(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rooted(item) for item in schema]
    return schema


def test_the_simulator_routes_exactly_the_documents_operations(document: dict[str, Any]) -> None:
    documented = {
        (method.upper(), path, operation["operationId"])
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if method != "parameters"
    }
    routes = Simulator().routes().routes
    routed = {(route.method, route.template, route.operation) for route in routes}
    assert routed == documented


CUSTOMER = 1_000_000_001
LOCATION = 2_000_000_001
LEAD = 5_000_000_001
BOOKING = 6_000_000_001
PROVIDER = 8_000_000_001
PROVIDER_BOOKINGS = f"/booking-provider/{PROVIDER}/bookings"
# Stand-ins for the GUIDs of the first seeded contact and its first contact method.
CONTACT = "<contact>"
METHOD = "<method>"
ONE_METHOD = f"/contacts/{CONTACT}/contact-methods/{METHOD}"
SINCE_2000 = "modifiedOnOrAfter=2000-01-01T00:00:00Z"
ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}

# (method, document path, concrete path, JSON body) for each modelled operation with a body.
CALLS: list[tuple[str, str, str, Any]] = [
    ("GET", "/customers", "/customers?includeTotal=true&pageSize=5", None),
    ("GET", "/customers/{id}", f"/customers/{CUSTOMER}", None),
    ("PATCH", "/customers/{id}", f"/customers/{CUSTOMER}", {"name": "Renamed", "doNotMail": True}),
    (
        "POST",
        "/customers",
        "/customers",
        {
            "name": "New Customer",
            "type": "Commercial",
            "address": ADDRESS,
            "contacts": [{"type": "Email", "value": "a@example.com", "memo": None}],
            "locations": [
                {
                    "name": "HQ",
                    "address": ADDRESS,
                    "contacts": [{"type": "Phone", "value": "5125550100"}],
                }
            ],
        },
    ),
    # The API answers these two only with an owner-id, created or modified filter.
    ("GET", "/customers/contacts", f"/customers/contacts?pageSize=5&{SINCE_2000}", None),
    ("GET", "/customers/custom-fields", "/customers/custom-fields", None),
    ("GET", "/customers/{id}/contacts", f"/customers/{CUSTOMER}/contacts", None),
    (
        "POST",
        "/customers/{id}/contacts",
        f"/customers/{CUSTOMER}/contacts",
        {"type": "MobilePhone", "value": "5125550111"},
    ),
    (
        "PATCH",
        "/customers/{id}/contacts/{contactId}",
        f"/customers/{CUSTOMER}/contacts/3000000001",
        {"memo": "home"},
    ),
    ("POST", "/customers/{id}/notes", f"/customers/{CUSTOMER}/notes", {"text": "Called"}),
    ("GET", "/customers/{id}/notes", f"/customers/{CUSTOMER}/notes", None),
    ("POST", "/customers/{id}/tags/{tagTypeId}", f"/customers/{CUSTOMER}/tags/110", None),
    ("GET", "/locations", "/locations?pageSize=5&includeTotal=true", None),
    ("GET", "/locations/{id}", f"/locations/{LOCATION}", None),
    ("PATCH", "/locations/{id}", f"/locations/{LOCATION}", {"name": "Cabin"}),
    (
        "POST",
        "/locations",
        "/locations",
        {
            "customerId": CUSTOMER,
            "name": "Garage",
            "address": ADDRESS,
            "contacts": [{"type": "Phone", "value": "5125550123"}],
        },
    ),
    ("GET", "/locations/contacts", f"/locations/contacts?{SINCE_2000}", None),
    ("GET", "/locations/custom-fields", "/locations/custom-fields", None),
    ("GET", "/locations/{id}/contacts", f"/locations/{LOCATION}/contacts", None),
    (
        "POST",
        "/locations/{id}/contacts",
        f"/locations/{LOCATION}/contacts",
        {"type": "Email", "value": "site@example.com"},
    ),
    (
        "PATCH",
        "/locations/{id}/contacts/{contactId}",
        f"/locations/{LOCATION}/contacts/4000000001",
        {"value": "5125550999"},
    ),
    ("POST", "/locations/{id}/notes", f"/locations/{LOCATION}/notes", {"text": "Dog"}),
    ("GET", "/locations/{id}/notes", f"/locations/{LOCATION}/notes", None),
    ("POST", "/locations/{id}/tags/{tagTypeId}", f"/locations/{LOCATION}/tags/110", None),
    ("GET", "/leads", "/leads?status=Open", None),
    ("GET", "/leads/{id}", f"/leads/{LEAD}", None),
    (
        "POST",
        "/leads",
        "/leads",
        {"campaignId": 600, "customerId": CUSTOMER, "priority": "High", "summary": "Leaking tap"},
    ),
    ("PATCH", "/leads/{id}", f"/leads/{LEAD}", {"priority": DOCUMENT.enum("Priority").values[-1]}),
    (
        "POST",
        "/leads/{id}/follow-up",
        f"/leads/{LEAD}/follow-up",
        {"followUpDate": "2025-07-01T09:00:00Z", "text": "Call back", "pinToTop": True},
    ),
    ("POST", "/leads/{id}/notes", f"/leads/{LEAD}/notes", {"text": "Interested"}),
    ("GET", "/leads/{id}/notes", f"/leads/{LEAD}/notes", None),
    ("POST", "/leads/form", "/leads/form", {"name": "Web Visitor", "email": "w@example.com"}),
    ("GET", "/bookings", "/bookings?includeTotal=true", None),
    ("GET", "/bookings/{id}", f"/bookings/{BOOKING}", None),
    ("GET", "/bookings/{id}/contacts", f"/bookings/{BOOKING}/contacts", None),
    ("GET", "/booking-provider/{booking_provider}/bookings", PROVIDER_BOOKINGS, None),
    (
        "POST",
        "/booking-provider/{booking_provider}/bookings",
        PROVIDER_BOOKINGS,
        {
            "name": "Visitor",
            "source": "Website",
            "externalId": "x-1",
            "isFirstTimeClient": True,
            "summary": "No heat",
            "address": {**ADDRESS, "unit": None},
            "contacts": [{"type": "Phone", "value": "5125550000"}],
        },
    ),
    (
        "GET",
        "/booking-provider/{booking_provider}/bookings/{id}",
        f"{PROVIDER_BOOKINGS}/{BOOKING}",
        None,
    ),
    (
        "PATCH",
        "/booking-provider/{booking_provider}/bookings/{id}",
        f"{PROVIDER_BOOKINGS}/{BOOKING}",
        {"priority": "Low"},
    ),
    (
        "GET",
        "/booking-provider/{booking_provider}/bookings/{id}/contacts",
        f"{PROVIDER_BOOKINGS}/{BOOKING}/contacts",
        None,
    ),
    (
        "POST",
        "/booking-provider/{booking_provider}/bookings/{id}/contacts",
        f"{PROVIDER_BOOKINGS}/{BOOKING}/contacts",
        {"type": "Email", "value": "b@example.com"},
    ),
    (
        "PATCH",
        "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contactId}",
        f"{PROVIDER_BOOKINGS}/{BOOKING}/contacts/7000000001",
        {"memo": "evenings"},
    ),
    ("GET", "/booking-provider-tags", "/booking-provider-tags", None),
    (
        "POST",
        "/booking-provider-tags",
        "/booking-provider-tags",
        {"tagName": "Partner", "description": "Referrals"},
    ),
    ("GET", "/booking-provider-tags/{id}", f"/booking-provider-tags/{PROVIDER}", None),
    (
        "PATCH",
        "/booking-provider-tags/{id}",
        f"/booking-provider-tags/{PROVIDER}",
        {"tagName": "Widget v2"},
    ),
    ("GET", "/export/customers", "/export/customers", None),
    ("GET", "/export/customers/contacts", "/export/customers/contacts", None),
    ("GET", "/export/locations", "/export/locations", None),
    ("GET", "/export/locations/contacts", "/export/locations/contacts", None),
    ("GET", "/export/leads", "/export/leads", None),
    ("GET", "/export/bookings", "/export/bookings", None),
    (
        "GET",
        "/locations/{id}/preferredtechnician",
        f"/locations/{LOCATION}/preferredtechnician",
        None,
    ),
    ("GET", "/contacts", "/contacts?includeTotal=true&pageSize=5&isArchived=false", None),
    ("POST", "/contacts", "/contacts", {"name": "Grace Hopper", "title": "Owner"}),
    ("GET", "/contacts/preferences", "/contacts/preferences", None),
    ("GET", "/contacts/contact-methods", "/contacts/contact-methods?type=Email", None),
    (
        "GET",
        "/contacts/relationships/{relationshipId}",
        f"/contacts/relationships/{CUSTOMER}",
        None,
    ),
    ("GET", "/contacts/{id}", f"/contacts/{CONTACT}", None),
    ("PUT", "/contacts/{id}", f"/contacts/{CONTACT}", {"name": "Ada", "isArchived": False}),
    ("PATCH", "/contacts/{id}", f"/contacts/{CONTACT}", {"title": "Tenant", "isArchived": True}),
    (
        "GET",
        "/contacts/{contactId}/relationships",
        f"/contacts/{CONTACT}/relationships?includeTotal=true",
        None,
    ),
    (
        "GET",
        "/contacts/{contactId}/contact-methods",
        f"/contacts/{CONTACT}/contact-methods?includeTotal=true",
        None,
    ),
    (
        "POST",
        "/contacts/{contactId}/contact-methods",
        f"/contacts/{CONTACT}/contact-methods",
        {"type": "Email", "value": "grace@example.com", "memo": None},
    ),
    ("GET", "/contacts/{contactId}/contact-methods/{contactMethodId}", ONE_METHOD, None),
    (
        "PUT",
        "/contacts/{contactId}/contact-methods/{contactMethodId}",
        ONE_METHOD,
        {"type": "Phone", "value": "5125550100", "referenceId": "desk"},
    ),
    (
        "PATCH",
        "/contacts/{contactId}/contact-methods/{contactMethodId}",
        ONE_METHOD,
        {"memo": "work"},
    ),
    (
        "GET",
        "/contacts/{contactId}/contact-methods/{contactMethodId}/preferences",
        f"{ONE_METHOD}/preferences",
        None,
    ),
    (
        "GET",
        "/contacts/{contactId}/contact-methods/{contactMethodId}/preferences/{preferenceName}",
        f"{ONE_METHOD}/preferences/jobReminders",
        None,
    ),
    (
        "PATCH",
        "/contacts/{contactId}/contact-methods/{contactMethodId}/preferences/{preferenceName}",
        f"{ONE_METHOD}/preferences/marketingUpdates",
        {"value": "true"},
    ),
]

# The operations whose 200 has no body, called with arguments that exist in a fresh tenant.
NO_BODY_CALLS: list[tuple[str, str, str, Any]] = [
    (
        "DELETE",
        "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contactId}",
        f"{PROVIDER_BOOKINGS}/{BOOKING}/contacts/7000000001",
        None,
    ),
    (
        "POST",
        "/booking-provider/{booking_provider}/bookings/{id}/dismiss",
        f"{PROVIDER_BOOKINGS}/{BOOKING}/dismiss",
        {"dismissingMemo": "duplicate"},
    ),
    ("DELETE", "/contacts/{contactId}/contact-methods/{contactMethodId}", ONE_METHOD, None),
    (
        "POST",
        "/contacts/{contactId}/relationships/{relatedEntityId}/{typeSlug}",
        f"/contacts/{CONTACT}/relationships/{LEAD}/lead",
        None,
    ),
    (
        "DELETE",
        "/contacts/{contactId}/relationships/{relatedEntityId}/{typeSlug}",
        f"/contacts/{CONTACT}/relationships/{CUSTOMER}/customer",
        None,
    ),
    ("DELETE", "/contacts/{id}", f"/contacts/{CONTACT}", None),
    (
        "DELETE",
        "/customers/{id}/contacts/{contactId}",
        f"/customers/{CUSTOMER}/contacts/3000000001",
        None,
    ),
    ("DELETE", "/customers/{id}/notes/{noteId}", f"/customers/{CUSTOMER}/notes/1", None),
    ("DELETE", "/customers/{id}/tags/{tagTypeId}", f"/customers/{CUSTOMER}/tags/110", None),
    ("POST", "/leads/{id}/dismiss", f"/leads/{LEAD}/dismiss", {"dismissingReasonId": 801}),
    (
        "DELETE",
        "/locations/{id}/contacts/{contactId}",
        f"/locations/{LOCATION}/contacts/4000000001",
        None,
    ),
    ("DELETE", "/locations/{id}/notes/{noteId}", f"/locations/{LOCATION}/notes/1", None),
    ("DELETE", "/locations/{id}/tags/{tagTypeId}", f"/locations/{LOCATION}/tags/110", None),
    (
        "POST",
        "/locations/{id}/preferredtechnician/{preferredTechnicianId}",
        f"/locations/{LOCATION}/preferredtechnician/60001",
        None,
    ),
    ("PUT", "/tags", "/tags", {"customerIds": [CUSTOMER], "tagTypeIds": [101]}),
    ("DELETE", "/tags", "/tags", {"customerIds": [CUSTOMER], "tagTypeIds": [101]}),
]


# No note is seeded and the first seeded customer and location carry no tag: these answer the
# documented 404, which still shows the operation is modelled.
ANSWERING_404 = {
    ("DELETE", "/customers/{id}/notes/{noteId}"),
    ("DELETE", "/customers/{id}/tags/{tagTypeId}"),
    ("DELETE", "/locations/{id}/notes/{noteId}"),
    ("DELETE", "/locations/{id}/tags/{tagTypeId}"),
}


def concrete(simulator: Simulator, path: str) -> str:
    """`path` with the seeded contact's and contact method's GUIDs in place of the stand-ins."""
    store = simulator.store()
    contact = store.guids.text(store.contacts.seeded.id_of(0))
    method = store.guids.text(store.contact_methods.seeded.id_of(0))
    return path.replace(CONTACT, contact).replace(METHOD, method)


# The document's operations the simulator has no hand-written handler for: answered generically.
GENERIC = [op for op in DOCUMENT.operations if op.operation_id not in HANDLERS]


def test_every_modelled_operation_with_a_json_answer_is_called(document: dict[str, Any]) -> None:
    with_json = {
        (op.method.upper(), op.path)
        for op in DOCUMENT.operations
        if op.operation_id in HANDLERS
        and "content" in document["paths"][op.path][op.method]["responses"]["200"]
    }
    assert with_json <= {(method, template) for method, template, _, _ in CALLS}


@pytest.mark.parametrize(
    ("method", "template", "path", "body"), CALLS, ids=[f"{c[0]} {c[1]}" for c in CALLS]
)
async def test_the_answer_validates_against_the_200_schema(
    document: dict[str, Any],
    simulator: Simulator,
    api: httpx2.AsyncClient,
    method: str,
    template: str,
    path: str,
    body: Any,
) -> None:
    path = concrete(simulator, path)
    if template.endswith("/tags/{tagTypeId}"):
        # Seeded records may carry the tag already; start from "not tagged".
        assert (await api.delete(path)).status_code in (200, 404)
    response = await api.request(method, path, json=body)
    assert response.status_code == 200, response.text
    validate(document, response_schema(document, method, template), response.json())


def test_every_operation_of_the_document_is_called(document: dict[str, Any]) -> None:
    documented = {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
        if method != "parameters"
    }
    called = {(method, template) for method, template, _, _ in CALLS + NO_BODY_CALLS}
    called |= {(op.method.upper(), op.path) for op in GENERIC}
    assert documented <= called


@pytest.mark.parametrize("operation", GENERIC, ids=[op.operation_id for op in GENERIC])
async def test_an_operation_without_a_handler_answers_its_documented_status_and_schema(
    document: dict[str, Any], api: httpx2.AsyncClient, operation: Operation
) -> None:
    method, path, body = request_of(DOCUMENT, operation)

    response = await api.request(method, path, json=body)

    assert response.status_code == operation.status, response.text
    if response.content:
        schema = response_schema(document, method, operation.path, operation.status)
        validate(document, schema, response.json())


@pytest.mark.parametrize(
    ("method", "template", "path", "body"),
    NO_BODY_CALLS,
    ids=[f"{c[0]} {c[1]}" for c in NO_BODY_CALLS],
)
async def test_an_operation_without_a_json_answer_answers_a_documented_status(
    document: dict[str, Any],
    simulator: Simulator,
    api: httpx2.AsyncClient,
    method: str,
    template: str,
    path: str,
    body: Any,
) -> None:
    """With CALLS, every operation is modelled: none answers 501 "not modelled"."""
    response = await api.request(method, concrete(simulator, path), json=body)

    documented = document["paths"][template][method.lower()]["responses"]
    assert str(response.status_code) in documented, response.text
    if (method, template) in ANSWERING_404:
        assert response.status_code == 404, response.text
    else:
        assert response.status_code == 200, response.text
        assert response.content == b""


def absent_properties(document: dict[str, Any], schema: dict[str, Any], instance: Any) -> set[str]:
    """The documented properties missing from `instance` and the objects inside it, by path.

    The live API sends a property without a value as null rather than leaving it out.
    """
    absent: set[str] = set()
    _collect_absent(document, schema, instance, "", absent)
    return absent


def _collect_absent(
    document: dict[str, Any], schema: dict[str, Any], instance: Any, path: str, absent: set[str]
) -> None:
    reference = schema.get("$ref")
    if isinstance(reference, str):
        name = reference.rsplit("/", 1)[-1]
        target = document["components"]["schemas"][name]
        _collect_absent(document, target, instance, f"{path}<{name}>", absent)
    for part in schema.get("allOf", ()):
        _collect_absent(document, part, instance, path, absent)
    if isinstance(instance, dict):
        for name, property_schema in schema.get("properties", {}).items():
            if name in instance:
                _collect_absent(document, property_schema, instance[name], f"{path}.{name}", absent)
            else:
                absent.add(f"{path}.{name}")
    if isinstance(instance, list) and "items" in schema:
        for item in instance:
            _collect_absent(document, schema["items"], item, f"{path}[]", absent)


@pytest.mark.parametrize(
    ("method", "template", "path", "body"), CALLS, ids=[f"{c[0]} {c[1]}" for c in CALLS]
)
async def test_the_answer_sends_every_documented_property(
    document: dict[str, Any],
    simulator: Simulator,
    api: httpx2.AsyncClient,
    method: str,
    template: str,
    path: str,
    body: Any,
) -> None:
    """Null when there is no value, never left out: what the typed models expect to read."""
    path = concrete(simulator, path)
    if template.endswith("/tags/{tagTypeId}"):
        assert (await api.delete(path)).status_code in (200, 404)
    response = await api.request(method, path, json=body)
    assert response.status_code == 200, response.text

    schema = response_schema(document, method, template)
    assert absent_properties(document, schema, response.json()) == set()
