"""Fixtures: the test servers and a client speaking to them over httpx.MockTransport."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest
from standin_endpoints import StandInClient
from streaming_api import BASE_URL, ExportServer, ListServer, make_record


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
