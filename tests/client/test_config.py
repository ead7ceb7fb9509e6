"""Settings: arguments, then SERVICETITAN_* variables; a missing one fails at construction."""

from __future__ import annotations

import httpx2
import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._constants import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_POOL_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    DEFAULT_WRITE_TIMEOUT,
    INTEGRATION_API_URL,
    INTEGRATION_AUTH_URL,
    PRODUCTION_API_URL,
    PRODUCTION_AUTH_URL,
)
from servicetitan_crm._errors import ConfigurationError

from .conftest import MakeClient
from .fakes import (
    API_URL,
    APP_KEY,
    AUTH_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    TENANT,
    FakeServiceTitan,
    form_of,
    get,
)

FULL_ENVIRONMENT = {
    "SERVICETITAN_CLIENT_ID": CLIENT_ID,
    "SERVICETITAN_CLIENT_SECRET": CLIENT_SECRET,
    "SERVICETITAN_APP_KEY": APP_KEY,
    "SERVICETITAN_TENANT_ID": TENANT,
}


def set_environment(monkeypatch: pytest.MonkeyPatch, variables: dict[str, str]) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)


async def test_every_setting_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: FakeServiceTitan
) -> None:
    set_environment(
        monkeypatch,
        FULL_ENVIRONMENT | {"SERVICETITAN_API_URL": API_URL, "SERVICETITAN_AUTH_URL": AUTH_URL},
    )

    async with ServiceTitanClient(transport=server.transport, rate_limiter=None) as st:
        await get(st, "/customers")

    assert st.tenant == TENANT
    assert str(server.api_requests[0].url) == f"{API_URL}/tenant/{TENANT}/customers"
    assert server.api_requests[0].headers["ST-App-Key"] == APP_KEY
    assert form_of(server.token_requests[0])["client_id"] == CLIENT_ID
    assert form_of(server.token_requests[0])["client_secret"] == CLIENT_SECRET


async def test_arguments_win_over_environment_variables(
    monkeypatch: pytest.MonkeyPatch, server: FakeServiceTitan
) -> None:
    set_environment(
        monkeypatch,
        {
            "SERVICETITAN_CLIENT_ID": "env-id",
            "SERVICETITAN_CLIENT_SECRET": "env-secret",
            "SERVICETITAN_APP_KEY": "env-app-key",
            "SERVICETITAN_TENANT_ID": "999",
            "SERVICETITAN_API_URL": "https://env-api.example.test/crm/v2",
            "SERVICETITAN_AUTH_URL": "https://env-auth.example.test/token",
        },
    )

    async with ServiceTitanClient(
        tenant=int(TENANT),
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        api_url=API_URL,
        auth_url=AUTH_URL,
        transport=server.transport,
        rate_limiter=None,
    ) as st:
        await get(st)

    assert str(server.api_requests[0].url) == f"{API_URL}/tenant/{TENANT}/customers"
    assert server.api_requests[0].headers["ST-App-Key"] == APP_KEY
    assert form_of(server.token_requests[0]) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }


@pytest.mark.parametrize(
    ("argument", "variable"),
    [
        ("client_id", "SERVICETITAN_CLIENT_ID"),
        ("client_secret", "SERVICETITAN_CLIENT_SECRET"),
        ("app_key", "SERVICETITAN_APP_KEY"),
        ("tenant", "SERVICETITAN_TENANT_ID"),
    ],
)
def test_a_missing_setting_names_its_argument_and_variable(
    monkeypatch: pytest.MonkeyPatch, argument: str, variable: str
) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT)
    monkeypatch.delenv(variable)

    with pytest.raises(ConfigurationError) as caught:
        ServiceTitanClient()

    assert f"Missing {argument}" in str(caught.value)
    assert variable in str(caught.value)


def test_an_empty_variable_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT | {"SERVICETITAN_APP_KEY": "  "})

    with pytest.raises(ConfigurationError, match="SERVICETITAN_APP_KEY"):
        ServiceTitanClient()


def test_an_empty_argument_is_rejected_without_quoting_it() -> None:
    with pytest.raises(ConfigurationError, match="client_secret= must be a non-empty string"):
        ServiceTitanClient(tenant=1, client_id="id", client_secret="", app_key="key")


@pytest.mark.parametrize(
    ("environment", "api_url", "auth_url"),
    [
        ("production", PRODUCTION_API_URL, PRODUCTION_AUTH_URL),
        ("integration", INTEGRATION_API_URL, INTEGRATION_AUTH_URL),
    ],
)
async def test_environment_chooses_the_api_and_token_urls(
    monkeypatch: pytest.MonkeyPatch,
    server: FakeServiceTitan,
    environment: str,
    api_url: str,
    auth_url: str,
) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT | {"SERVICETITAN_ENVIRONMENT": environment})
    requested: list[str] = []

    async def record(request: httpx2.Request) -> httpx2.Response:
        requested.append(str(request.url))
        if str(request.url) == auth_url:
            return httpx2.Response(200, json={"access_token": "t", "expires_in": 900})
        return httpx2.Response(200, json={})

    async with ServiceTitanClient(transport=httpx2.MockTransport(record), rate_limiter=None) as st:
        await get(st, "/customers")

    assert st.base_url == f"{api_url}/tenant/{TENANT}"
    assert requested == [auth_url, f"{api_url}/tenant/{TENANT}/customers"]


def test_production_is_the_default_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT)

    assert ServiceTitanClient().base_url == f"{PRODUCTION_API_URL}/tenant/{TENANT}"


def test_an_environment_argument_beats_url_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT | {"SERVICETITAN_API_URL": API_URL})

    st = ServiceTitanClient(environment="integration")

    assert st.base_url == f"{INTEGRATION_API_URL}/tenant/{TENANT}"


def test_an_unknown_environment_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT | {"SERVICETITAN_ENVIRONMENT": "staging"})

    with pytest.raises(ConfigurationError, match="SERVICETITAN_ENVIRONMENT must be 'production'"):
        ServiceTitanClient()


@pytest.mark.parametrize("bad", ["not a url", "ftp://example.test/x", "/relative/path"])
def test_a_bad_api_url_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    set_environment(monkeypatch, FULL_ENVIRONMENT | {"SERVICETITAN_API_URL": bad})

    with pytest.raises(ConfigurationError, match="SERVICETITAN_API_URL"):
        ServiceTitanClient()


async def test_generated_paths_are_relative_to_the_tenant(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client(tenant="77") as st:
        await get(st, "/booking-provider/5/bookings", params={"page": 2})

    assert str(server.api_requests[0].url) == (
        f"{API_URL}/tenant/77/booking-provider/5/bookings?page=2"
    )


async def test_default_timeouts_are_the_named_constants(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    async with make_client() as st:
        await get(st)

    expected = {
        "connect": DEFAULT_CONNECT_TIMEOUT,
        "read": DEFAULT_READ_TIMEOUT,
        "write": DEFAULT_WRITE_TIMEOUT,
        "pool": DEFAULT_POOL_TIMEOUT,
    }
    assert server.api_requests[0].extensions["timeout"] == expected
    assert server.token_requests[0].extensions["timeout"] == expected


async def test_without_an_injected_transport_the_pooled_http_transport_is_used(
    httpx2_mock: HTTPXMock,
) -> None:
    httpx2_mock.add_response(
        url=AUTH_URL, method="POST", json={"access_token": "tok", "expires_in": 900}
    )
    httpx2_mock.add_response(url=f"{API_URL}/tenant/{TENANT}/customers", json={"data": []})

    async with ServiceTitanClient(
        tenant=TENANT,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        api_url=API_URL,
        auth_url=AUTH_URL,
    ) as st:
        response = await get(st)

    assert response.json() == {"data": []}
    api_request = httpx2_mock.get_requests()[1]
    assert api_request.headers["Authorization"] == "Bearer tok"
    assert api_request.headers["ST-App-Key"] == APP_KEY


def test_a_transport_from_plain_httpx_is_refused_with_the_way_out(make_client: MakeClient) -> None:
    httpx = pytest.importorskip("httpx")
    old_style = httpx.MockTransport(lambda request: httpx.Response(200))

    with pytest.raises(ConfigurationError) as caught:
        make_client(transport=old_style)

    assert str(caught.value) == (
        "transport= must be an httpx2.AsyncBaseTransport (build it with `import httpx2`, "
        "not httpx), not httpx.MockTransport"
    )
