"""Components: every export schema under a clean name, shared envelopes, enums with the export's
values, and the nullability rule (server-sent schemas tolerate null everywhere)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from build_spec import derived_name
from codegen.query_rules import SORT_SCHEMA_PREFIX
from spec_sources import SOURCES, export_operations, export_schemas, schema_names, target

SCHEMAS = export_schemas()
NAMES = schema_names()
ENVELOPE_FIELDS = {"page", "pageSize", "hasMore", "totalCount", "continueFrom", "data"}
CLEAN_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def components(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def server_sent() -> set[str]:
    """Export names reachable from a 200 body, plus webhook payloads (sent by the server too)."""
    roots = []
    for row in export_operations():
        cell = row["response_200_schema"].removeprefix("array<").removesuffix(">")
        if cell in SCHEMAS:
            roots.append(cell)
    roots += [name for name in SCHEMAS if "Webhooks" in name]
    seen: set[str] = set()
    while roots:
        name = roots.pop()
        if name in seen:
            continue
        seen.add(name)
        for prop in SCHEMAS[name].get("properties", {}).values():
            roots += [name for name in (target(prop), target(prop.get("items", {}))) if name]
    return seen


SERVER_SENT = server_sent()
SEED_REQUIRED = yaml.safe_load((SOURCES / "seed_schemas.yaml").read_text(encoding="utf-8"))
LATE = yaml.safe_load((SOURCES / "late_properties.yaml").read_text(encoding="utf-8"))


def expected_required(export_name: str) -> list[str]:
    """Requests require what the export requires. Server-sent schemas require a property only when
    every source does: not one older servers leave out, nor one a seed page leaves out."""
    required: list[str] = SCHEMAS[export_name].get("required", [])
    if export_name not in SERVER_SENT:
        return required
    seed = SEED_REQUIRED.get(export_name, {}).get("required")
    late = LATE.get(export_name, [])
    return [name for name in required if name not in late and (seed is None or name in seed)]


PLAIN_OBJECTS = [
    name
    for name, schema in SCHEMAS.items()
    if "enum" not in schema and not name.startswith(("PaginatedResponse_", "ExportResponse_"))
]


def test_every_evidence_schema_is_a_component(document: dict[str, Any]) -> None:
    assert set(NAMES) == set(SCHEMAS)
    ours = {name for name in components(document) if name.startswith(SORT_SCHEMA_PREFIX)}
    assert ours  # the sort orders (tests/spec/test_query_rules.py)
    assert set(NAMES.values()) | {"PageEnvelope", "ExportEnvelope"} | ours == set(
        components(document)
    )


def test_names_are_clean_class_names_and_unique() -> None:
    assert all(CLEAN_NAME.match(name) for name in NAMES.values())
    assert len(set(NAMES.values())) == len(NAMES)


@pytest.mark.parametrize(
    ("evidence", "clean"),
    [
        ("Crm.V2.Customers.CustomerResponse", "CustomerResponse"),
        ("Crm.V2.Customers.CustomFieldTypeResponse", "CustomerCustomFieldTypeResponse"),
        ("Crm.V2.Locations.CustomFieldTypeResponse", "LocationCustomFieldTypeResponse"),
        ("Crm.V2.AddressPatchModel", "AddressPatchModel"),
        ("Crm.V2.Locations.AddressPatchModel", "LocationAddressPatchModel"),
        ("PaginatedResponse_Of_Crm.V2.Customers.CustomerResponse", "CustomerResponsePage"),
        ("ExportResponse_Of_Crm.V2.ExportCustomerResponse", "ExportCustomerResponseBatch"),
        ("CloudEvent_Of_Crm.V2.Webhooks.LeadCreatedWebhook", "LeadCreatedWebhookCloudEvent"),
    ],
)
def test_naming_rule(evidence: str, clean: str) -> None:
    assert NAMES[evidence] == clean


class TestEnvelopes:
    @pytest.mark.parametrize("evidence", [n for n in SCHEMAS if n.startswith("PaginatedResponse_")])
    def test_paged_response_is_the_page_envelope_plus_typed_data(
        self, evidence: str, document: dict[str, Any]
    ) -> None:
        self.assert_wrapped(evidence, "PageEnvelope", document)

    @pytest.mark.parametrize("evidence", [n for n in SCHEMAS if n.startswith("ExportResponse_")])
    def test_export_response_is_the_export_envelope_plus_typed_data(
        self, evidence: str, document: dict[str, Any]
    ) -> None:
        self.assert_wrapped(evidence, "ExportEnvelope", document)

    @staticmethod
    def assert_wrapped(evidence: str, envelope: str, document: dict[str, Any]) -> None:
        schema = components(document)[NAMES[evidence]]
        item = target(SCHEMAS[evidence]["properties"]["data"]["items"])
        head, tail = schema["allOf"]
        assert head == ref(envelope)
        assert tail["required"] == ["data"]
        assert tail["properties"]["data"]["items"] == ref(NAMES[item])
        assert "nullable" not in tail["properties"]["data"]

    def test_page_envelope_fields_stay_as_documented(self, document: dict[str, Any]) -> None:
        envelope = components(document)["PageEnvelope"]
        assert envelope["required"] == ["page", "pageSize", "hasMore"]
        nullable = {name for name, p in envelope["properties"].items() if p.get("nullable")}
        assert nullable == {"totalCount"}

    def test_export_envelope_fields_stay_as_documented(self, document: dict[str, Any]) -> None:
        envelope = components(document)["ExportEnvelope"]
        assert envelope["required"] == ["hasMore", "continueFrom"]
        assert not any(p.get("nullable") for p in envelope["properties"].values())


class TestNullability:
    @pytest.mark.parametrize("evidence", sorted(SERVER_SENT & set(PLAIN_OBJECTS)))
    def test_every_property_of_a_server_sent_schema_is_nullable(
        self, evidence: str, document: dict[str, Any]
    ) -> None:
        """All but the record's own `id`, which a record always carries (typed ids)."""
        schema = components(document)[NAMES[evidence]]
        required = schema.get("required", [])
        identified = ["id"] if "id" in required else []
        assert [n for n, p in schema["properties"].items() if not p.get("nullable")] == identified
        assert required == expected_required(evidence)

    @pytest.mark.parametrize(
        "evidence", sorted(set(PLAIN_OBJECTS) - SERVER_SENT - {"ApiErrorResponse"})
    )
    def test_request_only_schema_keeps_the_evidence_nullability(
        self, evidence: str, document: dict[str, Any]
    ) -> None:
        schema = components(document)[NAMES[evidence]]
        for name, prop in SCHEMAS[evidence]["properties"].items():
            assert bool(schema["properties"][name].get("nullable")) is bool(prop.get("nullable")), (
                name
            )
        assert schema.get("required", []) == expected_required(evidence)

    def test_nullable_reference_is_wrapped_in_all_of(self, document: dict[str, Any]) -> None:
        """The form openapi-python-client 0.29.1 turns into an `X | None` attribute."""
        prop = components(document)["CustomerResponse"]["properties"]["type"]
        assert prop == {"nullable": True, "allOf": [ref("CustomerType")]}

    def test_request_only_reference_stays_a_plain_reference(self, document: dict[str, Any]) -> None:
        prop = components(document)["CreateContactMethodRequest"]["properties"]["type"]
        assert prop == ref("ContactType")

    def test_the_echoed_request_model_is_tolerant_because_the_server_sends_it(
        self, document: dict[str, Any]
    ) -> None:
        schema = components(document)["UpdateBookingContactRequest"]
        assert all(p.get("nullable") for p in schema["properties"].values())

    def test_guid_properties_are_uuid_strings(self, document: dict[str, Any]) -> None:
        prop = components(document)["ContactResponse"]["properties"]["id"]
        assert prop == {"type": "string", "format": "uuid"}


class TestEnums:
    ENUM_SOURCES = yaml.safe_load((SOURCES / "enums.yaml").read_text(encoding="utf-8"))

    @pytest.mark.parametrize("export_name", [n for n, s in SCHEMAS.items() if "enum" in s])
    def test_enum_holds_the_export_values_once_in_listing_order(
        self, export_name: str, document: dict[str, Any]
    ) -> None:
        schema = components(document)[NAMES[export_name]]
        assert schema["type"] == "string"
        assert schema["enum"] == list(dict.fromkeys(SCHEMAS[export_name]["enum"]))
        assert schema["description"] == self.ENUM_SOURCES[NAMES[export_name]]

    def test_booking_status_has_only_the_export_values(self, document: dict[str, Any]) -> None:
        """Pending came from the hand-written seed alone; unknown values parse anyway."""
        values = components(document)["BookingStatus"]["enum"]
        assert values == list(dict.fromkeys(SCHEMAS["Crm.V2.BookingStatus"]["enum"]))
        assert "Pending" not in values

    def test_contact_type_lists_phone_once_and_records_the_landline_alias(
        self, document: dict[str, Any]
    ) -> None:
        schema = components(document)["ContactType"]
        assert schema["enum"].count("Phone") == 1
        assert SCHEMAS["Crm.V2.ContactType"]["enum"].count("Phone") > 1
        assert schema["x-enum-aliases"] == {"LandlinePhone": "Phone"}

    def test_active_filter_values(self, document: dict[str, Any]) -> None:
        assert {"True", "Any", "False"} <= set(components(document)["ActiveRequestArg"]["enum"])


def test_required_keys_only_the_newest_copy_has_are_optional(document: dict[str, Any]) -> None:
    customer = components(document)["CustomerResponse"]
    assert "taxExempt" in customer["properties"]
    assert "taxExempt" not in customer["required"]
    preferences = components(document)["ContactPreferencesResponse"]
    assert preferences["required"] == [
        "jobRemindersEnabled",
        "marketingUpdatesEnabled",
        "invoiceStatementNotification",
    ]


def test_request_models_require_what_the_newest_export_requires(document: dict[str, Any]) -> None:
    """The tolerance rule is for what the server sends; what the SDK sends follows the export."""
    assert components(document)["ContactPreferencesRequest"]["required"] == [
        "jobRemindersEnabled",
        "marketingUpdatesEnabled",
        "invoiceStatementNotification",
        "invoiceNotification",
        "statementNotification",
    ]


def test_every_required_name_is_a_defined_property(document: dict[str, Any]) -> None:
    for name, schema in components(document).items():
        for key in schema.get("required", []):
            assert key in schema.get("properties", {}), (name, key)


# The 15 properties the first copy of the evidence had lost (see the erratum in DECISIONS.md).
RESTORED = [
    ("BookingResponse", "summary", {"type": "string", "nullable": True}),
    ("CreateBookingRequest", "summary", {"type": "string"}),
    ("UpdateBookingRequest", "summary", {"type": "string"}),
    ("ExportBookingResponse", "summary", {"type": "string", "nullable": True}),
    ("ExportLeadsResponse", "summary", {"type": "string", "nullable": True}),
    ("LeadResponse", "summary", {"type": "string", "nullable": True}),
    ("LeadCreateRequest", "summary", {"type": "string"}),
    ("LeadUpdateRequest", "summary", {"type": "string"}),
    ("SubmitLeadFormRequest", "summary", {"type": "string", "nullable": True}),
    ("CreateBookingProviderTagRequest", "description", {"type": "string"}),
    ("CreateBookingProviderTagResponse", "description", {"type": "string", "nullable": True}),
    ("GetBookingProviderTagResponse", "description", {"type": "string", "nullable": True}),
    ("BookingProviderTagResponse", "description", {"type": "string", "nullable": True}),
    ("UpdateBookingProviderTagRequest", "description", {"type": "string"}),
    ("ContactPreferenceTypeResponse", "description", {"type": "string", "nullable": True}),
]


@pytest.mark.parametrize(("schema", "name", "expected"), RESTORED, ids=lambda v: str(v))
def test_restored_summary_and_description_properties(
    schema: str, name: str, expected: dict[str, Any], document: dict[str, Any]
) -> None:
    assert components(document)[schema]["properties"][name] == expected


def test_webhook_payload_models_are_components_though_no_operation_uses_them(
    document: dict[str, Any],
) -> None:
    webhooks = [NAMES[name] for name in SCHEMAS if "Webhooks" in name]
    assert len(webhooks) == 8
    text = yaml.safe_dump(document["paths"])
    assert not any(f"/{name}'" in text for name in webhooks)


def test_the_naming_rule_gives_every_pinned_name() -> None:
    """schema_names.tsv only pins what the rule already derives, so names the export adds later
    follow the same rule (see "Updating from a new export" in DECISIONS.md)."""
    assert {name: derived_name(name, SCHEMAS) for name in SCHEMAS} == NAMES
