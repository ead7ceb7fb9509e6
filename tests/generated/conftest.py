"""Fixtures: a ServiceTitanClient whose HTTP goes to pytest-httpx, with zero retry waits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from mocked_api import API_URL, AUTH_URL, BASE_URL, TENANT, mocked_client
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._retry import set_testing

__all__ = ["API_URL", "AUTH_URL", "BASE_URL", "TENANT"]


@pytest.fixture(autouse=True)
def zero_retry_waits() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


@pytest.fixture
async def st(httpx2_mock: HTTPXMock) -> AsyncIterator[ServiceTitanClient]:
    async with mocked_client(httpx2_mock) as client:
        yield client
