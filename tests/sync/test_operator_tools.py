"""What an operator runs besides `sync`: metrics during a run, `reset`, `--from`, `--version`,
`--log-level`, feed names either way, and a summary that tells two runs apart."""

from __future__ import annotations

import datetime
import json
import os
import signal
import socket
import subprocess
from pathlib import Path

import httpx2
from prometheus_client.parser import text_string_to_metric_families

from servicetitan_crm import __version__
from servicetitan_crm._sync._feeds import FEEDS, feed_named

from .harness import (
    ROOT,
    SCRIPT,
    SYNC_TIMEOUT_SECONDS,
    OutputLines,
    SimulatorEndpoint,
    database_contents,
    simulator_process,
    start_sync,
)
from .test_follow_and_status import _status
from .typed_tables import assert_tables_match_records, compare_tables

TENANT = 1000
POLL_INTERVAL = 0.2
EXIT_USAGE = 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _samples(text: str) -> dict[str, float]:
    """Prometheus text as {'name{tenant="...",feed="...",status="..."}': value}."""
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = ",".join(
                f'{name}="{sample.labels[name]}"'
                for name in ("tenant", "feed", "status")
                if name in sample.labels
            )
            samples[f"{sample.name}{{{labels}}}"] = sample.value
    return samples


def _sync(endpoint: SimulatorEndpoint, database: str, *arguments: str) -> tuple[int, str, str]:
    process = start_sync(endpoint, database, *arguments)
    stdout, stderr = process.communicate(timeout=SYNC_TIMEOUT_SECONDS)
    return process.returncode, stdout, stderr


def test_metrics_are_served_per_tenant_and_feed_during_a_run(sqlite_database: str) -> None:
    port = _free_port()
    with simulator_process((TENANT,), customers=50, batch_size=20) as endpoint:
        follower = start_sync(
            endpoint,
            sqlite_database,
            "--json",
            "--follow",
            f"--poll-interval={POLL_INTERVAL}",
            f"--metrics-port={port}",
        )
        output = OutputLines(follower)
        caught_up: set[str] = set()
        while len(caught_up) < len(FEEDS):
            event = json.loads(output.next(SYNC_TIMEOUT_SECONDS))
            if event["event"] == "caught-up":
                caught_up.add(event["feed"])
        scrape = httpx2.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
        held = database_contents(sqlite_database)
        follower.send_signal(signal.SIGTERM)
        output.rest(timeout=30)
        follower.wait(timeout=30)

    assert scrape.status_code == 200
    samples = _samples(scrape.text)
    labels = f'tenant="{TENANT}",feed="customers"'
    committed = samples[f"servicetitan_sync_records_committed_total{{{labels}}}"]
    assert committed >= len(held[(TENANT, "customers")])
    assert samples[f"servicetitan_sync_batches_committed_total{{{labels}}}"] >= 3
    assert samples[f"servicetitan_sync_lease_held{{{labels}}}"] == 1
    assert samples[f"servicetitan_sync_seconds_since_caught_up{{{labels}}}"] == 0
    assert samples[f"servicetitan_sync_lag_seconds{{{labels}}}"] > 0
    assert samples[f"servicetitan_sync_last_commit_timestamp_seconds{{{labels}}}"] > 0
    assert samples[f'servicetitan_sync_requests_total{{{labels},status="200"}}'] >= 3
    assert samples[f'servicetitan_sync_token_requests_total{{tenant="{TENANT}"}}'] >= 1
    assert f"servicetitan_sync_records_rejected_total{{{labels}}}" not in samples or (
        samples[f"servicetitan_sync_records_rejected_total{{{labels}}}"] == 0
    )


def test_the_summary_tells_a_first_run_a_rerun_and_a_backfill_apart(tmp_path: Path) -> None:
    database = str(tmp_path / "crm.sqlite")
    with simulator_process((TENANT,), customers=30, batch_size=20) as endpoint:
        first = _sync(endpoint, database, "--json", "--feed=customers", "--feed=customer_contacts")
        second = _sync(endpoint, database, "--feed=customers", "--feed=customer-contacts")
        status = _status(database)

    assert first[0] == 0, first[2]
    summary = json.loads(first[1].splitlines()[-1])
    endings = {feed["feed"]: (feed["records"] > 0, feed["ending"]) for feed in summary["feeds"]}
    assert endings == {
        "customers": (True, "caught up (first sync)"),
        "customer-contacts": (True, "caught up (first sync)"),
    }
    assert datetime.datetime.fromisoformat(summary["time"]).tzinfo == datetime.UTC
    assert second[0] == 0, second[2]
    assert f"tenant {TENANT} customers: 0 records this run, nothing new" in second[2]
    assert set(status) == {"customers", "customer-contacts"}
    customers = status["customers"]
    assert customers["recordsCommitted"] == customers["rows"] == 30
    assert customers["lastCommit"].endswith("Z") and customers["secondsSinceCaughtUp"] == 0


def test_reset_forgets_the_token_and_the_rows_or_only_the_token(database: str) -> None:
    with simulator_process((TENANT,), customers=25, batch_size=10) as endpoint:
        assert _sync(endpoint, database, "--feed=customers", "--feed=leads")[0] == 0
        before = database_contents(database)
        synced = [feed_named("customers"), feed_named("leads")]
        child_rows = compare_tables(database, synced).child_rows
        kept = _reset(database, "--feed=leads", "--keep-rows")
        dropped = _reset(database, "--feed=customers")
        after_reset = database_contents(database)
        # The customers' child rows went with them: no orphan is left (the oracle checks).
        after_children = assert_tables_match_records(database, synced).child_rows
        rerun = _sync(endpoint, database, "--json", "--feed=customers", "--feed=leads")

    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.strip() == f"tenant {TENANT} leads: token forgotten, rows kept"
    assert dropped.stdout.strip() == f"tenant {TENANT} customers: token forgotten, 25 rows deleted"
    assert (TENANT, "customers") not in after_reset
    assert 0 <= after_children < child_rows
    assert after_reset[(TENANT, "leads")] == before[(TENANT, "leads")]
    feeds = {f["feed"]: f for f in json.loads(rerun[1].splitlines()[-1])["feeds"]}
    # Both start over: every record read again.
    assert feeds["customers"]["records"] == 25
    assert feeds["leads"]["records"] == len(before[(TENANT, "leads")])
    assert database_contents(database) == before


def _reset(database: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "reset", "--db", database, f"--tenant={TENANT}", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_reset_is_refused_while_a_worker_syncs_the_tenant(postgres_database: str) -> None:
    with simulator_process((TENANT,), customers=20, batch_size=10) as endpoint:
        follower = start_sync(endpoint, postgres_database, "--json", "--follow", "--worker=busy")
        output = OutputLines(follower)
        while json.loads(output.next(SYNC_TIMEOUT_SECONDS))["event"] != "caught-up":
            pass
        refused = _reset(postgres_database, "--feed=customers")
        follower.send_signal(signal.SIGTERM)
        output.rest(timeout=30)
        follower.wait(timeout=30)

    assert refused.returncode == 1
    assert f"tenant {TENANT} is being synced by another worker" in refused.stderr
    assert database_contents(postgres_database)[(TENANT, "customers")]


def test_from_a_date_starts_a_first_sync_at_the_records_modified_since(tmp_path: Path) -> None:
    database = str(tmp_path / "crm.sqlite")
    with simulator_process((TENANT,), customers=40, batch_size=50) as endpoint:
        everything = _sync(endpoint, str(tmp_path / "all.sqlite"), "--feed=customers")
        records = database_contents(str(tmp_path / "all.sqlite"))[(TENANT, "customers")]
        dates = sorted(record["modifiedOn"][:10] for record in records.values())
        since = dates[len(dates) // 2]
        code, _, stderr = _sync(endpoint, database, "--feed=customers", f"--from={since}")

    assert everything[0] == 0 and code == 0, stderr
    held = database_contents(database)[(TENANT, "customers")]
    expected = {i for i, record in records.items() if record["modifiedOn"][:10] >= since}
    assert set(held) == expected and 0 < len(held) < len(records)


def test_version_log_level_and_bad_feed_names(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SCRIPT), *arguments],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert run("--version").stdout.strip() == f"servicetitan-crm, version {__version__}"
    bad = run("sync", "--simulate", "--feed=jobs")
    assert bad.returncode == EXIT_USAGE
    choices = ", ".join(feed.name for feed in FEEDS)
    assert f"unknown feed 'jobs'; the feeds are {choices}" in bad.stderr
    logged = run("sync", "--simulate", "--tenant=1000", "--feed=LEADS", "--log-level=debug")
    assert logged.returncode == 0, logged.stderr
    lines = [line for line in logged.stderr.splitlines() if " DEBUG servicetitan_crm" in line]
    assert lines, logged.stderr[-2000:]
    stamp = lines[0].split(" ", 1)[0]
    assert stamp.endswith("Z")
    assert datetime.datetime.fromisoformat(stamp).tzinfo == datetime.UTC
