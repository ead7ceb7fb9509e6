"""Conformance by an outside tester: schemathesis runs the document against the simulator.

Every operation of `openapi/openapi.yaml`, positive and negative data, with the checks that a
response matches its schema, status code and content type, that valid requests are accepted
and invalid ones rejected, and that undeclared methods answer 405. A fixed seed and a bounded
number of examples per operation keep the run reproducible and short. The simulator is served
on loopback by the plugin's `servicetitan_server` fixture; each decision behind a green run is
in the "Conformance" section of openapi/DECISIONS.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

from servicetitan_crm.generated import document as facts
from servicetitan_crm_simulator import SimulatorUrls

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "openapi.yaml"
SETTINGS = Path(__file__).with_name("schemathesis.toml")
CHECKS = [
    "response_schema_conformance",
    "status_code_conformance",
    "content_type_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "unsupported_method",
]
SEED = 1
EXAMPLES_PER_OPERATION = 5
OPERATIONS = len(facts.DOCUMENT.operations)
RUN_TIMEOUT_SECONDS = 300


def bearer_token(urls: SimulatorUrls, client_id: str, client_secret: str) -> str:
    form = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    response = httpx2.post(urls.auth_url, data=form)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


@pytest.mark.slow
@pytest.mark.servicetitan(token_lifetime_seconds=3600)
def test_schemathesis_finds_no_failure(servicetitan_server: SimulatorUrls, tmp_path: Path) -> None:
    token = bearer_token(
        servicetitan_server,
        os.environ["SERVICETITAN_CLIENT_ID"],
        os.environ["SERVICETITAN_CLIENT_SECRET"],
    )
    report = tmp_path / "report.json"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(SETTINGS),
        "run",
        str(DOCUMENT),
        "--url",
        f"{servicetitan_server.api_url}/tenant/{os.environ['SERVICETITAN_TENANT_ID']}",
        "--header",
        f"Authorization: Bearer {token}",
        "--header",
        f"ST-App-Key: {os.environ['SERVICETITAN_APP_KEY']}",
        "--checks",
        ",".join(CHECKS),
        "--mode",
        "all",
        "--phases",
        "examples,coverage,fuzzing",
        "--seed",
        str(SEED),
        "--max-examples",
        str(EXAMPLES_PER_OPERATION),
        "--workers",
        "1",
        "--no-color",
        "--output-sanitize",
        "false",
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS
    )

    output = result.stdout + result.stderr
    summary = json.loads(report.read_text())
    assert summary["operations"]["selected"] == OPERATIONS, output
    assert summary["failures"] == [], output
    assert summary["errors"] == [], output
    assert summary["test_cases"]["generated"] > OPERATIONS, output
    assert result.returncode == 0, output
