"""What the SDK logs: a debug line per attempt with the route template, a warning on giving up."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap

import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import RetryPolicy, ServerError, ServiceTitanClient

from .conftest import BASE_URL

CUSTOMER = {"id": 7, "name": "Ada", "active": True, "type": "Residential", "address": None}


def sdk_lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "servicetitan_crm"]


async def test_each_attempt_names_the_route_template_status_time_and_attempt(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", status_code=503)
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", json=CUSTOMER)

    await mocked.customers.get(7)

    attempts = [m for level, m in sdk_lines(caplog) if m.startswith("GET /customers/{id}")]
    assert len(attempts) == 2
    assert re.fullmatch(
        r"GET /customers/\{id\} -> 503 in \d+\.\d ms \(attempt 1, .*\)", attempts[0]
    )
    assert re.fullmatch(
        r"GET /customers/\{id\} -> 200 in \d+\.\d ms \(attempt 2, .*\)", attempts[1]
    )


async def test_giving_up_is_one_warning(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")
    httpx2_mock.add_response(url=f"{BASE_URL}/customers/7", status_code=503, is_reusable=True)

    with pytest.raises(ServerError):
        await mocked.customers.get(7, retry=RetryPolicy(attempts=3))

    warnings = [m for level, m in sdk_lines(caplog) if level == "WARNING"]
    assert warnings == ["Giving up on GET /customers/{id} after 3 attempts: 503"]
    retries = [m for level, m in sdk_lines(caplog) if level == "INFO"]
    assert len(retries) == 2


def test_servicetitan_log_turns_logging_on_without_code() -> None:
    program = textwrap.dedent(
        """
        import anyio
        from servicetitan_crm_simulator import Simulator, SimulatorConfig

        async def main() -> None:
            async with Simulator(SimulatorConfig(customers=3)).sdk_client() as st:
                await st.customers.get((await st.customers.list(page_size=1)).data[0].id)

        anyio.run(main)
        """
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    result = subprocess.run(
        [sys.executable, "-c", program],
        env={**environment, "SERVICETITAN_LOG": "debug"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert re.search(r"DEBUG servicetitan_crm: GET /customers/\{id\} -> 200 in ", result.stderr)
    assert "DEBUG servicetitan_crm: GET /customers -> 200 in " in result.stderr
    assert "client_secret" not in result.stderr and "Bearer" not in result.stderr
