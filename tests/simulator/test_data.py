"""The seeded tenant: deterministic for a seed, and free until a record is asked for."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import httpx2

from servicetitan_crm_simulator import DEFAULT_APP_KEY, Simulator, SimulatorConfig

from .conftest import TENANT_PATH, fetch_token

# The API answers the contact lists only with an owner, created or modified filter.
SINCE_2000 = "modifiedOnOrAfter=2000-01-01T00:00:00Z"


@contextlib.asynccontextmanager
async def client_for(simulator: Simulator) -> AsyncIterator[httpx2.AsyncClient]:
    urls = simulator.urls()
    async with httpx2.AsyncClient(transport=simulator.transport(), base_url=urls.base_url) as http:
        token = await fetch_token(http)
        http.headers.update({"Authorization": f"Bearer {token}", "ST-App-Key": DEFAULT_APP_KEY})
        yield http


async def snapshot(config: SimulatorConfig) -> list[bytes]:
    async with client_for(Simulator(config)) as http:
        paths = [
            "/customers?active=Any",
            "/locations?active=Any",
            f"/customers/contacts?{SINCE_2000}",
            "/leads",
            "/bookings",
            "/export/locations/contacts",
            "/booking-provider-tags",
        ]
        return [(await http.get(TENANT_PATH + path)).content for path in paths]


async def test_the_same_seed_serves_the_same_bytes() -> None:
    assert await snapshot(SimulatorConfig(seed=7)) == await snapshot(SimulatorConfig(seed=7))


async def test_another_seed_serves_other_data() -> None:
    first, second = await snapshot(SimulatorConfig(seed=7)), await snapshot(SimulatorConfig(seed=8))

    assert all(a != b for a, b in zip(first, second, strict=True))


async def test_counts_shape_the_tenant() -> None:
    config = SimulatorConfig(
        customers=10,
        locations_per_customer=3,
        contacts_per_customer=1,
        contacts_per_location=2,
        leads=4,
        bookings=6,
        booking_providers=3,
    )
    async with client_for(Simulator(config)) as http:
        counts = {}
        for path in (
            "/customers",
            "/locations",
            "/customers/contacts",
            "/locations/contacts",
            "/leads",
            "/bookings",
            "/booking-provider-tags",
        ):
            params = {"includeTotal": "true", "active": "Any"}
            if path.endswith("/contacts"):
                params.update(dict([SINCE_2000.split("=")]))
            body = (await http.get(TENANT_PATH + path, params=params)).json()
            counts[path] = body["totalCount"]

    assert counts == {
        "/customers": 10,
        "/locations": 30,
        "/customers/contacts": 10,
        "/locations/contacts": 60,
        "/leads": 4,
        "/bookings": 6,
        "/booking-provider-tags": 3,
    }


async def test_a_million_customers_cost_no_memory_up_front() -> None:
    simulator = Simulator(SimulatorConfig(customers=1_000_000))
    store = simulator.store()

    assert store.held_records == 0
    assert store.customers.seeded.count == 1_000_000
    async with client_for(simulator) as http:
        last = await http.get(f"{TENANT_PATH}/customers/{1_000_000_000 + 1_000_000}")
        tail = await http.get(
            f"{TENANT_PATH}/export/customers", params={"from": last.json()["modifiedOn"]}
        )
        page = await http.get(f"{TENANT_PATH}/customers", params={"page": 3, "pageSize": 100})

    assert last.status_code == 200
    assert [item["id"] for item in tail.json()["data"]] == [last.json()["id"]]
    assert len(page.json()["data"]) == 100
    assert store.held_records == 0, "reading never stores a seeded record"


async def test_only_changed_records_are_held() -> None:
    simulator = Simulator(SimulatorConfig(customers=1_000_000))
    async with client_for(simulator) as http:
        await http.patch(f"{TENANT_PATH}/customers/1000500000", json={"name": "Changed"})

    assert simulator.store().held_records == 1
