"""Fixtures: the resource client against the embedded simulator, or against pytest-httpx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from mocked_api import API_URL, AUTH_URL, BASE_URL, TENANT, mocked_client
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._retry import set_testing
from servicetitan_crm_simulator import Simulator, SimulatorConfig

__all__ = ["API_URL", "AUTH_URL", "BASE_URL", "TENANT"]


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
    async with mocked_client(httpx2_mock) as client:
        yield client
