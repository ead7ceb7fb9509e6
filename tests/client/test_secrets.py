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
    ConfigurationError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    ServiceTitanClient,
    TransportError,
)
from servicetitan_crm._config import EnvironmentVariables, resolve_config
from servicetitan_crm._constants import (
    ENV_API_URL,
    ENV_APP_KEY,
    ENV_AUTH_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_ENVIRONMENT,
    ENV_TENANT_ID,
)
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
        client_secret=Secret(CLIENT_SECRET),
        app_key=Secret(APP_KEY),
        environment="production",
        api_url=API_URL,
        auth_url=AUTH_URL,
        env=EnvironmentVariables({}),
    )

    assert secret.reveal() == CLIENT_SECRET
    assert secrets_in(repr(secret) + str(secret) + f"{secret}" + repr(config)) == []
    assert repr(config.app_key) == "Secret('***')"
    assert copy.deepcopy(config) == config
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(config)


# --- Configuration failures --------------------------------------------------------------------
# Each builder names the secrets only as module globals, so no frame of the test itself holds them:
# whatever a captured frame shows comes from the SDK.

httpx = pytest.importorskip("httpx")  # the look-alike callers pass by mistake for httpx2

CREDENTIALS_IN_ENVIRONMENT = {ENV_CLIENT_SECRET: CLIENT_SECRET, ENV_APP_KEY: APP_KEY}
EVERYTHING_IN_ENVIRONMENT = CREDENTIALS_IN_ENVIRONMENT | {
    ENV_CLIENT_ID: CLIENT_ID,
    ENV_TENANT_ID: TENANT,
    ENV_API_URL: API_URL,
    ENV_AUTH_URL: AUTH_URL,
}

# (what is wrong, SERVICETITAN_* variables set, how the client is built)
CONFIGURATION_FAILURES: list[tuple[str, dict[str, str], Callable[[], object]]] = [
    (
        "invalid tenant",
        {},
        lambda: ServiceTitanClient(
            tenant="not-a-tenant", client_id=CLIENT_ID, client_secret=CLIENT_SECRET, app_key=APP_KEY
        ),
    ),
    (
        "missing client_id",
        {},
        lambda: ServiceTitanClient(tenant=TENANT, client_secret=CLIENT_SECRET, app_key=APP_KEY),
    ),
    (
        "missing app key",
        {},
        lambda: ServiceTitanClient(tenant=TENANT, client_id=CLIENT_ID, client_secret=CLIENT_SECRET),
    ),
    (
        "missing client secret",
        {},
        lambda: ServiceTitanClient(tenant=TENANT, client_id=CLIENT_ID, app_key=APP_KEY),
    ),
    (
        "client secret as bytes",
        {},
        lambda: ServiceTitanClient(
            tenant=TENANT,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET.encode(),  # type: ignore[arg-type]
            app_key=APP_KEY,
        ),
    ),
    (
        "bad api_url",
        {},
        lambda: ServiceTitanClient(
            tenant=TENANT,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            app_key=APP_KEY,
            api_url="api.example.test/crm/v2",
        ),
    ),
    (
        "unknown environment",
        {},
        lambda: ServiceTitanClient(
            tenant=TENANT,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            app_key=APP_KEY,
            environment="staging",  # type: ignore[arg-type]
        ),
    ),
    (
        "an httpx transport",
        {},
        lambda: ServiceTitanClient(
            tenant=TENANT,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            app_key=APP_KEY,
            transport=httpx.AsyncHTTPTransport(),
        ),
    ),
    (
        "invalid SERVICETITAN_TENANT_ID",
        CREDENTIALS_IN_ENVIRONMENT | {ENV_CLIENT_ID: CLIENT_ID, ENV_TENANT_ID: "-5"},
        lambda: ServiceTitanClient(),
    ),
    (
        "missing SERVICETITAN_CLIENT_ID",
        CREDENTIALS_IN_ENVIRONMENT | {ENV_TENANT_ID: TENANT},
        lambda: ServiceTitanClient(),
    ),
    (
        "missing SERVICETITAN_APP_KEY",
        {ENV_CLIENT_SECRET: CLIENT_SECRET, ENV_CLIENT_ID: CLIENT_ID, ENV_TENANT_ID: TENANT},
        lambda: ServiceTitanClient(),
    ),
    (
        "missing SERVICETITAN_CLIENT_SECRET",
        {ENV_APP_KEY: APP_KEY, ENV_CLIENT_ID: CLIENT_ID, ENV_TENANT_ID: TENANT},
        lambda: ServiceTitanClient(),
    ),
    (
        "bad SERVICETITAN_API_URL",
        EVERYTHING_IN_ENVIRONMENT | {ENV_API_URL: "ftp://api.example.test"},
        lambda: ServiceTitanClient(),
    ),
    (
        "bad SERVICETITAN_AUTH_URL",
        EVERYTHING_IN_ENVIRONMENT | {ENV_AUTH_URL: "http://"},
        lambda: ServiceTitanClient(),
    ),
    (
        "unknown SERVICETITAN_ENVIRONMENT",
        CREDENTIALS_IN_ENVIRONMENT
        | {ENV_CLIENT_ID: CLIENT_ID, ENV_TENANT_ID: TENANT, ENV_ENVIRONMENT: "staging"},
        lambda: ServiceTitanClient(),
    ),
    (
        "an httpx transport, credentials from the environment",
        EVERYTHING_IN_ENVIRONMENT,
        lambda: ServiceTitanClient(transport=httpx.AsyncHTTPTransport()),
    ),
]


def construction_failure(build: Callable[[], object]) -> BaseException:
    """Catches here, so the traceback starts in a frame that holds only `build`."""
    try:
        build()
    except Exception as exc:
        return exc
    raise AssertionError("the client was built")


@pytest.mark.parametrize(
    ("variables", "build"),
    [(variables, build) for _, variables, build in CONFIGURATION_FAILURES],
    ids=[wrong for wrong, _, _ in CONFIGURATION_FAILURES],
)
def test_no_configuration_failure_shows_a_secret(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], build: Callable[[], object]
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)

    error = construction_failure(build)

    assert isinstance(error, ConfigurationError)
    shown = everything_shown(error)
    assert "servicetitan_crm" in shown  # the SDK's frames were rendered, locals and all
    assert secrets_in(shown) == []
