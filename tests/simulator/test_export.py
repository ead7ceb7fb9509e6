"""Export feeds: paging to the end, resuming, dates, recent changes and overlap."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from servicetitan_crm_simulator import DEFAULT_APP_KEY, ManualClock, Simulator, SimulatorConfig

from .conftest import fetch_token

FEEDS = [
    "/export/customers",
    "/export/customers/contacts",
    "/export/locations",
    "/export/locations/contacts",
    "/export/leads",
    "/export/bookings",
]


async def batch(api: httpx2.AsyncClient, feed: str, **params: Any) -> dict[str, Any]:
    response = await api.get(feed, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def drain(
    api: httpx2.AsyncClient, feed: str, **params: Any
) -> tuple[list[dict[str, Any]], str]:
    """Every record from `from` (if given) until hasMore is false, and the last token."""
    items: list[dict[str, Any]] = []
    for _ in range(10_000):
        body = await batch(api, feed, **params)
        items.extend(body["data"])
        params["from"] = body["continueFrom"]
        if not body["hasMore"]:
            return items, body["continueFrom"]
    raise AssertionError("the feed never ended")


@pytest.mark.parametrize("feed", FEEDS)
async def test_each_feed_pages_to_the_end_in_modification_order(
    simulator: Simulator, api: httpx2.AsyncClient, feed: str
) -> None:
    simulator.config.export_batch_size = 7

    items, _ = await drain(api, feed)

    keys = [(item["modifiedOn"], item["id"]) for item in items]
    assert keys == sorted(keys)
    assert len({item["id"] for item in items}) == len(items) > 7
    assert all(isinstance(item["active"], bool) for item in items)


async def test_batches_hold_at_most_the_batch_size(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.export_batch_size = 4

    first = await batch(api, "/export/customers")

    assert len(first["data"]) == 4
    assert first["hasMore"] is True


async def test_the_customer_feed_includes_inactive_customers(api: httpx2.AsyncClient) -> None:
    items, _ = await drain(api, "/export/customers")

    assert len(items) == 30
    assert any(not item["active"] for item in items)


async def test_a_caught_up_token_returns_nothing_until_something_changes(
    api: httpx2.AsyncClient, clock: ManualClock, simulator: Simulator
) -> None:
    simulator.config.export_recent_delay_seconds = 0
    _, token = await drain(api, "/export/customers")
    idle = await batch(api, "/export/customers", **{"from": token})

    clock.advance(1)
    await api.patch("/customers/1000000005", json={"name": "Changed"})
    clock.advance(1)
    changed = await batch(api, "/export/customers", **{"from": token})

    assert (idle["data"], idle["hasMore"], idle["continueFrom"]) == ([], False, token)
    assert [(item["id"], item["name"]) for item in changed["data"]] == [(1000000005, "Changed")]


async def test_a_stored_token_resumes_in_a_restarted_simulator_with_the_same_seed(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.export_batch_size = 10
    first = await batch(api, "/export/locations")
    expected = await batch(api, "/export/locations", **{"from": first["continueFrom"]})

    restarted = Simulator(
        SimulatorConfig(customers=30, leads=20, bookings=12, export_batch_size=10)
    )
    async with httpx2.AsyncClient(
        transport=restarted.transport(), base_url=str(api.base_url)
    ) as fresh:
        fresh.headers.update(await _auth_headers(restarted))
        resumed = await batch(fresh, "/export/locations", **{"from": first["continueFrom"]})

    assert resumed == expected


async def _auth_headers(simulator: Simulator) -> dict[str, str]:
    async with httpx2.AsyncClient(
        transport=simulator.transport(), base_url=simulator.urls().base_url
    ) as http:
        token = await fetch_token(http)
    return {"Authorization": f"Bearer {token}", "ST-App-Key": DEFAULT_APP_KEY}


async def test_from_a_date_starts_at_that_modification_time(api: httpx2.AsyncClient) -> None:
    everything, _ = await drain(api, "/export/leads")
    middle = everything[len(everything) // 2]["modifiedOn"]

    from_date, _ = await drain(api, "/export/leads", **{"from": middle})
    from_day, _ = await drain(api, "/export/leads", **{"from": "2020-01-01"})

    assert from_date == [item for item in everything if item["modifiedOn"] >= middle]
    assert from_day == everything


@pytest.mark.parametrize("token", ["garbage", "djF8Y3VzdG9tZXJzfDF8MnwwMDAwMDAwMA", "2020-02-30"])
async def test_a_garbage_from_is_400(api: httpx2.AsyncClient, token: str) -> None:
    response = await api.get("/export/customers", params={"from": token})

    assert response.status_code == 400
    assert "from" in response.json()["errors"]


async def test_a_token_of_another_feed_is_400(api: httpx2.AsyncClient) -> None:
    leads = await batch(api, "/export/leads")

    response = await api.get("/export/bookings", params={"from": leads["continueFrom"]})

    assert response.status_code == 400


async def test_a_changed_record_appears_again_at_the_end_of_the_feed(
    simulator: Simulator, api: httpx2.AsyncClient, clock: ManualClock
) -> None:
    simulator.config.export_recent_delay_seconds = 0
    await api.patch("/customers/1000000001", json={"name": "Moved"})
    clock.advance(1)

    items, _ = await drain(api, "/export/customers")

    assert [item["id"] for item in items].count(1000000001) == 1
    assert (items[-1]["id"], items[-1]["name"]) == (1000000001, "Moved")


async def test_a_deleted_contact_is_exported_as_inactive(
    simulator: Simulator, api: httpx2.AsyncClient, clock: ManualClock
) -> None:
    simulator.config.export_recent_delay_seconds = 0
    await api.delete("/customers/1000000001/contacts/3000000001")
    clock.advance(1)

    items, _ = await drain(api, "/export/customers/contacts")

    assert (items[-1]["id"], items[-1]["active"], items[-1]["customerId"]) == (
        3000000001,
        False,
        1000000001,
    )


async def test_recent_changes_are_withheld_until_the_delay_has_passed(
    simulator: Simulator, api: httpx2.AsyncClient, clock: ManualClock
) -> None:
    assert simulator.config.export_recent_delay_seconds == 15 * 60
    simulator.config.export_recent_delay_seconds = 60
    _, token = await drain(api, "/export/customers")
    await api.patch("/customers/1000000002", json={"name": "Fresh"})

    clock.advance(59)
    withheld = await batch(api, "/export/customers", **{"from": token})
    clock.advance(1)
    visible = await batch(api, "/export/customers", **{"from": token})

    assert withheld["data"] == []
    assert withheld["continueFrom"] == token
    assert [item["name"] for item in visible["data"]] == ["Fresh"]


async def test_include_recent_changes_shows_them_at_once(api: httpx2.AsyncClient) -> None:
    _, token = await drain(api, "/export/customers")
    await api.patch("/customers/1000000002", json={"name": "Fresh"})

    body = await batch(api, "/export/customers", **{"from": token, "includeRecentChanges": "true"})

    assert [item["name"] for item in body["data"]] == ["Fresh"]


async def test_include_recent_changes_repeats_the_last_recent_records_next_time(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    _, token = await drain(api, "/export/customers")
    for customer in (1000000003, 1000000004, 1000000005, 1000000006):
        await api.patch(f"/customers/{customer}", json={"doNotMail": True})
    simulator.config.export_batch_size = 3
    recent = {"includeRecentChanges": "true"}

    first = await batch(api, "/export/customers", **{"from": token, **recent})
    second = await batch(api, "/export/customers", **{"from": first["continueFrom"], **recent})

    first_ids = [item["id"] for item in first["data"]]
    second_ids = [item["id"] for item in second["data"]]
    assert first_ids == [1000000003, 1000000004, 1000000005]
    assert second_ids[:2] == first_ids[1:], "the last two recent records come again"
    assert 1000000006 in second_ids


async def test_no_overlap_when_it_is_switched_off(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    _, token = await drain(api, "/export/customers")
    for customer in (1000000003, 1000000004, 1000000005):
        await api.patch(f"/customers/{customer}", json={"doNotMail": True})
    simulator.config.export_recent_overlap = 0
    simulator.config.export_batch_size = 2
    recent = {"includeRecentChanges": "true"}

    first = await batch(api, "/export/customers", **{"from": token, **recent})
    second = await batch(api, "/export/customers", **{"from": first["continueFrom"], **recent})

    assert [item["id"] for item in first["data"] + second["data"]] == [
        1000000003,
        1000000004,
        1000000005,
    ]
