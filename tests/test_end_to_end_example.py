"""The README's main job runs end to end against the embedded simulator and says what it did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_main_job_runs_against_the_simulator_without_credentials() -> None:
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("SERVICETITAN_")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "end_to_end.py")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("against the embedded simulator (tenant 1000, in-process)")
    assert "created customer" in lines[1]
    assert "with 1 location(s) and 2 contacts" in lines[1]
    assert lines[2].startswith("created booking") and "through booking provider" in lines[2]
    assert lines[3] == "paged through 1201 of 1201 customers in 7 pages of 200"
    assert lines[4].startswith("export: read 500 customer records in 2 batch(es); stopped;")
    assert "1201 distinct, caught up; the new customer is in the feed" in lines[5]
    assert lines[-1] == "done"
    assert result.stderr == ""


@pytest.mark.slow
def test_main_job_uses_the_server_named_by_the_environment() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "servicetitan_crm_simulator", "--port", "0", "--customers", "300"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")},
            "SERVICETITAN_CLIENT_ID": urls["client_id"],
            "SERVICETITAN_CLIENT_SECRET": urls["client_secret"],
            "SERVICETITAN_APP_KEY": urls["app_key"],
            "SERVICETITAN_TENANT_ID": str(urls["tenant"]),
            "SERVICETITAN_API_URL": urls["api_url"],
            "SERVICETITAN_AUTH_URL": urls["auth_url"],
        }
        result = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "end_to_end.py")],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"servicetitan-crm end-to-end job against tenant {urls['tenant']} at "
        f"{urls['api_url']}/tenant/{urls['tenant']}"
    )
    assert lines[3] == "paged through 301 of 301 customers in 2 pages of 200"
    assert "the feed is caught up" in lines[4]
    assert lines[-1] == "done"
