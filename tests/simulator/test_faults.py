"""Fault switches: latency, rate limit, error bursts, dropped connections, expiry, wild data."""

from __future__ import annotations

import re

import anyio
import httpx2
import pytest

from servicetitan_crm_simulator import Simulator
from servicetitan_crm_simulator._wild import UNKNOWN_FIELD


async def test_no_fault_is_on_by_default(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    statuses = {
        (await api.get("/customers", params={"pageSize": 1})).status_code for _ in range(100)
    }

    assert statuses == {200}
    assert simulator.stats.rate_limited == simulator.stats.faults_injected == 0


async def test_latency_delays_every_answer(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    # Far longer than the wait below, so the outcome does not depend on machine speed.
    simulator.config.latency_seconds = 30.0

    with anyio.move_on_after(0.05) as scope:
        await api.get("/customers")

    assert scope.cancelled_caught
    simulator.config.latency_seconds = 0.0
    assert (await api.get("/customers")).status_code == 200


async def test_the_rate_limit_answers_429_with_retry_after(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.rate_limit_per_second = 3

    statuses = [(await api.get("/customers")).status_code for _ in range(3)]
    limited = await api.get("/customers")

    assert statuses == [200, 200, 200]
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert re.fullmatch(
        r"Rate limit is exceeded\. Try again in \d+ seconds\.", limited.json()["title"]
    )
    assert simulator.stats.rate_limited == 1


async def test_the_rate_limit_can_be_switched_off_again(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.rate_limit_per_second = 1
    await api.get("/customers")
    assert (await api.get("/customers")).status_code == 429

    simulator.config.rate_limit_per_second = None

    assert (await api.get("/customers")).status_code == 200


async def test_a_burst_fails_the_next_matching_requests_only(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.faults.fail_next(2, status=503, path="/export/")

    other = await api.get("/customers")
    burst = [(await api.get("/export/customers")).status_code for _ in range(3)]

    assert other.status_code == 200
    assert burst == [503, 503, 200]
    assert simulator.stats.faults_injected == 2


async def test_a_burst_answers_with_a_problem_body(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.faults.fail_next(1, status=502)

    response = await api.get("/leads")

    assert response.status_code == 502
    assert response.json()["status"] == 502


async def test_a_burst_can_target_one_method(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    simulator.faults.fail_next(1, status=500, path="/customers", method="patch")

    read = await api.get("/customers/1000000001")
    write = await api.patch("/customers/1000000001", json={"name": "x"})

    assert (read.status_code, write.status_code) == (200, 500)


async def test_the_token_endpoint_can_fail_too(
    simulator: Simulator, http: httpx2.AsyncClient
) -> None:
    simulator.faults.fail_next(1, status=503, path="/connect/token")

    response = await http.post("/connect/token", data={"grant_type": "client_credentials"})

    assert response.status_code == 503
    assert simulator.stats.token_requests == 1


async def test_a_dropped_connection_is_a_transport_error_in_process(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.faults.drop_next(1, path="/customers")

    with pytest.raises(httpx2.TransportError):
        await api.get("/customers")
    assert (await api.get("/customers")).status_code == 200


async def test_faults_can_be_cleared(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    simulator.faults.fail_next(5)
    simulator.faults.drop_next(5)

    simulator.faults.clear()

    assert simulator.faults.pending == 0
    assert (await api.get("/customers")).status_code == 200


async def test_tokens_can_expire_in_the_middle_of_an_export(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.export_batch_size = 5
    first = await api.get("/export/customers")

    simulator.expire_tokens()
    second = await api.get("/export/customers", params={"from": first.json()["continueFrom"]})

    assert first.status_code == 200
    assert second.status_code == 401


async def test_wild_data_breaks_the_document_in_every_documented_way(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    simulator.config.wild_data = True

    customers = (await api.get("/customers", params={"pageSize": 8})).json()["data"]
    bookings = (await api.get("/bookings", params={"pageSize": 8})).json()["data"]
    records = customers + bookings

    assert any(item.get("name", "") is None for item in records), "null in a required field"
    assert any(UNKNOWN_FIELD in item for item in records), "unknown field"
    assert any(item.get("type") == "Government" for item in customers), "unknown enum value"
    assert any(item.get("status") == "Rescheduled" for item in bookings), "unknown enum value"
    assert any(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}", item["modifiedOn"])
        for item in records
    ), "timestamp with 7 fractional digits and no zone"


async def test_wild_data_switches_off_again(simulator: Simulator, api: httpx2.AsyncClient) -> None:
    simulator.config.wild_data = True
    await api.get("/customers")

    simulator.config.wild_data = False
    customers = (await api.get("/customers", params={"pageSize": 8})).json()["data"]

    assert all(item["name"] is not None and UNKNOWN_FIELD not in item for item in customers)
