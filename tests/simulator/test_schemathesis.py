"""Conformance by an outside tester: schemathesis runs the document against the simulator.

Every operation of `openapi/openapi.yaml`, positive and negative data, with the checks that a
response matches its schema, status code and content type, that valid requests are accepted
and invalid ones rejected, and that undeclared methods answer 405. A fixed seed and a bounded
number of examples per operation keep the run reproducible and short. The simulator is served
on loopback by the plugin's `servicetitan_server` fixture; each decision behind a green run is
in the "Conformance" section of openapi/DECISIONS.md.

What the document cannot tell a fuzzer comes from `conformance_facts` through
`schemathesis_hooks`: ids of records that exist (so by-id operations reach their success paths)
and the filters an operation requires. `CONFORMANCE_SEED` runs another seed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

from servicetitan_crm.generated.document import DOCUMENT as MODEL
from servicetitan_crm_simulator import SimulatorUrls

from .conformance_facts import facts

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "openapi.yaml"
SETTINGS = Path(__file__).with_name("schemathesis.toml")
HOOKS = Path(__file__).with_name("schemathesis_hooks.py")
# Pinned only while the document gives its grammar in prose (no enum or pattern).
SORT_PIN = '"query.sort" = "+Id"\n'
CHECKS = [
    "response_schema_conformance",
    "status_code_conformance",
    "content_type_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "unsupported_method",
]
SEED = int(os.environ.get("CONFORMANCE_SEED", "1"))
EXAMPLES_PER_OPERATION = 5
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
    tenant_url = f"{servicetitan_server.api_url}/tenant/{os.environ['SERVICETITAN_TENANT_ID']}"
    headers = {
        "Authorization": f"Bearer {token}",
        "ST-App-Key": os.environ["SERVICETITAN_APP_KEY"],
    }
    with httpx2.Client(base_url=tenant_url + "/", headers=headers) as http:
        found = facts(MODEL, http)
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(found))
    settings = tmp_path / "schemathesis.toml"
    settings.write_text(effective_settings())
    report = tmp_path / "report.json"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(settings),
        "run",
        str(DOCUMENT),
        "--url",
        tenant_url,
        "--header",
        f"Authorization: {headers['Authorization']}",
        "--header",
        f"ST-App-Key: {headers['ST-App-Key']}",
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
    environment = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": str(HOOKS),
        "CONFORMANCE_FACTS": str(facts_file),
    }
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_SECONDS,
    )

    output = result.stdout + result.stderr
    summary = json.loads(report.read_text())
    # Most by-id operations are given real ids (those whose ids no list reveals are not).
    assert len(found["ids"]) > len([op for op in MODEL.operations if op.path_parameters]) * 0.8
    assert summary["operations"]["selected"] == len(MODEL.operations), output
    assert summary["failures"] == [], output
    assert summary["errors"] == [], output
    assert summary["test_cases"]["generated"] > len(MODEL.operations), output
    assert result.returncode == 0, output


def effective_settings() -> str:
    """schemathesis.toml, with `sort` pinned while no operation's document types it."""
    base = SETTINGS.read_text()
    typed = [
        parameter
        for operation in MODEL.operations
        for parameter in operation.query_parameters
        if parameter.name == "sort"
        and (parameter.type.kind == "enum" or parameter.type.values or parameter.type.pattern)
    ]
    return base if typed else base + SORT_PIN
