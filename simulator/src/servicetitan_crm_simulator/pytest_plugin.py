"""pytest fixtures for testing code built on servicetitan-crm against the simulator.

Installing `servicetitan-crm[testing]` registers this plugin (the `pytest11` entry point), so
a test suite gets, with nothing to import:

- `servicetitan_simulator`: a fresh `Simulator` for each test. Shape its data with
  `@pytest.mark.servicetitan(customers=5, leads=0, ...)` (any `SimulatorConfig` field) or by
  overriding the `servicetitan_config` fixture; queue faults on `servicetitan_simulator.faults`
  and change `servicetitan_simulator.config` inside the test. A fault still queued when the
  test ends fails it at teardown (as pytest-httpx fails a test over unused responses), naming
  what was left: a fault that never fires usually means a `path` that matches no request
  (`path` is a substring of the request path, see `Faults`). Opt out for one test with
  `@pytest.mark.servicetitan(assert_all_faults_fired=False)`.
- `servicetitan_client`: a `ServiceTitanClient` wired to it in-process, closed after the test.
- `servicetitan_server`: the same simulator on a 127.0.0.1 port, served from a thread of its
  own for the test's duration, with the `SERVICETITAN_*` variables set (through monkeypatch)
  so code that builds its own `ServiceTitanClient()` reaches it. It yields the URLs.

The fixtures are synchronous, so they work under pytest-asyncio, anyio's plugin, or none.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Generator, Iterator

import anyio
import anyio.from_thread
import pytest

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm_simulator._app import Simulator, SimulatorUrls
from servicetitan_crm_simulator._config import SimulatorConfig
from servicetitan_crm_simulator._server import serve

MARKER = "servicetitan"
# The marker's one argument that is not a SimulatorConfig field.
ASSERT_ALL_FAULTS_FIRED = "assert_all_faults_fired"
_CONFIG_FIELDS = tuple(field.name for field in dataclasses.fields(SimulatorConfig))
_OUTCOMES = pytest.StashKey[dict[str, pytest.TestReport]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**fields): SimulatorConfig fields for this test's servicetitan_simulator, "
        f"and {ASSERT_ALL_FAULTS_FIRED}=False to let queued faults go unfired",
    )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report, so teardown knows whether the test itself failed."""
    report = yield
    item.stash.setdefault(_OUTCOMES, {})[report.when] = report
    return report


def _marker_fields(request: pytest.FixtureRequest) -> dict[str, object]:
    fields: dict[str, object] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            pytest.fail(
                f"@pytest.mark.{MARKER} takes SimulatorConfig fields by name, not {marker.args!r}",
                pytrace=False,
            )
        fields.update(marker.kwargs)
    unknown = sorted(set(fields) - {*_CONFIG_FIELDS, ASSERT_ALL_FAULTS_FIRED})
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, _CONFIG_FIELDS, n=1)
            hints.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
        pytest.fail(
            f"@pytest.mark.{MARKER} got unknown field(s) {', '.join(hints)}; valid fields: "
            f"{', '.join(_CONFIG_FIELDS)}, {ASSERT_ALL_FAULTS_FIRED}",
            pytrace=False,
        )
    return fields


@pytest.fixture
def servicetitan_config(request: pytest.FixtureRequest) -> SimulatorConfig:
    """The simulator's config: the defaults, with the fields of a `servicetitan` marker."""
    fields = _marker_fields(request)
    fields.pop(ASSERT_ALL_FAULTS_FIRED, None)
    return SimulatorConfig(**fields)  # type: ignore[arg-type]


@pytest.fixture
def servicetitan_simulator(
    servicetitan_config: SimulatorConfig, request: pytest.FixtureRequest
) -> Iterator[Simulator]:
    """A fresh simulator for this test; a fault it never fired fails the test at teardown."""
    simulator = Simulator(servicetitan_config)
    yield simulator
    if not _marker_fields(request).get(ASSERT_ALL_FAULTS_FIRED, True):
        return
    outcomes = request.node.stash.get(_OUTCOMES, {})
    if any(report.failed for report in outcomes.values()):
        return  # the test's own failure says more than what it left unfired
    unfired = simulator.faults.unfired()
    if unfired:
        pytest.fail(
            "servicetitan_simulator: queued faults never fired (a fault's path is a substring "
            "of the request path, e.g. '/customers' matches /crm/v2/tenant/1000/customers/5):\n  "
            + "\n  ".join(unfired)
            + f"\nOpt out with @pytest.mark.{MARKER}({ASSERT_ALL_FAULTS_FIRED}=False).",
            pytrace=False,
        )


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
