"""Every method/path line of every seed copy of the endpoint index is accounted for: it maps to
exactly one real operation, or it is rejected with a written reason."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from spec_sources import (
    SHARED_SEEDS,
    TENANT_PREFIX,
    export_operations,
    index_lines,
    operations_changed_since_the_seeds,
)

SEED_FILES = ("000_5593c270c7ad8518.txt", "001_88386db2e54ba799.txt", "002_18be06dc06d7c083.txt")
# How many index lines each seed copy really holds (the seeds README says 74/83/85; see DECISIONS).
LINES_PER_SEED = {SEED_FILES[0]: 85, SEED_FILES[1]: 87, SEED_FILES[2]: 86}
INDEX_LINE = re.compile(r"^(?:\*\*)?(GET|POST|PUT|PATCH|DEL|DELETE)(?:\*\*)?\s+(\{\S+)\s*$")
ROWS = index_lines()
REAL = {row["operationId"]: (row["method"], row["path"]) for row in export_operations()}
ADDED_SINCE, REMOVED_SINCE = operations_changed_since_the_seeds()
# Every operation a seed line may name: today's, and those a later export removed.
KNOWN = {**REMOVED_SINCE, **REAL}


def row_id(row: dict[str, str]) -> str:
    return f"{row['seed_file'][:3]}:{row['line']}"


def mechanical_reading(method: str, path: str) -> tuple[str, str]:
    """The routine normalisation every line gets: markdown bold and escapes dropped, DEL spelled
    DELETE, {tenant} routes rooted at the tenant, {booking_provider} routes at
    /booking-provider/{booking_provider} (both below /tenant/{tenant})."""
    method = "DELETE" if method == "DEL" else method
    path = path.replace("\\_", "_")
    if path.startswith("{tenant}/"):
        path = TENANT_PREFIX + path[len("{tenant}") :]
    elif path.startswith("{booking_provider}/"):
        path = (
            TENANT_PREFIX
            + "/booking-provider/{booking_provider}"
            + path[len("{booking_provider}") :]
        )
    return method, path


def test_table_covers_every_seed_line_count() -> None:
    assert Counter(row["seed_file"] for row in ROWS) == LINES_PER_SEED


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_line_maps_to_one_operation_or_is_rejected_with_a_reason(row: dict[str, str]) -> None:
    assert bool(row["operation_id"]) != bool(row["rejection_reason"])
    if row["operation_id"]:
        assert row["operation_id"] in KNOWN


@pytest.mark.parametrize("row", [r for r in ROWS if r["operation_id"]], ids=row_id)
def test_a_line_that_is_not_literally_the_real_route_says_how_it_was_corrected(
    row: dict[str, str],
) -> None:
    literal = mechanical_reading(row["method_as_written"], row["path_as_written"])
    if literal == KNOWN[row["operation_id"]]:
        assert row["correction"] == ""
    else:
        assert row["correction"] != ""


@pytest.mark.parametrize("seed", SEED_FILES)
def test_no_two_lines_of_one_seed_claim_the_same_operation(seed: str) -> None:
    claimed = Counter(
        r["operation_id"] for r in ROWS if r["seed_file"] == seed and r["operation_id"]
    )
    assert [name for name, count in claimed.items() if count > 1] == []


def test_the_most_complete_copy_names_every_real_operation() -> None:
    """Every operation of the export it was written against: today's, less those later exports
    added, plus those they removed (openapi/CHANGES.md)."""
    claimed = {r["operation_id"] for r in ROWS if r["seed_file"] == SEED_FILES[2]} - {""}
    assert claimed == (set(REAL) - ADDED_SINCE) | set(REMOVED_SINCE)


@pytest.mark.parametrize(
    ("seed", "line", "expected"),
    [
        (SEED_FILES[0], 21, "BookingProviderTags_GetList"),  # bookings-provider-tags
        (SEED_FILES[0], 45, "Bookings_DeleteContact"),  # DEL and {booking\_provider}
        (SEED_FILES[1], 162, "Locations_Create"),  # POST {tenant}/location
        (SEED_FILES[1], 90, "Contacts_DeleteContactRelationship"),  # truncated /...
        (SEED_FILES[2], 97, "ContactPreferences_UpdateContactMethodPreference"),  # /pr...
        (SEED_FILES[1], 184, "Locations_GetPreferredTechnician"),  # preferredTechnician case
    ],
)
def test_known_typos_map_to_the_real_operation(seed: str, line: int, expected: str) -> None:
    (row,) = [r for r in ROWS if r["seed_file"] == seed and int(r["line"]) == line]
    assert row["operation_id"] == expected


@pytest.mark.parametrize(
    ("seed", "line", "reason_mentions"),
    [
        (SEED_FILES[1], 130, "no preferred-technician operation exists on customers"),
        (SEED_FILES[1], 132, "no preferred-technician operation exists on customers"),
        (SEED_FILES[0], 157, "duplicate of line 155"),
        (SEED_FILES[1], 182, "ambiguous"),
    ],
)
def test_lines_without_a_real_operation_are_rejected(
    seed: str, line: int, reason_mentions: str
) -> None:
    (row,) = [r for r in ROWS if r["seed_file"] == seed and int(r["line"]) == line]
    assert row["operation_id"] == ""
    assert reason_mentions in row["rejection_reason"]


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds is not beside this clone")
@pytest.mark.parametrize("seed", SEED_FILES)
def test_table_matches_the_seed_file_line_for_line(seed: str) -> None:
    found: list[tuple[int, str, str]] = []
    text = (SHARED_SEEDS / seed).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        match = INDEX_LINE.match(line)
        if match:
            found.append((number, match.group(1), match.group(2)))
    table = [
        (int(r["line"]), r["method_as_written"], r["path_as_written"])
        for r in ROWS
        if r["seed_file"] == seed
    ]
    assert table == found


def test_operations_in_the_document_are_the_ones_the_table_maps_to(
    operations_by_id: dict[str, Any],
) -> None:
    mapped = {r["operation_id"] for r in ROWS if r["operation_id"]}
    assert mapped - set(REMOVED_SINCE) <= set(operations_by_id)
