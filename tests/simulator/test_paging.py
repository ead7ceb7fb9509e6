"""Paged lists: the envelope, page bounds and every filter."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from servicetitan_crm_simulator import Simulator


async def page(api: httpx2.AsyncClient, path: str, **params: Any) -> dict[str, Any]:
    response = await api.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def every_id(api: httpx2.AsyncClient, path: str, **params: Any) -> list[int]:
    ids: list[int] = []
    for number in range(1, 1000):
        body = await page(api, path, page=number, **params)
        ids.extend(item["id"] for item in body["data"])
        if not body["hasMore"]:
            return ids
    raise AssertionError("more than 1000 pages")


def seeded_active_customer_ids(simulator: Simulator) -> list[int]:
    table = simulator.store().customers
    rows = [table.get(table.seeded.id_of(index)) for index in range(table.seeded.count)]
    return [row.id for row in rows if row is not None and row.active]


async def test_the_envelope_has_every_field_and_total_count_is_null_by_default(
    api: httpx2.AsyncClient,
) -> None:
    body = await page(api, "/customers", pageSize=5)

    assert set(body) == {"page", "pageSize", "hasMore", "totalCount", "data"}
    assert (body["page"], body["pageSize"], body["hasMore"], body["totalCount"]) == (
        1,
        5,
        True,
        None,
    )
    assert len(body["data"]) == 5


async def test_page_size_defaults_to_50(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    simulator.config.customers = 120
    simulator_store = simulator.store()

    body = await page(api, "/customers", active="Any")

    assert simulator_store.customers.seeded.count == 120
    assert body["pageSize"] == 50
    assert len(body["data"]) == 50


async def test_include_total_counts_every_match(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    body = await page(api, "/customers", includeTotal="true", pageSize=2)

    assert body["totalCount"] == len(seeded_active_customer_ids(simulator))


async def test_walking_pages_returns_every_record_once_in_id_order(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    ids = await every_id(api, "/customers", pageSize=7)

    assert ids == seeded_active_customer_ids(simulator)


async def test_a_page_past_the_end_is_empty(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/customers", page=99, pageSize=50)

    assert body["data"] == []
    assert body["hasMore"] is False


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"pageSize": "0"}, "pageSize"),
        ({"pageSize": "5001"}, "pageSize"),
        ({"page": "zero"}, "page"),
        ({"page": "0"}, "page"),
        ({"createdBefore": "yesterday"}, "createdBefore"),
        ({"modifiedOnOrAfter": "2020-13-01"}, "modifiedOnOrAfter"),
        ({"ids": ",".join(str(n) for n in range(51))}, "ids"),
        ({"page": ""}, "page"),
        ({"page": str(2**31)}, "page"),
        ({"modifiedOnOrAfter": ""}, "modifiedOnOrAfter"),
        ({"latitude": "north"}, "latitude"),
        ({"active": "Maybe"}, "active"),
        ({"sort": "+Name"}, "sort"),
        ({"includeTotal": "yes"}, "includeTotal"),
    ],
)
async def test_bad_query_values_are_400_naming_the_parameter(
    api: httpx2.AsyncClient, params: dict[str, str], parameter: str
) -> None:
    response = await api.get("/customers", params=params)

    assert response.status_code == 400
    problem = response.json()
    assert set(problem) == {"type", "title", "status", "traceId", "errors", "data"}
    assert parameter in problem["errors"]


async def test_page_size_5000_is_allowed(api: httpx2.AsyncClient) -> None:
    assert (await api.get("/customers", params={"pageSize": 5000})).status_code == 200


async def test_ids_filter_returns_only_those_records(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/customers", ids="1000000003,1000000001", active="Any")

    assert [item["id"] for item in body["data"]] == [1000000001, 1000000003]


async def test_more_than_50_ids_is_400(api: httpx2.AsyncClient) -> None:
    ids = ",".join(str(1_000_000_001 + n) for n in range(51))

    response = await api.get("/customers", params={"ids": ids})

    assert response.status_code == 400
    assert "ids" in response.json()["errors"]


async def test_active_defaults_to_true_and_any_or_false_reach_inactive_records(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.customers = 200
    default = await every_id(api, "/customers", pageSize=500)
    everything = await every_id(api, "/customers", pageSize=500, active="Any")
    inactive = await every_id(api, "/customers", pageSize=500, active="False")

    assert len(everything) == 200
    assert inactive, "the seeded tenant has inactive customers"
    assert sorted(default + inactive) == everything


async def test_created_and_modified_bounds_filter(api: httpx2.AsyncClient) -> None:
    every = (await page(api, "/customers", active="Any", pageSize=100))["data"]
    middle = every[len(every) // 2]

    before = await every_id(api, "/customers", active="Any", createdBefore=middle["createdOn"])
    after = await every_id(api, "/customers", active="Any", createdOnOrAfter=middle["createdOn"])
    modified_after = await every_id(
        api, "/customers", active="Any", modifiedOnOrAfter=middle["modifiedOn"]
    )

    assert middle["id"] not in before
    assert after[0] == middle["id"]
    assert sorted(before + after) == [item["id"] for item in every]
    assert modified_after == [
        item["id"] for item in every if item["modifiedOn"] >= middle["modifiedOn"]
    ]


async def test_a_plain_date_is_a_valid_bound(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/customers", modifiedBefore="2020-01-01")

    assert body["data"] == []


async def test_sort_descending_by_id(api: httpx2.AsyncClient) -> None:
    ascending = await every_id(api, "/customers", pageSize=4)
    descending = await every_id(api, "/customers", pageSize=4, sort="-Id")

    assert descending == ascending[::-1]


async def test_sort_by_modified_on_puts_a_changed_record_last(api: httpx2.AsyncClient) -> None:
    await api.patch("/customers/1000000001", json={"doNotMail": True})

    ids = await every_id(api, "/customers", pageSize=6, sort="+ModifiedOn")

    assert ids[-1] == 1000000001


async def test_locations_filter_by_customer(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/locations", customerId=1000000002, active="Any")

    assert [item["customerId"] for item in body["data"]] == [1000000002]


async def test_leads_filter_by_status(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/leads", status="Dismissed", pageSize=100)

    assert body["data"]
    assert {item["status"] for item in body["data"]} == {"Dismissed"}


async def test_an_unknown_lead_status_is_400(api: httpx2.AsyncClient) -> None:
    response = await api.get("/leads", params={"status": "Lost"})

    assert "status" in response.json()["errors"]


async def test_name_matches_a_substring_case_insensitively(api: httpx2.AsyncClient) -> None:
    first = (await page(api, "/customers", pageSize=1))["data"][0]
    needle = first["name"].split()[-1].upper()

    body = await page(api, "/customers", name=needle, pageSize=100)

    assert first["id"] in [item["id"] for item in body["data"]]
    assert all(needle.lower() in item["name"].lower() for item in body["data"])


async def test_query_names_are_case_insensitive(api: httpx2.AsyncClient) -> None:
    body = await page(api, "/customers", PAGESIZE=3)

    assert body["pageSize"] == 3
