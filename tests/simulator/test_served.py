"""The simulator on a real loopback port: `serve()` in this loop, and its own process."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys

import anyio
import httpx2
import pytest

from servicetitan_crm_simulator import (
    DEFAULT_APP_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_TENANT_ID,
    Simulator,
    SimulatorConfig,
    serve,
)

TOKEN_FORM = {
    "grant_type": "client_credentials",
    "client_id": DEFAULT_CLIENT_ID,
    "client_secret": DEFAULT_CLIENT_SECRET,
}


async def test_serve_answers_on_a_loopback_port() -> None:
    simulator = Simulator(SimulatorConfig(customers=5))

    async with serve(simulator) as urls, httpx2.AsyncClient() as http:
        token = (await http.post(urls.auth_url, data=TOKEN_FORM)).json()["access_token"]
        response = await http.get(
            f"{urls.api_url}/tenant/{DEFAULT_TENANT_ID}/customers",
            headers={"Authorization": f"Bearer {token}", "ST-App-Key": DEFAULT_APP_KEY},
        )

    assert urls.api_url.startswith("http://127.0.0.1:")
    assert urls.auth_url == urls.base_url + "/connect/token"
    assert response.status_code == 200
    assert len(response.json()["data"]) == 5
    assert simulator.stats.token_requests == 1


async def test_a_dropped_connection_on_a_port_is_a_transport_error() -> None:
    simulator = Simulator()
    simulator.faults.drop_next(1, path="/connect/token")

    async with serve(simulator) as urls, httpx2.AsyncClient() as http:
        with pytest.raises(httpx2.TransportError):
            await http.post(urls.auth_url, data=TOKEN_FORM)
        after = await http.post(urls.auth_url, data=TOKEN_FORM)

    assert after.status_code == 200


async def test_serve_binds_only_loopback_addresses() -> None:
    with pytest.raises(ValueError, match="loopback"):
        async with serve(Simulator(), host="0.0.0.0"):
            pass


async def test_the_module_runs_a_simulator_process_and_reports_its_urls() -> None:
    command = [
        sys.executable,
        "-m",
        "servicetitan_crm_simulator",
        "--port",
        "0",
        "--customers",
        "3",
    ]
    command += ["--tenant", "2001", "--tenant", "2002"]
    async with await anyio.open_process(command) as process:
        assert process.stdout is not None
        try:
            with anyio.fail_after(30):
                line = b""
                async for chunk in process.stdout:
                    line += chunk
                    if b"\n" in line:
                        break
            ready = json.loads(line.split(b"\n")[0])
            async with httpx2.AsyncClient() as http:
                token = (await http.post(ready["auth_url"], data=TOKEN_FORM)).json()["access_token"]
                names = []
                for tenant in ready["tenants"]:
                    customers = await http.get(
                        f"{ready['api_url']}/tenant/{tenant}/customers",
                        params={"active": "Any"},
                        headers={
                            "Authorization": f"Bearer {token}",
                            "ST-App-Key": ready["app_key"],
                        },
                    )
                    names.append([customer["name"] for customer in customers.json()["data"]])
                stats = (await http.get(ready["base_url"] + "/_simulator/stats")).json()
        finally:
            process.send_signal(signal.SIGTERM)
            with anyio.fail_after(30):
                await process.wait()

    assert ready["api_url"].startswith("http://127.0.0.1:")
    assert (ready["tenant"], ready["tenants"]) == (2001, [2001, 2002])
    assert [len(tenant_names) for tenant_names in names] == [3, 3]
    assert names[0] != names[1], "each tenant is seeded differently"
    assert stats["tokenRequests"] == 1
    assert stats["operations"] == {"Customers_GetList": 2}
    assert process.returncode == 0


def test_help_describes_every_option() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "servicetitan_crm_simulator", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    usage, _, body = result.stdout.partition("\n\n")
    options = re.findall(r"\[(--[\w-]+)", usage)
    # Each option's entry: its flag, then its description up to the next entry or group.
    entries = dict(re.findall(r"^  (--[\w-]+)[^\n]*?(?:  +|\n +)(\S[^\n]*)", body, re.M))

    assert len(options) > 20
    undescribed = [option for option in options if len(entries.get(option, "")) < 10]
    assert undescribed == []
