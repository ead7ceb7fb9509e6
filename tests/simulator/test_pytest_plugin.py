"""The pytest plugin as a user meets it: installed, registered, and used by a suite of its own.

The README's example suite is copied out of the README and run by a separate pytest in an
empty folder, so neither this repository's configuration nor its conftest files apply.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.models import ActiveRequestArg
from servicetitan_crm_simulator import Simulator, SimulatorUrls

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = re.compile(r"<!-- user-test-example -->\n```python\n(?P<code>.*?)```", re.S)


def run_suite(folder: Path, source: str, *args: str) -> subprocess.CompletedProcess[str]:
    (folder / "test_user_suite.py").write_text(source)
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("SERVICETITAN_")
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "error::pytest.PytestUnraisableExceptionWarning",
            *args,
        ],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def readme_example() -> str:
    found = EXAMPLE.search((ROOT / "README.md").read_text())
    assert found is not None, "the README lost its user-test example"
    return found.group("code")


@pytest.mark.slow
def test_the_readme_example_suite_passes_with_the_installed_plugin(tmp_path: Path) -> None:
    result = run_suite(tmp_path, readme_example())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


@pytest.mark.slow
def test_each_test_gets_its_own_simulator_and_the_marker_shapes_it(tmp_path: Path) -> None:
    source = """
import os

import pytest

from servicetitan_crm_simulator import DEFAULT_TENANT_ID, Simulator


@pytest.mark.servicetitan(customers=2, tenants=frozenset({7}), assert_all_faults_fired=False)
def test_marked(servicetitan_simulator):
    assert servicetitan_simulator.config.customers == 2
    assert servicetitan_simulator.config.tenants == {7}
    servicetitan_simulator.faults.fail_next(5)


def test_unmarked_gets_defaults_and_no_leftover_faults(servicetitan_simulator):
    assert isinstance(servicetitan_simulator, Simulator)
    assert servicetitan_simulator.config.tenants == {DEFAULT_TENANT_ID}
    assert servicetitan_simulator.faults.pending == 0


@pytest.mark.servicetitan(tenants=frozenset({7}))
def test_server_names_the_lowest_tenant(servicetitan_server):
    assert os.environ["SERVICETITAN_TENANT_ID"] == "7"
    assert os.environ["SERVICETITAN_API_URL"] == servicetitan_server.api_url
    assert servicetitan_server.api_url.startswith("http://127.0.0.1:")


def test_the_environment_is_restored_after_the_server_test():
    assert "SERVICETITAN_API_URL" not in os.environ


@pytest.mark.servicetitan("positional")
def test_a_positional_marker_argument_is_refused(servicetitan_simulator):
    pass
"""
    result = run_suite(tmp_path, source)

    assert "4 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "takes SimulatorConfig fields by name" in result.stdout, result.stdout


@pytest.mark.slow
def test_a_fault_left_unfired_or_a_misspelt_marker_field_fails_the_test(tmp_path: Path) -> None:
    source = """
import anyio
import httpx2
import pytest


def test_unfired(servicetitan_simulator):
    servicetitan_simulator.faults.fail_next(1, path="/customerz")
    servicetitan_simulator.faults.drop_next(2, path="/export/", method="get", tenant=1000)


def test_fired(servicetitan_simulator):
    simulator = servicetitan_simulator
    simulator.faults.fail_next(1, status=502, path="/customers")

    async def call():
        async with httpx2.AsyncClient(
            transport=simulator.transport(), base_url=simulator.urls().base_url
        ) as http:
            return await http.get("/crm/v2/tenant/1000/customers/5/notes")

    assert anyio.run(call).status_code == 502


@pytest.mark.servicetitan(assert_all_faults_fired=False)
def test_opted_out(servicetitan_simulator):
    servicetitan_simulator.faults.fail_next(1, path="/customerz")


def test_failing_itself(servicetitan_simulator):
    servicetitan_simulator.faults.fail_next(1, path="/customerz")
    assert False, "the test's own failure"


@pytest.mark.servicetitan(customer=5)
def test_misspelt(servicetitan_simulator):
    pass
"""
    result = run_suite(tmp_path, source, "-rEf")
    output = result.stdout + result.stderr

    # test_unfired passes its call and errors at teardown.
    assert "1 failed, 3 passed, 2 errors" in result.stdout, output
    assert "ERROR at teardown of test_unfired" in result.stdout, output
    assert "fail_next(..., status=503, path='/customerz'): 1 left" in result.stdout, output
    assert "drop_next(..., path='/export/', method='GET', tenant=1000): 2 left" in result.stdout, (
        output
    )
    assert "assert_all_faults_fired=False" in result.stdout, output
    assert "ERROR at setup of test_misspelt" in result.stdout, output
    assert "unknown field(s) 'customer' (did you mean 'customers'?)" in result.stdout, output
    assert "valid fields: tenants, apps," in result.stdout, output
    assert "ERROR at teardown of test_failing_itself" not in result.stdout, output


# The plugin is active in this suite too: its fixtures under pytest-asyncio.
@pytest.mark.servicetitan(customers=3)
async def test_the_client_fixture_reaches_the_simulator_in_process(
    servicetitan_client: ServiceTitanClient, servicetitan_simulator: Simulator
) -> None:
    page = await customers_get_list.asyncio(client=servicetitan_client, active=ActiveRequestArg.ANY)

    assert len(page.data) == 3
    assert servicetitan_simulator.stats.operations["Customers_GetList"] == 1


@pytest.mark.servicetitan(customers=2)
async def test_the_server_fixture_serves_a_client_built_from_the_environment(
    servicetitan_server: SimulatorUrls, servicetitan_simulator: Simulator
) -> None:
    async with ServiceTitanClient() as st:
        page = await customers_get_list.asyncio(client=st, active=ActiveRequestArg.ANY)
        assert str(st.base_url).startswith(servicetitan_server.api_url)

    assert len(page.data) == 2
    assert servicetitan_simulator.stats.token_requests == 1
