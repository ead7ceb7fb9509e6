"""The token endpoint is fallible: retried like a GET, typed like the API, refreshed under churn.

An unavailable token endpoint (5xx, 429, a dropped connection) is retried with the GET rule and,
when retries run out, raised as what it is; `AuthenticationError` is kept for refused credentials.
Under aggressive revocation a request whose fresh token was revoked before use may refresh again,
within the retry budget.
"""

from __future__ import annotations

import math
from typing import Any

import httpx2
import pytest

from servicetitan_crm import (
    AuthenticationError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServiceTitanError,
    TransportError,
    paginate,
)
from servicetitan_crm.generated.api.customers import customers_get_list

from .conftest import MakeClient
from .fakes import AUTH_URL, FakeClock, FakeServiceTitan, get, problem

# --- Retried like a GET ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hiccup",
    [
        problem(503, "Service Unavailable"),
        problem(502, "Bad Gateway"),
        httpx2.Response(520, text="origin error"),
        problem(429, "Too many token requests"),
        httpx2.ReadError("connection dropped"),
        httpx2.ConnectError("connection refused"),
    ],
    ids=["503", "502", "520", "429", "dropped", "refused"],
)
async def test_one_token_endpoint_hiccup_does_not_fail_the_call(
    make_client: MakeClient, server: FakeServiceTitan, hiccup: Any
) -> None:
    server.then_token(hiccup)

    async with make_client() as st:
        response = await get(st)

    assert response.status_code == 200
    assert len(server.token_requests) == 2
    assert len(server.api_requests) == 1


async def test_a_token_429_waits_as_retry_after_says(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_token(httpx2.Response(429, headers={"Retry-After": "7"}))

    async with make_client() as st:
        await get(st)

    assert clock.sleeps == [7.0]
    assert server.token_times == [0.0, 7.0]


@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (problem(503, "Service Unavailable"), ServerError),
        (httpx2.Response(524, text="A timeout occurred"), ServerError),
        (problem(429, "Too many token requests"), RateLimitError),
        (httpx2.ReadError("connection dropped"), TransportError),
    ],
    ids=["503", "524", "429", "dropped"],
)
async def test_an_unavailable_token_endpoint_raises_what_it_is(
    make_client: MakeClient,
    server: FakeServiceTitan,
    failure: Any,
    error_type: type[ServiceTitanError],
) -> None:
    server.then_token(*[failure] * 3)

    async with make_client(retry=RetryPolicy(attempts=3)) as st:
        with pytest.raises(error_type) as caught:
            await get(st)

    assert not isinstance(caught.value, AuthenticationError)
    assert len(server.token_requests) == 3
    assert server.api_requests == []


@pytest.mark.parametrize(
    "refusal",
    [
        httpx2.Response(400, json={"error": "invalid_client"}),
        httpx2.Response(401, json={"error": "invalid_client"}),
    ],
    ids=["400", "401"],
)
async def test_refused_credentials_are_an_authentication_error_at_once(
    make_client: MakeClient, server: FakeServiceTitan, refusal: httpx2.Response
) -> None:
    server.then_token(refusal)

    async with make_client() as st:
        with pytest.raises(AuthenticationError, match="invalid_client"):
            await get(st)

    assert len(server.token_requests) == 1


# --- Refreshing again under revocation ---------------------------------------------------------


class RevokingServer:
    """Revokes every token issued before each tick of `period` (fake) seconds.

    A token request takes `token_seconds` and an API request `api_seconds` of the fake clock, so
    a token fetched just before a tick is revoked by the time it is used. Pages: `pages` pages of
    one record.
    """

    def __init__(self, clock: FakeClock, *, period: float, pages: int) -> None:
        self.clock = clock
        self.period = period
        self.pages = pages
        self.token_seconds = 0.1
        self.api_seconds = 0.2
        self.issued: dict[str, float] = {}
        self.unauthorized = 0

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def _last_tick(self) -> float:
        return math.floor(self.clock.now / self.period) * self.period

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        if str(request.url) == AUTH_URL:
            self.clock.now += self.token_seconds
            token = f"tok-{len(self.issued) + 1}"
            self.issued[token] = self.clock.now
            return httpx2.Response(200, json={"access_token": token, "expires_in": 900})
        self.clock.now += self.api_seconds
        token = request.headers["Authorization"].removeprefix("Bearer ")
        if self.issued[token] < self._last_tick():
            self.unauthorized += 1
            return problem(401, "Token revoked")
        number = int(request.url.params["page"])
        return httpx2.Response(
            200,
            json={
                "page": number,
                "pageSize": 1,
                "hasMore": number < self.pages,
                "data": [{"id": number, "name": f"Customer {number}"}],
            },
        )


async def test_list_passes_survive_tokens_revoked_every_half_second(
    make_client: MakeClient, clock: FakeClock
) -> None:
    revoking = RevokingServer(clock, period=0.5, pages=60)

    async with make_client(transport=revoking.transport()) as st:
        for _ in range(6):
            ids = [c.id async for c in paginate(customers_get_list.asyncio, client=st, page_size=1)]
            assert ids == list(range(1, 61))

    # The pass really was under churn: many 401s, each answered by a newer token.
    assert revoking.unauthorized > 60
    assert len(revoking.issued) > 60


async def test_a_401_to_every_fresh_token_ends_within_the_retry_budget(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(*[problem(401, "Unknown application key")] * 20)

    async with make_client(retry=RetryPolicy(attempts=4)) as st:
        with pytest.raises(AuthenticationError):
            await get(st)

    assert len(server.api_requests) == 4
    assert len(server.token_requests) == 4


# --- One budget for retries and replays --------------------------------------------------------


@pytest.mark.parametrize(
    ("attempts", "first", "error_type", "sends"),
    [
        (1, 401, ServerError, 2),  # the first 401 is replayed even with no retries
        (1, 503, ServerError, 1),
        (3, 401, AuthenticationError, 3),
        (3, 503, ServerError, 3),
        (5, 401, AuthenticationError, 5),
        (5, 503, ServerError, 5),
    ],
)
async def test_401s_mixed_with_5xx_send_at_most_the_retry_budget(
    make_client: MakeClient,
    server: FakeServiceTitan,
    attempts: int,
    first: int,
    error_type: type[ServiceTitanError],
    sends: int,
) -> None:
    # 401, 503, 401, 503, ... for longer than any budget: each 401 is answered by a fresh token
    # and each 503 is retryable, so only the count of sends can end the call.
    unauthorized, unavailable = problem(401, "Token revoked"), problem(503, "Service Unavailable")
    alternating = [unauthorized, unavailable] if first == 401 else [unavailable, unauthorized]
    server.then_api(*alternating * 50)

    async with make_client(retry=RetryPolicy(attempts=attempts)) as st:
        with pytest.raises(error_type):
            await get(st)

    assert len(server.api_requests) == sends


async def test_a_first_401_after_the_budget_is_spent_is_still_replayed(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(503, "Service Unavailable"), problem(401, "Token expired"))

    async with make_client(retry=RetryPolicy(attempts=2)) as st:
        response = await get(st)

    assert response.status_code == 200
    assert len(server.api_requests) == 3  # attempts + the one replay of a first 401
