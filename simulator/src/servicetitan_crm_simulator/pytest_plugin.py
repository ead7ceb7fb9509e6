"""pytest fixtures for testing code built on servicetitan-crm against the simulator.

Installing `servicetitan-crm[testing]` registers this plugin (the `pytest11` entry point), so
a test suite gets, with nothing to import:

- `servicetitan_simulator`: a fresh `Simulator` for each test. Shape its data with
  `@pytest.mark.servicetitan(customers=5, leads=0, ...)` (any `SimulatorConfig` field) or by
  overriding the `servicetitan_config` fixture; queue faults on `servicetitan_simulator.faults`
  and change `servicetitan_simulator.config` inside the test.
- `servicetitan_client`: a `ServiceTitanClient` wired to it in-process, closed after the test.
- `servicetitan_server`: the same simulator on a 127.0.0.1 port, served from a thread of its
  own for the test's duration, with the `SERVICETITAN_*` variables set (through monkeypatch)
  so code that builds its own `ServiceTitanClient()` reaches it. It yields the URLs.

The fixtures are synchronous, so they work under pytest-asyncio, anyio's plugin, or none.
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import anyio.from_thread
import pytest

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm_simulator._app import Simulator, SimulatorUrls
from servicetitan_crm_simulator._config import SimulatorConfig
from servicetitan_crm_simulator._server import serve

MARKER = "servicetitan"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**fields): SimulatorConfig fields for this test's servicetitan_simulator",
    )


@pytest.fixture
def servicetitan_config(request: pytest.FixtureRequest) -> SimulatorConfig:
    """The simulator's config: the defaults, with the fields of a `servicetitan` marker."""
    fields: dict[str, object] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes SimulatorConfig fields by name")
        fields.update(marker.kwargs)
    return SimulatorConfig(**fields)  # type: ignore[arg-type]


@pytest.fixture
def servicetitan_simulator(servicetitan_config: SimulatorConfig) -> Simulator:
    """A fresh simulator for this test."""
    return Simulator(servicetitan_config)


@pytest.fixture
def servicetitan_client(servicetitan_simulator: Simulator) -> Iterator[ServiceTitanClient]:
    """A `ServiceTitanClient` on the simulator's lowest tenant, in-process, closed afterwards."""
    client = servicetitan_simulator.sdk_client()
    try:
        yield client
    finally:
        # In-process there is no socket: closing from a loop of its own is safe.
        anyio.run(client.aclose)


@pytest.fixture
def servicetitan_server(
    servicetitan_simulator: Simulator, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SimulatorUrls]:
    """The simulator on a loopback port, with `SERVICETITAN_*` pointing at it."""
    simulator = servicetitan_simulator
    tenant = min(simulator.config.tenants)
    app = simulator.app_for(tenant)
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(serve(simulator)) as urls,
    ):
        settings = {
            "SERVICETITAN_CLIENT_ID": app.client_id,
            "SERVICETITAN_CLIENT_SECRET": app.client_secret,
            "SERVICETITAN_APP_KEY": app.app_key,
            "SERVICETITAN_TENANT_ID": str(tenant),
            "SERVICETITAN_API_URL": urls.api_url,
            "SERVICETITAN_AUTH_URL": urls.auth_url,
        }
        for name, value in settings.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("SERVICETITAN_ENVIRONMENT", raising=False)
        yield urls
