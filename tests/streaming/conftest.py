"""Fixtures: the test servers and a client speaking to them over httpx2.MockTransport."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

import pytest
from standin_client import StandInClient
from streaming_api import (
    API_URL,
    AUTH_URL,
    BASE_URL,
    TENANT,
    ExportServer,
    ListServer,
    TrafficCounter,
    make_record,
    with_token_endpoint,
)

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._retry import RetryPolicy


@pytest.fixture
def list_server() -> ListServer:
    return ListServer([make_record(number) for number in range(1, 24)])


@pytest.fixture
def export_server() -> ExportServer:
    return ExportServer([make_record(number) for number in range(1, 51)], batch_size=7)


@pytest.fixture
async def list_client(list_server: ListServer) -> AsyncIterator[StandInClient]:
    client = StandInClient(list_server.transport(), BASE_URL)
    yield client
    await client.aclose()


@pytest.fixture
async def export_client(export_server: ExportServer) -> AsyncIterator[StandInClient]:
    client = StandInClient(export_server.transport(), BASE_URL)
    yield client
    await client.aclose()


@pytest.fixture
async def leftover_tasks() -> Callable[[], set[asyncio.Task[object]]]:
    """Call at the end of a test: tasks started since the test began that are still alive."""
    before = asyncio.all_tasks()

    def leftover() -> set[asyncio.Task[object]]:
        alive = asyncio.all_tasks() - before - {asyncio.current_task()}
        return {task for task in alive if not task.done()}

    return leftover


MakeClient = Callable[[TrafficCounter], contextlib.AbstractAsyncContextManager[ServiceTitanClient]]


@pytest.fixture
def real_client() -> MakeClient:
    """The SDK's client (auth, default rate limiter, retries with zero waits) on a test server."""

    @contextlib.asynccontextmanager
    async def make(server: TrafficCounter) -> AsyncIterator[ServiceTitanClient]:
        async with ServiceTitanClient(
            tenant=TENANT,
            client_id="client-id",
            client_secret="client-secret",
            app_key="app-key",
            api_url=API_URL,
            auth_url=AUTH_URL,
            transport=with_token_endpoint(server),
            retry=RetryPolicy(wait_initial=0, wait_max=0),
        ) as client:
            yield client

    return make
