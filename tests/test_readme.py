"""Every Python example in the README runs, against the simulator served on loopback.

Each ```python block is a complete snippet: it is run as the body of a coroutine with the
`SERVICETITAN_*` variables pointing at the simulator, so `ServiceTitanClient()` finds everything
in the environment exactly as a user's program would. The one name the README leaves to the
reader, `upsert`, is supplied here.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from servicetitan_crm_simulator import Simulator, SimulatorConfig, serve

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.S | re.M)


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block-{n}" for n in range(1, len(BLOCKS) + 1)])
async def test_a_readme_example_runs(
    block: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    simulator = Simulator(SimulatorConfig(customers=30, leads=5, bookings=5, contacts=5))
    tenant = min(simulator.config.tenants)
    app = simulator.app_for(tenant)
    monkeypatch.chdir(tmp_path)  # checkpoint files land here
    upserted: list[Any] = []

    async def upsert(record: Any) -> None:
        upserted.append(record)

    source = "async def example():\n" + textwrap.indent(block, "    ")
    namespace: dict[str, Any] = {"upsert": upsert}
    exec(compile(source, "README.md", "exec"), namespace)
    async with serve(simulator) as urls:
        for name, value in {
            "SERVICETITAN_CLIENT_ID": app.client_id,
            "SERVICETITAN_CLIENT_SECRET": app.client_secret,
            "SERVICETITAN_APP_KEY": app.app_key,
            "SERVICETITAN_TENANT_ID": str(tenant),
            "SERVICETITAN_API_URL": urls.api_url,
            "SERVICETITAN_AUTH_URL": urls.auth_url,
        }.items():
            monkeypatch.setenv(name, value)
        await namespace["example"]()
    if "upsert(" in block:
        assert upserted
