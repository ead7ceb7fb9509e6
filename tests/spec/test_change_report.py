"""The change report: each edit a new export can bring is reported in one line, classified for
code written against the SDK (table-driven; compares parsed exports, no regeneration)."""

from __future__ import annotations

from dataclasses import dataclass

import export_mutations as edit
import pytest
from published_export import parse_export
from spec_changes import Change, compare
from spec_sources import SOURCES, read_tsv

PINNED = {row["evidence_name"]: row["name"] for row in read_tsv(SOURCES / "schema_names.tsv")}
BREAKING, COMPATIBLE = True, False


@dataclass(frozen=True)
class Case:
    name: str
    mutation: edit.Mutation
    lines: list[tuple[bool, str]]


CASES = [
    Case(
        "add an operation under a new tag",
        edit.add_memberships,
        [
            (
                COMPATIBLE,
                "operation added: `Memberships_GetList` (GET /memberships; tag Memberships,"
                " a new tag)",
            ),
            (
                COMPATIBLE,
                "schema added: `MembershipResponse` (export Crm.V2.Memberships.MembershipResponse)",
            ),
            (
                COMPATIBLE,
                "schema added: `MembershipResponsePage`"
                " (export PaginatedResponse_Of_Crm.V2.Memberships.MembershipResponse)",
            ),
        ],
    ),
    Case(
        "remove an operation",
        edit.remove_lead_dismiss,
        [(BREAKING, "operation removed: `Leads_Dismiss` (POST /leads/{id}/dismiss)")],
    ),
    Case(
        "add an optional property to a response",
        edit.add_external_id,
        [(COMPATIBLE, f"`CustomerResponse.{edit.EXTERNAL_ID}` added (string, optional)")],
    ),
    Case(
        "add a required property to a request",
        edit.add_required_request_property,
        [(BREAKING, "`DismissLeadRequest.note` added (string, required)")],
    ),
    Case(
        "remove a property",
        edit.remove_call_reason,
        [(BREAKING, "`LeadResponse.callReasonId` removed")],
    ),
    Case(
        "change a type",
        edit.retype_customer_id,
        [(BREAKING, "`LeadResponse.customerId` type changed: integer/int64 -> string")],
    ),
    Case(
        "add an enum value",
        edit.add_rescheduled,
        [(COMPATIBLE, f"`BookingStatus` value `{edit.RESCHEDULED}` added")],
    ),
    Case(
        "remove an enum value",
        edit.remove_urgent,
        [(BREAKING, "`Priority` value `Urgent` removed")],
    ),
    Case(
        "make a parameter required",
        edit.require_export_from,
        [(BREAKING, "`ExportCustomers_GetCustomers` query parameter `from` made required")],
    ),
    Case(
        "add an optional parameter",
        edit.add_optional_filter,
        [(COMPATIBLE, f"`Leads_GetList` query parameter `{edit.CAMPAIGN_ID}` added (optional)")],
    ),
    Case(
        "rename a schema",
        edit.rename_follow_up,
        [
            (
                BREAKING,
                "schema renamed: `FollowUpResponse` -> `LeadFollowUpResponse`"
                " (export Crm.V2.FollowUpResponse -> Crm.V2.LeadFollowUpResponse)",
            )
        ],
    ),
    Case(
        "a property the server sends becomes optional",
        edit.relax_server_sent_required,
        [(BREAKING, "`NoteResponse.text` made optional")],
    ),
    Case(
        "a request property is no longer nullable",
        edit.drop_request_nullability,
        [(BREAKING, "`CreateBookingRequest.uploadedImages` no longer nullable")],
    ),
    Case(
        "a request body becomes required",
        edit.require_dismiss_body,
        [(BREAKING, "`Leads_Dismiss` request body made required")],
    ),
    Case(
        "a new documented error status",
        edit.add_conflict_status,
        [(COMPATIBLE, "`Leads_Update` documents status 409")],
    ),
]


def report_lines(changes: list[Change]) -> list[tuple[bool, str]]:
    return [(change.breaking, change.text) for change in changes]


CURRENT = parse_export(edit.published())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_edit_is_reported_and_classified(case: Case) -> None:
    changed = parse_export(case.mutation(edit.published()))
    assert report_lines(compare(CURRENT, changed, PINNED)) == case.lines


def test_the_same_export_reports_nothing() -> None:
    assert compare(CURRENT, parse_export(edit.published()), PINNED) == []


def test_removal_is_the_reverse_of_addition() -> None:
    """Going back from a newer export reports the same things removed, and breaking."""
    newer = parse_export(edit.add_memberships(edit.published()))
    assert report_lines(compare(newer, CURRENT, PINNED)) == [
        (BREAKING, "operation removed: `Memberships_GetList` (GET /memberships)"),
        (
            BREAKING,
            "schema removed: `MembershipResponse` (export Crm.V2.Memberships.MembershipResponse)",
        ),
        (
            BREAKING,
            "schema removed: `MembershipResponsePage`"
            " (export PaginatedResponse_Of_Crm.V2.Memberships.MembershipResponse)",
        ),
    ]


def test_a_change_set_lists_operations_first_then_schemas() -> None:
    changed = parse_export(edit.new_release(edit.published()))
    assert report_lines(compare(CURRENT, changed, PINNED)) == [
        (
            COMPATIBLE,
            "operation added: `Memberships_GetList` (GET /memberships; tag Memberships, a new tag)",
        ),
        (BREAKING, "`ExportCustomers_GetCustomers` query parameter `from` made required"),
        (
            COMPATIBLE,
            "schema added: `MembershipResponse` (export Crm.V2.Memberships.MembershipResponse)",
        ),
        (
            COMPATIBLE,
            "schema added: `MembershipResponsePage`"
            " (export PaginatedResponse_Of_Crm.V2.Memberships.MembershipResponse)",
        ),
        (COMPATIBLE, f"`BookingStatus` value `{edit.RESCHEDULED}` added"),
        (COMPATIBLE, f"`CustomerResponse.{edit.EXTERNAL_ID}` added (string, optional)"),
        (BREAKING, "`LeadResponse.callReasonId` removed"),
    ]


def with_prose(document: edit.Document) -> edit.Document:
    """Descriptions, summaries and examples everywhere, as the real published file has them."""
    for item in document["paths"].values():
        for operation in item.values():
            operation["summary"] = "Summary of the operation"
            operation["description"] = "A long description\nover several lines."
            for parameter in operation.get("parameters", []):
                parameter["description"] = "What the parameter filters"
            for response in operation["responses"].values():
                for media in response.get("content", {}).values():
                    media["example"] = {"id": 1}
    for schema in document["components"]["schemas"].values():
        schema["description"] = "What the schema holds"
        schema["example"] = {"id": 1}
        for prop in schema.get("properties", {}).values():
            prop["description"] = "What the property holds"
            prop["example"] = "value"
    return document


def test_prose_and_examples_are_accepted_and_kept_out_of_the_facts() -> None:
    assert parse_export(with_prose(edit.published())) == CURRENT


def test_parameters_listed_on_the_path_item_count_for_each_operation() -> None:
    """Moving `tenant` from every operation to its path item changes no fact."""
    document = edit.published()
    for item in document["paths"].values():
        tenant = None
        for operation in item.values():
            found = [p for p in operation["parameters"] if p["name"] == "tenant"]
            operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "tenant"]
            tenant = found[0]
        item["parameters"] = [tenant]
    moved = parse_export(document)
    assert compare(CURRENT, moved, PINNED) == []
