"""Fixtures: a scripted ServiceTitan behind httpx2.MockTransport, a fake clock, a client factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm._constants import (
    ENV_API_URL,
    ENV_APP_KEY,
    ENV_AUTH_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_ENVIRONMENT,
    ENV_TENANT_ID,
)
from servicetitan_crm._retry import set_testing

from .fakes import (
    API_URL,
    APP_KEY,
    AUTH_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    TENANT,
    FakeClock,
    FakeServiceTitan,
)


@pytest.fixture(autouse=True)
def no_servicetitan_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see only the SERVICETITAN_* variables they set themselves."""
    for name in (
        ENV_API_URL,
        ENV_APP_KEY,
        ENV_AUTH_URL,
        ENV_CLIENT_ID,
        ENV_CLIENT_SECRET,
        ENV_ENVIRONMENT,
        ENV_TENANT_ID,
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> FakeServiceTitan:
    return FakeServiceTitan(clock)


MakeClient = Callable[..., ServiceTitanClient]


@pytest.fixture
def make_client(server: FakeServiceTitan, clock: FakeClock) -> MakeClient:
    """Build clients against the fake server; no rate limiter unless a test asks for one."""

    def make(**overrides: Any) -> ServiceTitanClient:
        settings: dict[str, Any] = {
            "tenant": TENANT,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "app_key": APP_KEY,
            "api_url": API_URL,
            "auth_url": AUTH_URL,
            "transport": server.transport,
            "rate_limiter": None,
            "clock": clock,
            "sleep": clock.sleep,
        }
        settings.update(overrides)
        return ServiceTitanClient(**settings)

    return make


@pytest.fixture
def zero_waits() -> Iterator[None]:
    set_testing(True)
    try:
        yield
    finally:
        set_testing(False)
