"""Query parameter rules decided for the SDK: comma-separated ids, the active filter, page limits,
date-time filters, and the export feed's `from` token."""

from __future__ import annotations

from typing import Any

from spec_sources import export_operations

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
    assert len(feeds) == 6
    for operation_id in feeds:
        parameters = {p["name"]: p for p in operations_by_id[operation_id][2]["parameters"]}
        assert set(parameters) == {"from", "includeRecentChanges"}
        assert parameters["from"]["schema"] == {"type": "string"}
        assert parameters["includeRecentChanges"]["schema"] == {"type": "boolean"}
