"""Retries: what is repeated (by method and failure), how long to wait, and when to stop."""

from __future__ import annotations

import datetime
import email.utils
import random
from collections.abc import Awaitable, Callable

import httpx2
import pytest

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._errors import (
    BadRequestError,
    ConfigurationError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from servicetitan_crm._retry import RetryPolicy, backoff_wait
from servicetitan_crm._retry_after import parse_retry_after, retry_after_in_body
from servicetitan_crm.generated.api.customers import customers_get

from .conftest import MakeClient
from .fakes import FakeClock, FakeServiceTitan, get, problem, token_value


async def send(st: ServiceTitanClient, method: str) -> httpx2.Response:
    body = None if method in ("GET", "DELETE") else {"name": "Ada"}
    return await st.get_async_httpx_client().request(method, "/customers/1", json=body)


# --- What is retried ---------------------------------------------------------------------------


async def test_a_listing_goes_on_past_a_cdn_520(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    cdn_page = httpx2.Response(520, text="<html>Web server is returning an unknown error</html>")
    server.then_api(*[httpx2.Response(200, json={"page": n}) for n in range(1, 5)], cdn_page)

    async with make_client() as st:
        pages = [(await get(st, "/customers", params={"page": n})).json() for n in range(1, 9)]

    assert [page.get("page", "default") for page in pages[:4]] == [1, 2, 3, 4]
    assert len(pages) == 8
    assert len(server.api_requests) == 9  # page 5 twice


async def test_the_policy_takes_the_statuses_to_retry(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(httpx2.Response(503), httpx2.Response(500))
    only_503 = RetryPolicy(retry_statuses={503})

    async with make_client(retry=only_503) as st:
        with pytest.raises(ServerError) as caught:
            await get(st)

    assert caught.value.status_code == 500
    assert len(server.api_requests) == 2


async def test_post_is_retried_on_429_only_when_the_policy_lists_it(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(429, "Slow down"))

    async with make_client(retry=RetryPolicy(retry_statuses={500, 503})) as st:
        with pytest.raises(RateLimitError):
            await send(st, "POST")

    assert len(server.api_requests) == 1


@pytest.mark.parametrize("statuses", [{"503"}, {200.0}, {99}, {600}, "503", 503, {True}])
def test_retry_statuses_must_be_http_status_codes(statuses: object) -> None:
    with pytest.raises(ConfigurationError, match="retry_statuses"):
        RetryPolicy(retry_statuses=statuses)  # type: ignore[arg-type]


def test_the_default_policy_reads_short() -> None:
    assert "retry_statuses={429, 500..599}" in repr(RetryPolicy())


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [429, 500, 501, 502, 503, 504, 520, 521, 522, 523, 524, 599])
async def test_safe_methods_are_retried_on_429_and_every_5xx(
    make_client: MakeClient, server: FakeServiceTitan, method: str, status: int
) -> None:
    server.then_api(httpx2.Response(status), httpx2.Response(status))

    async with make_client() as st:
        response = await send(st, method)

    assert response.status_code == 200
    assert len(server.api_requests) == 3


@pytest.mark.parametrize(
    "failure",
    [httpx2.ReadTimeout("read"), httpx2.WriteTimeout("write"), httpx2.ReadError("reset")],
    ids=["read-timeout", "write-timeout", "read-error"],
)
async def test_get_is_retried_after_a_failure_once_sent(
    make_client: MakeClient, server: FakeServiceTitan, failure: httpx2.TransportError
) -> None:
    server.then_api(failure)

    async with make_client() as st:
        response = await get(st)

    assert response.status_code == 200
    assert len(server.api_requests) == 2


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 524])
async def test_post_and_patch_are_not_repeated_after_a_server_error(
    make_client: MakeClient, server: FakeServiceTitan, method: str, status: int
) -> None:
    server.then_api(httpx2.Response(status))

    async with make_client() as st:
        with pytest.raises(ServerError) as caught:
            await send(st, method)

    assert caught.value.status_code == status
    assert len(server.api_requests) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    "failure",
    [httpx2.ReadTimeout("read"), httpx2.ReadError("reset"), httpx2.RemoteProtocolError("eof")],
    ids=["read-timeout", "read-error", "protocol-error"],
)
async def test_post_and_patch_are_not_repeated_once_sent(
    make_client: MakeClient, server: FakeServiceTitan, method: str, failure: httpx2.TransportError
) -> None:
    server.then_api(failure)

    async with make_client() as st:
        with pytest.raises(TransportError) as caught:
            await send(st, method)

    assert caught.value.__cause__ is failure
    assert len(server.api_requests) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_and_patch_are_retried_on_429(
    make_client: MakeClient, server: FakeServiceTitan, method: str
) -> None:
    server.then_api(problem(429, "Rate limit is exceeded. Try again in 1 seconds."))

    async with make_client() as st:
        response = await send(st, method)

    assert response.status_code == 200
    assert [r.method for r in server.api_requests] == [method, method]


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    "failure",
    [httpx2.ConnectError("refused"), httpx2.ConnectTimeout("connect"), httpx2.PoolTimeout("pool")],
    ids=["connect-error", "connect-timeout", "pool-timeout"],
)
async def test_post_and_patch_are_retried_when_the_request_was_never_sent(
    make_client: MakeClient, server: FakeServiceTitan, method: str, failure: httpx2.TransportError
) -> None:
    server.then_api(failure)

    async with make_client() as st:
        response = await send(st, method)

    assert response.status_code == 200
    assert len(server.api_requests) == 2


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422])
async def test_answers_that_are_not_hiccups_are_not_retried(
    make_client: MakeClient, server: FakeServiceTitan, status: int
) -> None:
    server.then_api(problem(status, "No"))

    async with make_client() as st:
        with pytest.raises(Exception) as caught:
            await get(st)

    assert getattr(caught.value, "status_code", None) == status
    assert len(server.api_requests) == 1


async def test_a_retry_reads_the_renewed_token(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    # The token expires during the server's requested wait: the retry must not reuse it.
    server.then_api(httpx2.Response(503, headers={"Retry-After": "900"}))

    async with make_client(retry=RetryPolicy(timeout=None)) as st:
        await get(st)

    assert clock.sleeps == [900.0]
    assert server.bearer_tokens() == [token_value(1), token_value(2)]


async def test_a_retried_request_sends_the_same_body(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(429, "Slow down"))

    async with make_client() as st:
        await st.get_async_httpx_client().post("/customers", json={"name": "Ada"})

    assert [r.content for r in server.api_requests] == [b'{"name":"Ada"}'] * 2


# --- How long to wait --------------------------------------------------------------------------


async def test_retry_after_in_seconds_is_the_wait(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_api(httpx2.Response(429, headers={"Retry-After": "7"}))

    async with make_client() as st:
        await get(st)

    assert clock.sleeps == [7.0]
    assert server.api_times == [0.0, 7.0]


async def test_retry_after_as_an_http_date_is_the_wait(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=60)
    server.then_api(
        httpx2.Response(
            503, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)}
        )
    )

    async with make_client() as st:
        await get(st)

    [wait] = clock.sleeps
    # The date has whole seconds: 59 < wait <= 60 whatever the sub-second part of "now".
    assert 58 < wait <= 60


def test_parse_retry_after_reads_both_forms() -> None:
    now = datetime.datetime(2025, 7, 1, 12, 0, 0, tzinfo=datetime.UTC)

    assert parse_retry_after("120", now=now) == 120.0
    assert parse_retry_after(" 1.5 ", now=now) == 1.5
    assert parse_retry_after("Tue, 01 Jul 2025 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Tue, 01 Jul 2025 11:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("-3", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("nan", now=now) is None
    assert parse_retry_after("", now=now) is None


CUSTOMER = httpx2.Response(200, json={"id": 1, "name": "Ada", "active": True})


async def _resource_get(st: ServiceTitanClient) -> object:
    return await st.customers.get(1)


async def _endpoint_get(st: ServiceTitanClient) -> object:
    return await customers_get.asyncio(1, client=st)


LAYERS = pytest.mark.parametrize(
    "call", [_resource_get, _endpoint_get], ids=["resource-client", "endpoint-function"]
)


@LAYERS
@pytest.mark.parametrize(
    ("answer", "wait"),
    [
        (problem(429, "Too Many Requests", detail="Try again in 7 seconds."), 7.0),
        (problem(429, "Rate limit is exceeded. Try again in 2 minutes."), 30.0),
        (problem(503, "Service Unavailable", retryAfter=4), 4.0),
        (httpx2.Response(429, json={"message": "Rate limit exceeded, retry after 1.5 s"}), 1.5),
        (httpx2.Response(429, text="Too many requests. Try again in 900 milliseconds."), 0.9),
    ],
    ids=["detail-seconds", "title-minutes-capped", "retryAfter-member", "message", "text-body"],
)
async def test_without_the_header_the_problem_body_says_the_wait(
    make_client: MakeClient,
    server: FakeServiceTitan,
    clock: FakeClock,
    call: Callable[[ServiceTitanClient], Awaitable[object]],
    answer: httpx2.Response,
    wait: float,
) -> None:
    server.then_api(answer, CUSTOMER)

    async with make_client(retry=RetryPolicy(wait_max=30.0)) as st:
        await call(st)

    assert clock.sleeps == [wait]


@LAYERS
async def test_the_header_wins_over_the_body_and_is_not_capped(
    make_client: MakeClient,
    server: FakeServiceTitan,
    clock: FakeClock,
    call: Callable[[ServiceTitanClient], Awaitable[object]],
) -> None:
    answer = httpx2.Response(
        429, headers={"Retry-After": "45"}, json={"title": "Try again in 3 seconds"}
    )
    server.then_api(answer, CUSTOMER)

    async with make_client(retry=RetryPolicy(wait_max=30.0)) as st:
        await call(st)

    assert clock.sleeps == [45.0]


@LAYERS
async def test_the_body_wait_is_what_a_rate_limit_error_carries(
    make_client: MakeClient,
    server: FakeServiceTitan,
    call: Callable[[ServiceTitanClient], Awaitable[object]],
) -> None:
    server.then_api(problem(429, "Too Many Requests", detail="Try again in 7 seconds."))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(RateLimitError) as raised:
            await call(st)

    assert raised.value.retry_after == 7.0


async def test_a_token_429_body_says_the_wait_too(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_token(problem(429, "Too many token requests. Try again in 5 seconds."))

    async with make_client() as st:
        await get(st)

    assert clock.sleeps == [5.0]


@pytest.mark.parametrize(
    "body",
    [
        b'{"title": "Too Many Requests", "status": 429}',
        b'{"retryAfter": -3, "title": "Slow down"}',
        b'{"retryAfter": true}',
        b"[7]",
        b"<html>try again later</html>",
    ],
)
def test_a_body_without_a_usable_wait_says_nothing(body: bytes) -> None:
    assert retry_after_in_body(body) is None


async def test_without_retry_after_waits_back_off_exponentially_with_jitter(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    policy = RetryPolicy(attempts=6, timeout=None, wait_initial=1.0, wait_max=10.0)
    server.then_api(*(httpx2.Response(503) for _ in range(5)))

    async with make_client(retry=policy) as st:
        await get(st)

    ceilings = [1.0, 2.0, 4.0, 8.0, 10.0]
    assert len(clock.sleeps) == 5
    assert all(0 <= wait <= ceiling for wait, ceiling in zip(clock.sleeps, ceilings, strict=True))


def test_a_backoff_wait_is_its_ceiling_times_a_uniform_draw() -> None:
    policy = RetryPolicy(wait_initial=0.5, wait_max=30.0, wait_exp_base=2.0)

    assert [backoff_wait(policy, n, random=lambda: 1.0) for n in (1, 2, 3, 7, 8)] == [
        0.5,
        1.0,
        2.0,
        30.0,
        30.0,
    ]
    assert backoff_wait(policy, 3, random=lambda: 0.25) == 0.5
    assert backoff_wait(policy, 10_000, random=lambda: 0.5) == 15.0  # no overflow
    draw = random.Random(7).random
    spread = {backoff_wait(policy, 4, random=draw) for _ in range(50)}
    assert all(0 <= wait < 4.0 for wait in spread)
    assert len(spread) > 1  # jittered, not a fixed schedule


def test_retry_after_replaces_the_backoff() -> None:
    assert backoff_wait(RetryPolicy(wait_max=1.0), 1, retry_after=45.0) == 45.0


async def test_the_testing_switch_makes_every_wait_zero(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock, zero_waits: None
) -> None:
    server.then_api(httpx2.Response(429, headers={"Retry-After": "30"}), httpx2.Response(503))

    async with make_client() as st:
        await get(st)

    assert len(server.api_requests) == 3
    assert clock.sleeps == []


# --- When to stop ------------------------------------------------------------------------------


async def test_attempts_bound_the_retries(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_api(*(problem(503, "Busy") for _ in range(10)))

    async with make_client(retry=RetryPolicy(attempts=3)) as st:
        with pytest.raises(ServerError) as caught:
            await get(st)

    assert len(server.api_requests) == 3
    assert len(clock.sleeps) == 2
    assert str(caught.value).endswith("Busy (gave up after 3 attempts)")


async def test_total_time_bounds_the_retries(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.then_api(*(httpx2.Response(429, headers={"Retry-After": "4"}) for _ in range(10)))

    async with make_client(retry=RetryPolicy(attempts=10, timeout=10.0)) as st:
        with pytest.raises(RateLimitError) as caught:
            await get(st)

    # Attempts at 0, 4 and 8 s; one more would start at 12 s, past the 10 s bound.
    assert server.api_times == [0.0, 4.0, 8.0]
    assert caught.value.retry_after == 4.0


async def test_time_spent_in_attempts_counts_toward_the_bound(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    def slow_failure(request: httpx2.Request) -> httpx2.Response:
        clock.now += 6.0
        return httpx2.Response(503, headers={"Retry-After": "1"})

    server.then_api(slow_failure, slow_failure, slow_failure)

    async with make_client(retry=RetryPolicy(attempts=10, timeout=10.0)) as st:
        with pytest.raises(ServerError):
            await get(st)

    # 6 s + 1 s wait = 7 s before the second attempt; after it 13 s have passed.
    assert len(server.api_requests) == 2


async def test_exhausted_transport_retries_raise_the_wrapped_last_error(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    last = httpx2.ReadTimeout("timed out")
    server.then_api(httpx2.ReadTimeout("timed out"), last)

    async with make_client(retry=RetryPolicy(attempts=2)) as st:
        with pytest.raises(RequestTimeoutError) as caught:
            await get(st)

    assert caught.value.__cause__ is last
    assert "(gave up after 2 attempts)" in str(caught.value)


async def test_one_attempt_means_no_retry(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(httpx2.Response(429))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(RateLimitError):
            await get(st)

    assert len(server.api_requests) == 1


@pytest.mark.parametrize(
    "settings",
    [
        {"attempts": 0},
        {"timeout": 0},
        {"wait_initial": -1.0},
        {"wait_initial": 5.0, "wait_max": 1.0},
        {"wait_exp_base": 0.5},
    ],
)
def test_a_nonsensical_policy_is_a_configuration_error(settings: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        RetryPolicy(**settings)  # type: ignore[arg-type]


async def test_a_bad_request_is_raised_at_once(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(400, "Invalid"), httpx2.Response(200))

    async with make_client() as st:
        with pytest.raises(BadRequestError):
            await get(st)

    assert len(server.api_requests) == 1
