"""The README's main job, `servicetitan-crm sync --simulate`, syncs the simulator's tenants into
SQLite and prints the rows per table; the database then equals the simulator's data."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from servicetitan_crm._constants import SIMULATED_TENANTS
from servicetitan_crm._sync._feeds import FEEDS
from servicetitan_crm._sync._simulate import simulated_config
from servicetitan_crm_simulator import Simulator

from .harness import ROOT, SCRIPT, SYNC_TIMEOUT_SECONDS, database_contents

COMMAND = "servicetitan-crm sync --simulate"
# The simulator's feed names for the sync's tables.
SIMULATOR_FEEDS = {
    "customers": "customers",
    "locations": "locations",
    "customer_contacts": "customers-contacts",
    "location_contacts": "locations-contacts",
    "leads": "leads",
    "bookings": "bookings",
}


def test_the_readme_quick_start_runs_the_sync_against_the_simulator() -> None:
    quick_start = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f".venv/bin/{COMMAND}\n" in quick_start


def _items(record: Any, path: tuple[str, ...]) -> list[Any]:
    for key in path:
        record = record.get(key) if isinstance(record, dict) else None
    return record if isinstance(record, list) else []


def test_the_main_job_syncs_every_simulated_tenant_and_prints_the_table_counts(
    tmp_path: Path,
) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    result = subprocess.run(
        [str(SCRIPT), *COMMAND.split()[1:]],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
    )

    assert result.returncode == 0, result.stderr
    simulator = Simulator(simulated_config(SIMULATED_TENANTS))
    expected = {
        (tenant, table): simulator.feed_contents(tenant)[feed]
        for tenant in SIMULATED_TENANTS
        for table, feed in SIMULATOR_FEEDS.items()
    }
    counts = {
        table: sum(len(expected[(tenant, table)]) for tenant in SIMULATED_TENANTS)
        for table in SIMULATOR_FEEDS
    }
    for feed in FEEDS:
        for child in feed.layout.children:
            counts[child.name] = sum(
                len(_items(record, child.path))
                for tenant in SIMULATED_TENANTS
                for record in expected[(tenant, feed.table)].values()
            )
    printed = [line.split() for line in result.stdout.splitlines()]
    # Each feed's table, then its child tables (one row per array item).
    assert printed == [
        [table, f"{counts[table]:,}"]
        for feed in FEEDS
        for table in (feed.table, *(child.name for child in feed.layout.children))
    ]
    assert database_contents(str(tmp_path / "servicetitan.sqlite")) == expected
