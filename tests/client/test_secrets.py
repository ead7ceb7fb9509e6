"""No secret anywhere: not in messages, kept bodies, headers, logs, `repr`, or captured locals.

The server here echoes every header and form field it receives into its answers (bodies and
headers), as some proxies and misconfigured servers do. Each failing path is then rendered the way
an error tracker does, with `traceback.TracebackException(..., capture_locals=True)`, and searched
for the client secret, the app key and every token the server issued.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import pickle
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx2
import pytest

from servicetitan_crm import (
    ApiError,
    AuthenticationError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from servicetitan_crm._config import resolve_config
from servicetitan_crm._secret import Secret
from servicetitan_crm.generated.api.customers import customers_get

from .conftest import MakeClient
from .fakes import API_URL, APP_KEY, AUTH_URL, CLIENT_ID, CLIENT_SECRET, TENANT

ISSUED: list[str] = []  # every token the echoing server handed out, across tests


class EchoingServer:
    """Answers `token_status` / `api_status`, quoting everything the request carried."""

    def __init__(self, *, token_status: int = 200, api_status: int = 200) -> None:
        self.token_status = token_status
        self.api_status = api_status

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        is_token = str(request.url) == AUTH_URL
        status = self.token_status if is_token else self.api_status
        if is_token and status == 200:
            token = f"at.ISSUED-{len(ISSUED):04d}-e9a1"
            ISSUED.append(token)
            return httpx2.Response(200, json={"access_token": token, "expires_in": 900})
        everything = [f"{name}: {value}" for name, value in request.headers.items()]
        everything.append(request.content.decode())
        body = {
            "title": "You sent " + " | ".join(everything),
            "status": status,
            "errors": {"echo": everything},
            "traceId": request.headers.get("Authorization", "none"),
        }
        echoed_headers = {f"X-Echo-{n}": v for n, v in request.headers.items() if n != "host"}
        if status == 200:  # a 2xx that is not the documented record
            return httpx2.Response(200, content=b"not json: " + json.dumps(body).encode())
        return httpx2.Response(status, json=body, headers=echoed_headers)


def secrets_in(text: str) -> list[str]:
    return [secret for secret in (CLIENT_SECRET, APP_KEY, *ISSUED) if secret in text]


def everything_shown(error: BaseException) -> str:
    rendered = traceback.TracebackException(
        type(error), error, error.__traceback__, capture_locals=True
    )
    parts = ["".join(rendered.format()), str(error), repr(error)]
    if isinstance(error, ApiError):
        parts += [error.content.decode(), repr(error.problem), repr(list(error.headers.items()))]
    if isinstance(error, ResponseDecodeError):
        parts += [error.content.decode(), repr(list(error.headers.items()))]
    return "\n".join(parts)


async def failure_of(call: Callable[[], Awaitable[object]]) -> BaseException:
    try:
        await call()
    except Exception as exc:
        return exc
    raise AssertionError("the call did not fail")


@pytest.mark.parametrize(
    ("token_status", "api_status", "error_type"),
    [
        (400, 200, AuthenticationError),  # token refused
        (401, 200, AuthenticationError),  # token refused
        (500, 200, ServerError),  # token endpoint down
        (200, 401, AuthenticationError),  # API 401 after the replays
        (200, 500, ServerError),  # API 500 after the retries
        (200, 200, ResponseDecodeError),  # a 2xx echo that is not JSON
    ],
    ids=["token-400", "token-401", "token-500", "api-401", "api-500", "api-undecodable"],
)
async def test_no_failing_path_shows_a_secret(
    make_client: MakeClient,
    zero_waits: None,
    caplog: pytest.LogCaptureFixture,
    token_status: int,
    api_status: int,
    error_type: type[Exception],
) -> None:
    echoing = EchoingServer(token_status=token_status, api_status=api_status)
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")

    async with make_client(transport=echoing.transport(), retry=RetryPolicy(attempts=3)) as st:
        error = await failure_of(lambda: customers_get.asyncio(7, client=st))

    assert isinstance(error, error_type)
    shown = everything_shown(error)
    assert "***" in shown  # the echo was there, and was scrubbed
    assert secrets_in(shown) == []
    assert secrets_in(caplog.text) == []
    if api_status != 200 or token_status != 200:
        assert "You sent" in str(error)


@contextlib.asynccontextmanager
async def hanging_up_server() -> AsyncIterator[str]:
    """A loopback server that reads each request and closes the connection without answering."""

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await reader.readuntil(b"\r\n\r\n")
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()
        await server.wait_closed()


async def test_a_transport_error_over_real_sockets_shows_no_secret(
    make_client: MakeClient, zero_waits: None
) -> None:
    issuing = EchoingServer()
    async with hanging_up_server() as url:
        real_pool = httpx2.AsyncHTTPTransport()

        async def route(request: httpx2.Request) -> httpx2.Response:
            if str(request.url) == AUTH_URL:
                return issuing.handle(request)
            return await real_pool.handle_async_request(request)

        client = make_client(
            transport=httpx2.MockTransport(route), api_url=url, retry=RetryPolicy(attempts=2)
        )
        async with client as st:
            error = await failure_of(lambda: customers_get.asyncio(7, client=st))
        await real_pool.aclose()

    assert isinstance(error, TransportError)
    assert error.__cause__ is not None  # the httpx2 error stays, without its frames
    assert secrets_in(everything_shown(error)) == []


def test_secrets_are_redacted_in_repr_and_str() -> None:
    secret = Secret(CLIENT_SECRET)
    config = resolve_config(
        tenant=TENANT,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        environment="production",
        api_url=API_URL,
        auth_url=AUTH_URL,
        env={},
    )

    assert secret.reveal() == CLIENT_SECRET
    assert secrets_in(repr(secret) + str(secret) + f"{secret}" + repr(config)) == []
    assert repr(config.app_key) == "Secret('***')"
    assert copy.deepcopy(config) == config
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(config)
