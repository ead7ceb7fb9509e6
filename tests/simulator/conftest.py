"""Shared fixtures: a small simulated tenant on a manual clock, reached in-process."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx2
import pytest

from servicetitan_crm._document import Document
from servicetitan_crm_simulator import (
    DEFAULT_APP_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_TENANT_ID,
    ManualClock,
    Simulator,
    SimulatorConfig,
)

START = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
TENANT_PATH = f"/crm/v2/tenant/{DEFAULT_TENANT_ID}"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def config(clock: ManualClock) -> SimulatorConfig:
    return SimulatorConfig(customers=30, leads=20, bookings=12, clock=clock)


@pytest.fixture
def simulator(config: SimulatorConfig) -> Simulator:
    return Simulator(config)


@pytest.fixture
async def http(simulator: Simulator) -> AsyncIterator[httpx2.AsyncClient]:
    """A bare client: no credentials, base URL at the simulator's root."""
    async with httpx2.AsyncClient(
        transport=simulator.transport(), base_url=simulator.urls().base_url
    ) as client:
        yield client


async def fetch_token(http: httpx2.AsyncClient) -> str:
    response = await http.post(
        "/connect/token",
        data={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
        },
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


@pytest.fixture
async def api(simulator: Simulator, http: httpx2.AsyncClient) -> AsyncIterator[httpx2.AsyncClient]:
    """A client bound to the tenant, carrying a valid token and the app key."""
    token = await fetch_token(http)
    async with httpx2.AsyncClient(
        transport=simulator.transport(),
        base_url=simulator.urls().base_url + TENANT_PATH,
        headers={"Authorization": f"Bearer {token}", "ST-App-Key": DEFAULT_APP_KEY},
    ) as client:
        yield client


async def client_of(simulator: Simulator) -> AsyncIterator[httpx2.AsyncClient]:
    base = simulator.urls().base_url
    async with httpx2.AsyncClient(transport=simulator.transport(), base_url=base) as bare:
        token = await fetch_token(bare)
    async with httpx2.AsyncClient(
        transport=simulator.transport(),
        base_url=base + TENANT_PATH,
        headers={
            "Authorization": f"Bearer {token}",
            "ST-App-Key": simulator.config.apps[0].app_key,
        },
    ) as client:
        yield client


def simulator_of(document: Document, clock: ManualClock) -> Simulator:
    return Simulator(
        SimulatorConfig(customers=5, leads=5, bookings=3, clock=clock, document=document)
    )


@pytest.fixture
async def served(clock: ManualClock) -> AsyncIterator[Callable[[Document], Any]]:
    """Opens a client on a simulator that follows a given model; closed after the test."""
    opened: list[AsyncIterator[httpx2.AsyncClient]] = []

    async def open_on(document: Document) -> tuple[Simulator, httpx2.AsyncClient]:
        simulator = simulator_of(document, clock)
        clients = client_of(simulator)
        opened.append(clients)
        return simulator, await anext(clients)

    yield open_on
    for clients in opened:
        await clients.aclose()
