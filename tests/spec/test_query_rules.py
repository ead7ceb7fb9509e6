"""Query parameter rules decided for the SDK: comma-separated ids, the active filter, page limits,
date-time filters, and the export feed's `from` token."""

from __future__ import annotations

from typing import Any

import pytest
from codegen.query_rules import (
    QueryRuleError,
    required_one_of,
    sort_fields,
    sort_schema,
    sort_schema_name,
)
from spec_sources import export_operations

from servicetitan_crm.generated.document import DOCUMENT

Operations = dict[str, tuple[str, str, dict[str, Any]]]
DATE_FILTERS = {"createdBefore", "createdOnOrAfter", "modifiedBefore", "modifiedOnOrAfter"}


def query_parameters(operations_by_id: Operations) -> list[tuple[str, dict[str, Any]]]:
    return [
        (operation_id, parameter)
        for operation_id, (_, _, operation) in sorted(operations_by_id.items())
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query"
    ]


def test_id_lists_are_comma_separated_strings_of_at_most_50(operations_by_id: Operations) -> None:
    found = [
        p
        for _, p in query_parameters(operations_by_id)
        if p["name"] in {"ids", "customerIds", "locationIds"}
    ]
    assert found
    for parameter in found:
        assert parameter["schema"] == {"type": "string"}
        assert "Comma-separated" in parameter["description"]
        assert "at most 50" in parameter["description"]


def test_active_filter_is_the_enum_and_says_inactive_records_are_hidden_by_default(
    operations_by_id: Operations,
) -> None:
    found = {op: p for op, p in query_parameters(operations_by_id) if p["name"] == "active"}
    assert set(found) == {"Customers_GetList", "Locations_GetList"}
    for parameter in found.values():
        assert parameter["schema"] == {"$ref": "#/components/schemas/ActiveRequestArg"}
        assert "only active records" in parameter["description"]


def test_page_size_is_1_to_5000_and_page_starts_at_1(operations_by_id: Operations) -> None:
    for _, parameter in query_parameters(operations_by_id):
        if parameter["name"] == "pageSize":
            assert (parameter["schema"]["minimum"], parameter["schema"]["maximum"]) == (1, 5000)
        if parameter["name"] == "page":
            assert parameter["schema"]["minimum"] == 1


def test_date_filters_are_date_times(operations_by_id: Operations) -> None:
    for _, parameter in query_parameters(operations_by_id):
        if parameter["name"] in DATE_FILTERS:
            assert parameter["schema"] == {"type": "string", "format": "date-time"}


def test_query_parameters_are_not_nullable(operations_by_id: Operations) -> None:
    assert [p for _, p in query_parameters(operations_by_id) if p["schema"].get("nullable")] == []


def test_export_feeds_take_a_from_token_and_include_recent_changes(
    operations_by_id: Operations,
) -> None:
    feeds = [
        row["operationId"]
        for row in export_operations()
        if row["path"].startswith("/tenant/{tenant}/export/")
    ]
    assert len(feeds) == len(list(DOCUMENT.of_kind("export")))
    for operation_id in feeds:
        parameters = {p["name"]: p for p in operations_by_id[operation_id][2]["parameters"]}
        assert set(parameters) == {"from", "includeRecentChanges"}
        assert parameters["from"]["schema"] == {"type": "string"}
        assert parameters["includeRecentChanges"]["schema"] == {"type": "boolean"}


@pytest.mark.parametrize(
    ("filters", "fields"),
    [
        ((), ("Id",)),
        (("createdOnOrAfter",), ("Id", "CreatedOn")),
        (("modifiedBefore", "name"), ("Id", "ModifiedOn")),
        (("modifiedOnOrAfter", "createdBefore"), ("Id", "CreatedOn", "ModifiedOn")),
    ],
)
def test_an_operation_sorts_by_id_and_by_the_times_it_filters_on(
    filters: tuple[str, ...], fields: tuple[str, ...]
) -> None:
    assert sort_fields(filters) == fields


def test_a_sort_enum_lists_both_directions_of_each_field_with_readable_member_names() -> None:
    schema = sort_schema(("Id", "ModifiedOn"))

    assert sort_schema_name(("Id", "ModifiedOn")) == "SortByIdModifiedOn"
    assert schema["enum"] == ["+Id", "-Id", "+ModifiedOn", "-ModifiedOn"]
    assert schema["x-enum-varnames"] == [
        "ID_ASCENDING",
        "ID_DESCENDING",
        "MODIFIED_ON_ASCENDING",
        "MODIFIED_ON_DESCENDING",
    ]


def test_every_sort_parameter_is_typed_by_the_fields_its_operation_filters_on() -> None:
    sorted_lists = [
        (operation, parameter)
        for operation in DOCUMENT.operations
        for parameter in operation.parameters
        if parameter.name == "sort"
    ]
    assert sorted_lists
    for operation, parameter in sorted_lists:
        query = [p.name for p in operation.parameters if p.location == "query"]
        assert parameter.type.kind == "enum", operation.operation_id
        assert parameter.type.ref == sort_schema_name(sort_fields(query))
        values = DOCUMENT.enum(parameter.type.ref).values
        assert values == tuple(sort_schema(sort_fields(query))["enum"])


def test_a_required_filter_the_operation_lacks_stops_the_build() -> None:
    table = {"Things_GetList": ("thingIds", "modifiedBefore")}

    assert required_one_of("Things_GetList", ["thingIds", "modifiedBefore"], table) == (
        "thingIds",
        "modifiedBefore",
    )
    assert required_one_of("Others_GetList", ["page"], table) == ()
    with pytest.raises(QueryRuleError, match="Things_GetList has no query parameter 'thingIds'"):
        required_one_of("Things_GetList", ["modifiedBefore"], table)
