"""Several tenants in one simulator: their own data, the apps they allow, their own faults."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import httpx2
import pytest

from servicetitan_crm import PermissionDeniedError, RetryPolicy, ServerError, export_records
from servicetitan_crm.generated.api.customers import customers_create, customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers
from servicetitan_crm.generated.api.export_leads import export_leads_leads
from servicetitan_crm.generated.models import ActiveRequestArg, CreateCustomerRequest
from servicetitan_crm_simulator import (
    DEFAULT_TENANT_ID,
    App,
    ManualClock,
    Simulator,
    SimulatorConfig,
    TenantData,
)

START = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
SMALL, LARGE, OTHER = 1001, 1002, 1003
SHARED = App("cid.shared", "cs1.shared", "ak1.shared")
ONLY_SMALL = App("cid.small", "cs1.small", "ak1.small", tenants=frozenset({SMALL}))


@pytest.fixture
def simulator() -> Simulator:
    return Simulator(
        SimulatorConfig.with_tenants(
            {
                SMALL: TenantData(seed=1, customers=5, leads=3),
                LARGE: TenantData(seed=2, customers=40, leads=9),
                OTHER: TenantData(seed=3, customers=12),
            },
            apps=[ONLY_SMALL, SHARED],
            clock=ManualClock(START),
            export_recent_delay_seconds=0,
        )
    )


async def token_for(simulator: Simulator, app: App, **form: str) -> httpx2.Response:
    async with httpx2.AsyncClient(
        transport=simulator.transport(), base_url=simulator.urls().base_url
    ) as http:
        return await http.post(
            "/connect/token",
            data={
                "grant_type": "client_credentials",
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                **form,
            },
        )


async def api_call(simulator: Simulator, app: App, tenant: int) -> httpx2.Response:
    token = (await token_for(simulator, app)).json()["access_token"]
    async with httpx2.AsyncClient(
        transport=simulator.transport(), base_url=simulator.urls().api_url
    ) as http:
        return await http.get(
            f"/tenant/{tenant}/customers",
            headers={"Authorization": f"Bearer {token}", "ST-App-Key": app.app_key},
        )


async def customer_names(simulator: Simulator, tenant: int) -> dict[int, str]:
    async with simulator.sdk_client(tenant, rate_limiter=None) as st:
        page = await customers_get_list.asyncio(
            client=st, page_size=500, active=ActiveRequestArg.ANY
        )
    return {customer.id: str(customer.name) for customer in page.data}


async def test_each_tenant_is_seeded_with_its_own_data(simulator: Simulator) -> None:
    small, large = await customer_names(simulator, SMALL), await customer_names(simulator, LARGE)

    assert (len(small), len(large)) == (5, 40)
    shared_ids = small.keys() & large.keys()
    assert shared_ids, "ids are generated per tenant, so the same id exists in both"
    assert all(small[record_id] != large[record_id] for record_id in shared_ids)


ADDRESS = {
    "street": "1 Main St",
    "city": "Springfield",
    "state": "IL",
    "zip": "1",
    "country": "USA",
}


async def test_a_write_in_one_tenant_is_not_seen_in_another(simulator: Simulator) -> None:
    async with simulator.sdk_client(SMALL, rate_limiter=None) as st:
        created = await customers_create.asyncio(
            client=st,
            body=CreateCustomerRequest.from_dict(
                {
                    "name": "Only In Small",
                    "address": ADDRESS,
                    "locations": [{"name": "Home", "address": ADDRESS}],
                }
            ),
        )

    assert created.id in await customer_names(simulator, SMALL)
    assert "Only In Small" not in (await customer_names(simulator, LARGE)).values()
    assert len(simulator.feed_contents(SMALL)["customers"]) == 6
    assert len(simulator.feed_contents(LARGE)["customers"]) == 40


async def test_the_one_tenant_constructor_still_serves_the_default_tenant() -> None:
    simulator = Simulator(SimulatorConfig(customers=7))

    assert simulator.config.tenants == {DEFAULT_TENANT_ID}
    assert len(await customer_names(simulator, DEFAULT_TENANT_ID)) == 7
    assert len(simulator.feed_contents()["customers"]) == 7


async def test_an_app_works_on_the_tenants_that_allow_it(simulator: Simulator) -> None:
    assert (await api_call(simulator, ONLY_SMALL, SMALL)).status_code == 200
    assert (await api_call(simulator, SHARED, LARGE)).status_code == 200
    assert (await api_call(simulator, SHARED, OTHER)).status_code == 200


async def test_a_token_on_a_tenant_that_does_not_allow_its_app_is_403(
    simulator: Simulator,
) -> None:
    refused = await api_call(simulator, ONLY_SMALL, LARGE)

    assert refused.status_code == 403
    assert refused.json()["status"] == 403
    assert str(LARGE) in refused.json()["title"]


async def test_a_tenant_nobody_serves_is_404_whatever_the_app(simulator: Simulator) -> None:
    assert (await api_call(simulator, SHARED, 999)).status_code == 404


async def test_the_sdk_sees_a_refused_tenant_as_permission_denied(simulator: Simulator) -> None:
    async with simulator.sdk_client(LARGE, app=ONLY_SMALL, rate_limiter=None) as st:
        with pytest.raises(PermissionDeniedError):
            await customers_get_list.asyncio(client=st)


async def test_a_token_request_naming_a_tenant_is_checked_against_the_app(
    simulator: Simulator,
) -> None:
    allowed = await token_for(simulator, ONLY_SMALL, tenant=str(SMALL))
    refused = await token_for(simulator, ONLY_SMALL, tenant=str(LARGE))
    unknown = await token_for(simulator, SHARED, tenant="999")

    assert allowed.status_code == 200
    assert (refused.status_code, refused.json()["error"]) == (400, "unauthorized_client")
    assert (unknown.status_code, unknown.json()["error"]) == (400, "invalid_request")


async def test_taking_an_app_off_a_tenant_refuses_its_tokens_at_once(simulator: Simulator) -> None:
    simulator.config.apps = [ONLY_SMALL, dataclasses.replace(SHARED, tenants=frozenset({SMALL}))]

    assert (await api_call(simulator, SHARED, SMALL)).status_code == 200
    assert (await api_call(simulator, SHARED, LARGE)).status_code == 403


async def test_sdk_client_picks_an_app_allowed_on_the_tenant(simulator: Simulator) -> None:
    assert simulator.app_for(SMALL) == ONLY_SMALL
    assert simulator.app_for(LARGE) == SHARED
    with pytest.raises(ValueError, match="not served"):
        simulator.sdk_client(999)


async def test_faults_can_be_queued_for_one_tenant(simulator: Simulator) -> None:
    simulator.faults.fail_next(1, status=500, tenant=LARGE)

    assert len(await customer_names(simulator, SMALL)) == 5
    once = RetryPolicy(attempts=1)  # a GET is retried after a 500 otherwise
    async with simulator.sdk_client(LARGE, rate_limiter=None, retry=once) as st:
        with pytest.raises(ServerError):
            await customers_get_list.asyncio(client=st)
        page = await customers_get_list.asyncio(client=st)
    assert page.data
    assert simulator.faults.pending == 0


async def test_a_tenant_fault_never_hits_the_token_endpoint(simulator: Simulator) -> None:
    simulator.faults.fail_next(1, status=503, tenant=SMALL)

    assert (await token_for(simulator, SHARED)).status_code == 200
    assert simulator.faults.pending == 1


async def drain(simulator: Simulator, tenant: int, operation: Any) -> dict[int, dict[str, Any]]:
    records: dict[int, dict[str, Any]] = {}
    async with (
        simulator.sdk_client(tenant, rate_limiter=None) as st,
        export_records(operation.asyncio, client=st) as stream,
    ):
        async for record in stream:
            records[record.id] = record.to_dict()
    return records


@pytest.mark.parametrize(
    ("feed", "operation"),
    [("customers", export_customers_get_customers), ("leads", export_leads_leads)],
)
async def test_feed_contents_is_what_a_full_feed_read_ends_with(
    simulator: Simulator, feed: str, operation: Any
) -> None:
    for tenant in (SMALL, LARGE):
        assert await drain(simulator, tenant, operation) == simulator.feed_contents(tenant)[feed]


def test_feed_contents_names_every_export_feed(simulator: Simulator) -> None:
    contents = simulator.feed_contents(OTHER)

    assert sorted(contents) == sorted(
        ["customers", "customers-contacts", "locations", "locations-contacts", "leads", "bookings"]
    )
    assert len(contents["customers"]) == 12
    assert len(contents["locations"]) == 12


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"tenants": frozenset({1}), "tenant_data": {2: TenantData()}}, "not served"),
        ({"tenants": frozenset()}, "at least one tenant"),
        ({"apps": []}, "at least one app"),
        ({"apps": [SHARED, App("cid.shared", "x", "ak1.other")]}, "client id"),
        ({"apps": [SHARED, App("cid.other", "x", "ak1.shared")]}, "app key"),
    ],
)
def test_an_inconsistent_config_is_refused(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SimulatorConfig(**settings)


def test_tenant_data_counts_are_checked() -> None:
    with pytest.raises(ValueError, match="customers must be >= 0"):
        TenantData(customers=-1)
