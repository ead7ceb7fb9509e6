"""A `ServiceTitanClient` whose HTTP goes to httpx2-pytest, with a token always available.

Shared by the generated-endpoint and resource-client tests (both packages sit under `tests/`,
which pytest puts on `sys.path`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient

API_URL = "https://api.example.test/crm/v2"
AUTH_URL = "https://auth.example.test/connect/token"
TENANT = 4242
BASE_URL = f"{API_URL}/tenant/{TENANT}"


@asynccontextmanager
async def mocked_client(httpx2_mock: HTTPXMock) -> AsyncIterator[ServiceTitanClient]:
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
