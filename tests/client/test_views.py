"""`with_options`: per-call retry and timeout settings over the shared pool, tokens and limiter."""

from __future__ import annotations

import httpx2
import pytest

from servicetitan_crm._errors import ServerError
from servicetitan_crm._retry import RetryPolicy

from .conftest import MakeClient
from .fakes import FakeServiceTitan, get


async def test_a_view_retries_by_its_own_policy_and_the_client_by_its_own(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client(retry=RetryPolicy(attempts=3)) as st:
        once = st.with_options(retry=RetryPolicy(attempts=1))
        server.then_api(httpx2.Response(503))
        with pytest.raises(ServerError):
            await get(once)
        assert len(server.api_requests) == 1

        server.then_api(httpx2.Response(503))
        await get(st)

    assert len(server.api_requests) == 3
    assert once.retry == RetryPolicy(attempts=1)
    assert st.retry == RetryPolicy(attempts=3)


async def test_a_view_sends_with_its_own_timeout(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client(timeout=30.0) as st:
        await get(st.with_options(timeout=httpx2.Timeout(5.0, connect=1.0)))
        await get(st.with_options(timeout=None))
        await get(st)

    timeouts = [r.extensions["timeout"] for r in server.api_requests]
    assert timeouts == [
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        {"connect": None, "read": None, "write": None, "pool": None},
        {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]


async def test_a_view_keeps_what_it_does_not_override(make_client: MakeClient) -> None:
    async with make_client(retry=RetryPolicy(attempts=2), timeout=9.0) as st:
        view = st.with_options(timeout=3.0)

    assert view.retry == RetryPolicy(attempts=2)
    assert view.timeout == httpx2.Timeout(3.0)
    assert view.tenant == st.tenant and view.base_url == st.base_url


async def test_views_share_the_token_cache(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        await get(st)
        await get(st.with_options(timeout=5.0))
        await get(st.with_options(retry=RetryPolicy(attempts=1)).with_options(timeout=1.0))

    assert len(server.token_requests) == 1


class ClosingRecorder(httpx2.MockTransport):
    def __init__(self, server: FakeServiceTitan) -> None:
        super().__init__(server.handle)
        self.closed = 0

    async def aclose(self) -> None:
        self.closed += 1


async def test_closing_a_view_leaves_the_pool_open(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    transport = ClosingRecorder(server)
    async with make_client(transport=transport) as st:
        async with st.with_options(timeout=5.0) as view:
            await get(view)
        assert transport.closed == 0
        await get(st)

    assert transport.closed == 1


async def test_views_stop_when_their_client_is_closed(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        view = st.with_options(timeout=5.0)

    with pytest.raises(RuntimeError, match="closed"):
        await get(view)
    assert not server.api_requests
