"""The client-side limiter: evenly spaced attempts, one budget for a client and all its views."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx2
import pytest

from servicetitan_crm._errors import ConfigurationError
from servicetitan_crm._ratelimit import RateLimiter
from servicetitan_crm._retry import RetryPolicy

from .conftest import MakeClient
from .fakes import FakeClock, FakeServiceTitan, get, problem


def limiter_on(clock: FakeClock, rate: float = 10.0, burst: int = 1) -> RateLimiter:
    return RateLimiter(rate, burst=burst, clock=clock, sleep=clock.sleep)


async def test_requests_are_spaced_evenly_at_the_rate(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    async with make_client(rate_limiter=limiter_on(clock, rate=10.0)) as st:
        for _ in range(5):
            await get(st)

    assert server.api_times == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])


async def test_the_default_limiter_allows_sixty_requests_per_second(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    from servicetitan_crm._config import NOT_GIVEN

    async with make_client(rate_limiter=NOT_GIVEN) as st:
        for _ in range(61):
            await get(st)

    assert st.rate_limiter is not None and st.rate_limiter.rate == 60.0
    assert server.api_times[-1] == pytest.approx(1.0)


async def test_concurrent_callers_are_given_consecutive_slots() -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)
        await anyio.lowlevel.checkpoint()

    limiter = RateLimiter(10.0, clock=lambda: 100.0, sleep=record)
    async with anyio.create_task_group() as tasks:
        for _ in range(10):
            tasks.start_soon(limiter.acquire)

    assert sorted(waits) == pytest.approx([0.1 * n for n in range(1, 10)])


async def test_a_burst_passes_at_once_after_an_idle_spell(clock: FakeClock) -> None:
    limiter = limiter_on(clock, rate=10.0, burst=3)

    first = [await limiter.acquire() for _ in range(4)]
    clock.now += 5.0  # idle: the burst is available again
    second = [await limiter.acquire() for _ in range(4)]

    assert first == pytest.approx([0.0, 0.0, 0.0, 0.1])
    assert second == pytest.approx([0.0, 0.0, 0.0, 0.1])


async def test_views_share_the_client_limiter(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    async with make_client(rate_limiter=limiter_on(clock, rate=10.0)) as st:
        view = st.with_options(retry=RetryPolicy(attempts=1))
        for client in (st, view, st, view):
            await get(client)

    assert server.api_times == pytest.approx([0.0, 0.1, 0.2, 0.3])


async def test_clients_given_one_limiter_share_its_budget(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    shared = limiter_on(clock, rate=10.0)

    async with make_client(rate_limiter=shared) as one, make_client(rate_limiter=shared) as two:
        for client in (one, two, one):
            await get(client)

    assert server.api_times == pytest.approx([0.0, 0.1, 0.2])


async def test_every_attempt_passes_the_limiter_but_token_requests_do_not(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_api(problem(401, "Expired"), httpx2.Response(429, headers={"Retry-After": "0"}))

    async with make_client(rate_limiter=limiter_on(clock, rate=10.0)) as st:
        await get(st)

    # The first attempt, its replay after the 401, then the retry after the 429: one slot each.
    assert server.api_times == pytest.approx([0.0, 0.1, 0.2])
    # Each token request went out in the slot of the attempt that needed it, taking none itself
    # (otherwise the attempts would have arrived at 0.1, 0.3 and 0.4).
    assert server.token_times == pytest.approx([0.0, 0.1])


async def test_none_turns_limiting_off(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    async with make_client(rate_limiter=None) as st:
        for _ in range(100):
            await get(st)

    assert st.rate_limiter is None
    assert clock.sleeps == []


@pytest.mark.parametrize(
    ("rate", "burst"), [(0, 1), (-5, 1), (float("inf"), 1), (float("nan"), 1), (10, 0)]
)
def test_a_nonsensical_limiter_is_a_configuration_error(rate: float, burst: int) -> None:
    with pytest.raises(ConfigurationError, match="RateLimiter"):
        RateLimiter(rate, burst=burst)
