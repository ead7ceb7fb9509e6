"""OAuth2 client credentials: one cached token, renewed early, fetched once for many callers."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx2
import pytest

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._constants import TOKEN_REFRESH_MARGIN_SECONDS
from servicetitan_crm._errors import AuthenticationError, RequestTimeoutError, TransportError
from servicetitan_crm._retry import RetryPolicy

from .conftest import MakeClient
from .fakes import (
    AUTH_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    TENANT,
    FakeClock,
    FakeServiceTitan,
    form_of,
    get,
    problem,
    token_value,
)

# --- The token request -------------------------------------------------------------------------


async def test_the_token_request_is_a_client_credentials_form_post(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        await get(st)

    [token_request] = server.token_requests
    assert token_request.method == "POST"
    assert str(token_request.url) == AUTH_URL
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form_of(token_request) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }


async def test_the_tenant_joins_the_token_form_when_asked(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client(token_includes_tenant=True) as st:
        await get(st)

    assert form_of(server.token_requests[0])["tenant"] == TENANT


async def test_api_requests_carry_bearer_and_app_key_and_the_token_request_neither(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        await get(st, "/customers")
        await st.get_async_httpx_client().request("POST", "/customers", json={"name": "A"})

    for request in server.api_requests:
        assert request.headers["Authorization"] == f"Bearer {token_value(1)}"
        assert request.headers["ST-App-Key"]
    [token_request] = server.token_requests
    assert "Authorization" not in token_request.headers
    assert "ST-App-Key" not in token_request.headers


# --- Caching and renewal ---------------------------------------------------------------------


async def test_the_token_is_reused_across_requests(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        for _ in range(5):
            await get(st)

    assert len(server.token_requests) == 1
    assert server.bearer_tokens() == [token_value(1)] * 5


async def test_the_token_is_renewed_ahead_of_its_expiry(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    renew_at = 900 - TOKEN_REFRESH_MARGIN_SECONDS
    async with make_client() as st:
        await get(st)
        clock.now = renew_at - 1
        await get(st)
        clock.now = renew_at
        await get(st)

    assert server.bearer_tokens() == [token_value(1), token_value(1), token_value(2)]
    assert server.token_times == [0.0, renew_at]


async def test_a_short_lived_token_is_used_for_half_its_life(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.expires_in = 40  # shorter than the refresh margin
    async with make_client() as st:
        await get(st)
        clock.now = 19
        await get(st)
        clock.now = 20
        await get(st)

    assert server.bearer_tokens() == [token_value(1), token_value(1), token_value(2)]


async def test_a_thousand_concurrent_first_calls_make_one_token_request(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st, anyio.create_task_group() as tasks:
        for _ in range(1000):
            tasks.start_soon(get, st)

    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 1000
    assert set(server.bearer_tokens()) == {token_value(1)}


# --- Failures --------------------------------------------------------------------------------


async def test_a_failed_token_request_fails_every_waiting_caller_once_then_the_next_call_retries(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_token(problem(400, "invalid_client"))
    failures: list[BaseException] = []

    async def call(st: ServiceTitanClient) -> None:
        try:
            await get(st)
        except AuthenticationError as exc:
            failures.append(exc)

    async with make_client() as st:
        async with anyio.create_task_group() as tasks:
            for _ in range(50):
                tasks.start_soon(call, st)
        assert len(failures) == 50
        assert len(server.token_requests) == 1
        assert not server.api_requests

        await get(st)

    assert len(server.token_requests) == 2
    assert server.bearer_tokens() == [token_value(2)]


async def test_a_refused_token_request_names_the_status_and_title(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_token(problem(401, "Client credentials are invalid", traceId="abc-1"))

    async with make_client() as st:
        with pytest.raises(AuthenticationError) as caught:
            await get(st)

    error = caught.value
    assert error.status_code == 401
    assert error.method == "POST"
    assert error.url == AUTH_URL
    assert str(error) == (
        "401 Unauthorized for POST /connect/token: Client credentials are invalid (traceId=abc-1)"
    )


async def test_an_oauth_error_body_is_read_too(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_token(httpx2.Response(400, json={"error": "invalid_client"}))

    async with make_client() as st:
        with pytest.raises(AuthenticationError, match=r"400 Bad Request for POST .*invalid_client"):
            await get(st)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"token_type": "Bearer"}, "no access_token"),
        ({"access_token": "t", "expires_in": "soon"}, "expires_in is 'soon'"),
        ({"access_token": "t", "expires_in": 0}, "expires_in is 0"),
    ],
)
async def test_an_unusable_token_response_is_an_authentication_error(
    make_client: MakeClient, server: FakeServiceTitan, body: dict[str, object], reason: str
) -> None:
    server.then_token(httpx2.Response(200, json=body))

    async with make_client() as st:
        with pytest.raises(AuthenticationError, match=reason):
            await get(st)


async def test_a_token_response_without_expires_in_uses_the_documented_lifetime(
    make_client: MakeClient, server: FakeServiceTitan, clock: FakeClock
) -> None:
    server.expires_in = None
    async with make_client() as st:
        await get(st)
        clock.now = 900 - TOKEN_REFRESH_MARGIN_SECONDS - 1
        await get(st)

    assert len(server.token_requests) == 1


@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (httpx2.ConnectError("connection refused"), TransportError),
        (httpx2.ReadTimeout("timed out"), RequestTimeoutError),
    ],
)
async def test_a_token_request_that_gets_no_answer_is_wrapped_with_its_cause(
    make_client: MakeClient,
    server: FakeServiceTitan,
    failure: httpx2.TransportError,
    error_type: type[TransportError],
) -> None:
    server.then_token(failure)

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(error_type) as caught:
            await get(st)
        await get(st)  # the next call tries again

    assert caught.value.__cause__ is failure
    assert "Token request to auth.example.test failed" in str(caught.value)
    assert len(server.token_requests) == 2


# --- 401 on an API call ------------------------------------------------------------------------


async def test_a_401_renews_the_token_and_replays_the_request_once(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(401, "Token expired"))

    async with make_client() as st:
        response = await st.get_async_httpx_client().request("POST", "/customers", json={"a": 1})

    assert response.status_code == 200
    assert server.bearer_tokens() == [token_value(1), token_value(2)]
    assert [r.content for r in server.api_requests] == [b'{"a":1}', b'{"a":1}']


async def test_without_retries_a_second_401_is_an_authentication_error(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(problem(401, "Token expired"), problem(401, "Still no", traceId="t-2"))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(AuthenticationError) as caught:
            await get(st, "/customers/9")

    assert str(caught.value) == (
        f"401 Unauthorized for GET /crm/v2/tenant/{TENANT}/customers/9: Still no (traceId=t-2)"
    )
    assert len(server.api_requests) == 2
    assert len(server.token_requests) == 2


async def test_concurrent_401s_share_one_renewal(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        await get(st)  # token 1 is cached
        server.then_api(*(problem(401, "Token expired") for _ in range(10)))
        async with anyio.create_task_group() as tasks:
            for _ in range(10):
                tasks.start_soon(get, st)

    assert len(server.token_requests) == 2
    assert server.bearer_tokens()[-10:] == [token_value(2)] * 10


async def test_a_cancelled_token_request_leaves_the_next_waiter_to_fetch(
    make_client: MakeClient,
) -> None:
    token_calls = 0
    never = anyio.Event()
    answers: list[object] = []

    async def handle(request: httpx2.Request) -> httpx2.Response:
        nonlocal token_calls
        if str(request.url) == AUTH_URL:
            token_calls += 1
            if token_calls == 1:
                await never.wait()  # hangs until its caller is cancelled
            return httpx2.Response(200, json={"access_token": f"tok-{token_calls}"})
        return httpx2.Response(200, json={"auth": request.headers["Authorization"]})

    async def settle() -> None:
        for _ in range(20):
            await anyio.lowlevel.checkpoint()

    async with make_client(transport=httpx2.MockTransport(handle)) as st:
        leader = anyio.CancelScope()

        async def lead() -> None:
            with leader:
                await get(st)

        async def wait_for_token() -> None:
            answers.append((await get(st)).json())

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(lead)
            await settle()
            tasks.start_soon(wait_for_token)
            await settle()
            assert token_calls == 1 and not answers  # the waiter waits on the leader's request
            leader.cancel()

    assert leader.cancelled_caught
    assert answers == [{"auth": "Bearer tok-2"}]
    assert token_calls == 2
