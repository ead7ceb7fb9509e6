"""Fixtures: the resource client against the embedded simulator, or against pytest-httpx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._retry import set_testing
from servicetitan_crm_simulator import Simulator, SimulatorConfig

API_URL = "https://api.example.test/crm/v2"
AUTH_URL = "https://auth.example.test/connect/token"
TENANT = 4242
BASE_URL = f"{API_URL}/tenant/{TENANT}"


@pytest.fixture(autouse=True)
def zero_retry_waits() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


@pytest.fixture
def simulator() -> Simulator:
    return Simulator(SimulatorConfig(customers=12, leads=6, bookings=6, contacts=6))


@pytest.fixture
async def st(simulator: Simulator) -> AsyncIterator[ServiceTitanClient]:
    async with simulator.sdk_client(rate_limiter=None) as client:
        yield client


@pytest.fixture
async def mocked(httpx2_mock: HTTPXMock) -> AsyncIterator[ServiceTitanClient]:
    """A client whose requests go to pytest-httpx, with a token always available."""
    httpx2_mock.add_response(
        method="POST",
        url=AUTH_URL,
        json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"},
        is_reusable=True,
        is_optional=True,
    )
    async with ServiceTitanClient(
        tenant=TENANT,
        client_id="id",
        client_secret="secret",
        app_key="app-key",
        api_url=API_URL,
        auth_url=AUTH_URL,
        rate_limiter=None,
    ) as client:
        yield client
