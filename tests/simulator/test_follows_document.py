"""The simulator follows the document model it is given, with no hand edit.

Each test hands the simulator a model changed as a new export of the API would change it (a
property, a query parameter, an enum value, filters an operation requires) with
`dataclasses.replace`, and sees the change served or accepted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from servicetitan_crm._document import Document, Operation, Parameter, Property, Type
from servicetitan_crm.generated.document import DOCUMENT

ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}


def with_schema_changed(document: Document, name: str, change: Callable[[Any], Any]) -> Document:
    objects = tuple(
        change(schema) if schema.name == name else schema for schema in document.objects
    )
    return dataclasses.replace(document, objects=objects)


def with_property(document: Document, schema_name: str, prop: Property) -> Document:
    return with_schema_changed(
        document,
        schema_name,
        lambda schema: dataclasses.replace(schema, properties=(*schema.properties, prop)),
    )


def with_operation_changed(
    document: Document, operation_id: str, change: Callable[[Operation], Operation]
) -> Document:
    operations = tuple(
        change(operation) if operation.operation_id == operation_id else operation
        for operation in document.operations
    )
    return dataclasses.replace(document, operations=operations)


def with_enum_value(document: Document, name: str, value: str) -> Document:
    enum = document.enum(name)
    grown = dataclasses.replace(enum, values=(*enum.values, value))
    return dataclasses.replace(
        document, enums=tuple(grown if other.name == name else other for other in document.enums)
    )


def record_schemas(operation_ids: tuple[str, ...]) -> set[str]:
    """The record schemas of these operations: a list's item, else the answer itself."""
    names = set()
    for operation_id in operation_ids:
        operation = DOCUMENT.operation(operation_id)
        name = operation.item or (operation.response.ref if operation.response else None)
        assert name is not None
        names.add(name)
    return names


# --- properties ------------------------------------------------------------------------------
CUSTOMER_OPERATIONS = ("Customers_Get", "Customers_GetList", "ExportCustomers_GetCustomers")


def document_with_customer_properties(*props: Property) -> Document:
    document = DOCUMENT
    for schema in record_schemas(CUSTOMER_OPERATIONS):
        for prop in props:
            document = with_property(document, schema, prop)
    return document


LOYALTY = Property("loyaltyTier", "loyalty_tier", Type(kind="string"), False, True)
VISITS = Property("visitCount", "visit_count", Type(kind="integer", format="int32"), True, False)


async def test_a_property_added_to_the_document_is_in_every_answer_and_feed(
    served: Callable[[Document], Any],
) -> None:
    simulator, api = await served(document_with_customer_properties(LOYALTY, VISITS))

    one = (await api.get("/customers/1000000001")).json()
    page = (await api.get("/customers", params={"pageSize": 3})).json()
    batch = (await api.get("/export/customers")).json()
    contents = simulator.feed_contents()["customers"]

    records = [one, *page["data"], *batch["data"], *contents.values()]
    assert len(records) > 3
    assert all(record["loyaltyTier"] is None for record in records)
    assert all(isinstance(record["visitCount"], int) for record in records)
    # The generated value is derived from the record, so every answer agrees on it.
    assert one["visitCount"] == contents[1000000001]["visitCount"]
    assert one["visitCount"] == (await api.get("/customers/1000000001")).json()["visitCount"]


async def test_the_properties_modelled_today_are_answered_as_before(
    served: Callable[[Document], Any],
) -> None:
    _, plain = await served(DOCUMENT)
    _, grown = await served(document_with_customer_properties(LOYALTY))

    before = (await plain.get("/customers", params={"pageSize": 5})).json()["data"]
    after = (await grown.get("/customers", params={"pageSize": 5})).json()["data"]

    assert [{k: v for k, v in record.items() if k != "loyaltyTier"} for record in after] == before


async def test_a_created_record_keeps_a_property_the_simulator_does_not_model(
    served: Callable[[Document], Any],
) -> None:
    document = document_with_customer_properties(LOYALTY)
    document = with_property(document, DOCUMENT.operation("Customers_Create").body or "", LOYALTY)
    _, api = await served(document)

    created = await api.post(
        "/customers",
        json={
            "name": "Ada",
            "address": ADDRESS,
            "locations": [{"name": "Home", "address": ADDRESS}],
            "loyaltyTier": "gold",
            "undocumentedEverywhere": 7,
        },
    )
    assert created.status_code == 200, created.text
    customer_id = created.json()["id"]

    fetched = (await api.get(f"/customers/{customer_id}")).json()
    exported = [
        record
        for record in (
            await api.get("/export/customers", params={"includeRecentChanges": "true"})
        ).json()["data"]
        if record["id"] == customer_id
    ]
    assert fetched["loyaltyTier"] == "gold"
    assert exported[0]["loyaltyTier"] == "gold"
    assert "undocumentedEverywhere" not in fetched


async def test_an_update_keeps_and_replaces_a_property_the_simulator_does_not_model(
    served: Callable[[Document], Any],
) -> None:
    document = document_with_customer_properties(LOYALTY)
    update_body = DOCUMENT.operation("Customers_Update").body or ""
    _, api = await served(with_property(document, update_body, LOYALTY))

    first = await api.patch("/customers/1000000002", json={"loyaltyTier": "silver"})
    renamed = await api.patch("/customers/1000000002", json={"name": "Renamed"})

    assert first.json()["loyaltyTier"] == "silver"
    assert renamed.json()["loyaltyTier"] == "silver"
    assert renamed.json()["name"] == "Renamed"
    assert (await api.get("/customers/1000000002")).json()["loyaltyTier"] == "silver"


# --- query parameters ------------------------------------------------------------------------
def with_parameter(document: Document, operation_id: str, parameter: Parameter) -> Document:
    return with_operation_changed(
        document,
        operation_id,
        lambda operation: dataclasses.replace(
            operation, parameters=(*operation.parameters, parameter)
        ),
    )


@pytest.mark.parametrize(
    ("type_", "good", "bad"),
    [
        (Type(kind="integer", format="int32"), "12", "twelve"),
        (Type(kind="boolean"), "false", "maybe"),
        (Type(kind="date-time", format="date-time"), "2024-01-01T00:00:00Z", "yesterday"),
        (Type(kind="uuid", format="uuid"), "2b8f3e1c-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "not-a-guid"),
        (Type(kind="string", values=("Small", "Large")), "Large", "large"),
        (Type(kind="string", pattern=r"^[A-Z]{2}$"), "TX", "Texas"),
        (Type(kind="enum", ref="LeadStatus"), "Converted", "converted"),
    ],
    ids=lambda value: value.kind if isinstance(value, Type) else value,
)
async def test_a_query_parameter_added_to_the_document_is_accepted_and_type_checked(
    served: Callable[[Document], Any], type_: Type, good: str, bad: str
) -> None:
    parameter = Parameter("shoeSize", "shoe_size", "query", type_, False)
    _, api = await served(with_parameter(DOCUMENT, "Bookings_GetList", parameter))

    accepted = await api.get("/bookings", params={"shoeSize": good})
    refused = await api.get("/bookings", params={"shoeSize": bad})

    assert accepted.status_code == 200, accepted.text
    assert refused.status_code == 400
    assert list(refused.json()["errors"]) == ["shoeSize"]


async def test_a_documented_bound_of_a_query_parameter_is_checked(
    served: Callable[[Document], Any],
) -> None:
    parameter = Parameter("limit", "limit", "query", Type(kind="integer"), False, 1, 10)
    _, api = await served(with_parameter(DOCUMENT, "Bookings_GetList", parameter))

    assert (await api.get("/bookings", params={"limit": 10})).status_code == 200
    assert (await api.get("/bookings", params={"limit": 11})).json()["errors"].keys() == {"limit"}


async def test_a_required_query_parameter_added_to_the_document_is_required(
    served: Callable[[Document], Any],
) -> None:
    parameter = Parameter("region", "region", "query", Type(kind="string"), True)
    _, api = await served(with_parameter(DOCUMENT, "Bookings_GetList", parameter))

    missing = await api.get("/bookings")

    assert missing.status_code == 400
    assert list(missing.json()["errors"]) == ["region"]
    assert (await api.get("/bookings", params={"region": "west"})).status_code == 200


async def test_an_enum_value_added_to_the_document_is_accepted_as_a_filter(
    served: Callable[[Document], Any],
) -> None:
    status = DOCUMENT.operation("Leads_GetList").query_parameters
    enum_name = next(p.type.ref for p in status if p.name == "status")
    assert enum_name is not None
    _, api = await served(with_enum_value(DOCUMENT, enum_name, "Reopened"))
    _, plain = await served(DOCUMENT)

    accepted = await api.get("/leads", params={"status": "Reopened"})

    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["data"] == []
    assert (await plain.get("/leads", params={"status": "Reopened"})).status_code == 400


async def test_an_enum_query_value_is_held_to_the_documents_spelling(
    api: httpx2.AsyncClient,
) -> None:
    # The live API binds enums case-insensitively; the simulator, a test double, is as strict as
    # the document, so a caller that passes against it passes against the API.
    exact = await api.get("/leads", params={"status": "Open"})
    lower = await api.get("/leads", params={"status": "open"})

    assert exact.status_code == 200 and exact.json()["data"]
    assert lower.status_code == 400
    assert "status" in lower.json()["errors"]


# --- filters an operation requires -----------------------------------------------------------
CONTACT_LISTS = ("Customers_GetModifiedContactsList", "Locations_GetLocationsContactsList")


def owner_and_time_filters(operation: Operation) -> tuple[str, ...]:
    """The id-list and created/modified filters of an operation, as the API requires them."""
    return tuple(
        parameter.name
        for parameter in operation.query_parameters
        if parameter.name.endswith("Ids") or parameter.name.startswith(("created", "modified"))
    )


def requiring_filters(document: Document) -> Document:
    for operation_id in CONTACT_LISTS:
        document = with_operation_changed(
            document,
            operation_id,
            lambda operation: dataclasses.replace(
                operation, required_one_of=owner_and_time_filters(operation)
            ),
        )
    return document


@pytest.mark.parametrize("operation_id", CONTACT_LISTS)
async def test_a_list_without_any_filter_it_requires_is_refused_naming_them(
    served: Callable[[Document], Any], operation_id: str
) -> None:
    document = requiring_filters(DOCUMENT)
    operation = document.operation(operation_id)
    required = operation.required_one_of
    assert len(required) >= 3
    _, api = await served(document)

    refused = await api.get(operation.path, params={"pageSize": 5})
    since = next(name for name in required if name.endswith("OnOrAfter"))
    with_one = await api.get(operation.path, params={since: "2000-01-01T00:00:00Z"})

    assert refused.status_code == 400
    assert set(refused.json()["errors"]) == set(required)
    assert all(name in refused.json()["title"] for name in required)
    assert with_one.status_code == 200, with_one.text
    assert with_one.json()["data"]


async def test_an_empty_required_filter_does_not_count(served: Callable[[Document], Any]) -> None:
    document = requiring_filters(DOCUMENT)
    operation = document.operation(CONTACT_LISTS[0])
    _, api = await served(document)

    response = await api.get(operation.path, params={operation.required_one_of[0]: ""})

    assert response.status_code == 400


async def test_an_enum_value_added_to_the_document_is_accepted_in_a_body(
    served: Callable[[Document], Any],
) -> None:
    body_schema = DOCUMENT.schema(DOCUMENT.operation("Customers_CreateContact").body or "")
    enum_name = body_schema.property("type").type.ref
    assert enum_name is not None
    _, api = await served(with_enum_value(DOCUMENT, enum_name, "Pager"))
    _, plain = await served(DOCUMENT)
    contact = {"type": "Pager", "value": "5125550100"}

    accepted = await api.post("/customers/1000000001/contacts", json=contact)
    refused = await plain.post("/customers/1000000001/contacts", json=contact)

    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["type"] == "Pager"
    assert refused.status_code == 400
    assert list(refused.json()["errors"]) == ["type"]


async def test_a_field_the_document_leaves_a_free_string_is_not_narrowed(
    served: Callable[[Document], Any],
) -> None:
    """A booking contact's `type` is any string in the document, unlike a customer's."""
    operation = DOCUMENT.operation("Bookings_CreateContact")
    assert DOCUMENT.schema(operation.body or "").property("type").type.kind == "string"
    _, api = await served(DOCUMENT)
    path = operation.path.replace("{booking_provider}", "8000000001").replace("{id}", "6000000001")

    response = await api.post(path, json={"type": "Pager", "value": "5125550100"})

    assert response.status_code == 200, response.text
    # Its answer types `type` as the ContactType enum: what it cannot carry is no value.
    assert response.json()["type"] is None
    assert response.json()["value"] == "5125550100"


async def test_a_null_the_document_does_not_allow_in_a_patch_is_refused(
    served: Callable[[Document], Any],
) -> None:
    operation = DOCUMENT.operation("Bookings_Update")
    address_type = DOCUMENT.schema(operation.body or "").property("address").type
    address = DOCUMENT.schema(address_type.ref or "")
    assert not address.property("zip").nullable
    _, api = await served(DOCUMENT)
    path = operation.path.replace("{booking_provider}", "8000000001").replace("{id}", "6000000001")
    whole = {"street": "1 Main St", "unit": "2", "city": "Austin", "state": "TX", "country": "USA"}

    refused = await api.patch(path, json={"address": {**whole, "zip": None}})
    accepted = await api.patch(path, json={"address": {**whole, "zip": "78701"}})

    assert refused.status_code == 400
    assert list(refused.json()["errors"]) == ["address.zip"]
    assert accepted.status_code == 200, accepted.text


def int64_path_operations() -> list[Operation]:
    return [
        operation
        for operation in DOCUMENT.operations
        if any(
            p.type.kind == "integer" and p.type.format == "int64" for p in operation.path_parameters
        )
    ]


@pytest.mark.parametrize(
    "operation", int64_path_operations(), ids=lambda operation: operation.operation_id
)
async def test_a_path_id_beyond_int64_is_refused_naming_it(
    api: httpx2.AsyncClient, operation: Operation
) -> None:
    beyond = next(
        p
        for p in operation.path_parameters
        if p.type.kind == "integer" and p.type.format == "int64"
    )
    valid = {"uuid": "00000000-0000-0000-0000-000000000001", "integer": "1", "string": "customer"}
    path = operation.path
    for parameter in operation.path_parameters:
        value = str(2**63) if parameter is beyond else valid[parameter.type.kind]
        path = path.replace("{" + parameter.name + "}", value)

    response = await api.request(operation.method.upper(), path, json={})

    assert response.status_code == 400, response.text
    assert beyond.name in response.json()["errors"]


async def test_a_field_the_document_requires_in_a_nested_object_is_required(
    served: Callable[[Document], Any],
) -> None:
    operation = DOCUMENT.operation("Bookings_Update")
    address = DOCUMENT.schema(
        DOCUMENT.schema(operation.body or "").property("address").type.ref or ""
    )
    required = [prop.name for prop in address.properties if prop.required]
    assert required
    _, api = await served(DOCUMENT)
    path = operation.path.replace("{booking_provider}", "8000000001").replace("{id}", "6000000001")

    response = await api.patch(path, json={"address": {}})

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {f"address.{name}" for name in required}
