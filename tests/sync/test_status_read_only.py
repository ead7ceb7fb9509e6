"""`status` only reads: a monitoring role with SELECT rights, or a read-only file, is enough."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import psycopg

from servicetitan_crm._sync._feeds import FEEDS

from .harness import (
    ROOT,
    SCRIPT,
    SYNC_TIMEOUT_SECONDS,
    database_contents,
    simulator_process,
    start_sync,
)
from .test_bad_input import _read_only

TENANT = 1000
MONITOR_ROLE = "sync_monitor"


def _synced(database: str) -> dict[str, int]:
    """Sync every feed into `database`; the rows per feed it then holds."""
    with simulator_process((TENANT,), customers=20, batch_size=50) as endpoint:
        sync = start_sync(endpoint, database)
        _, stderr = sync.communicate(timeout=SYNC_TIMEOUT_SECONDS)
        assert sync.returncode == 0, stderr
    held = database_contents(database)
    return {feed.name: len(held[(TENANT, feed.table)]) for feed in FEEDS}


def _status(database: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "status", "--db", database, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _feeds(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    assert result.returncode == 0, result.stderr
    return {state["feed"]: state["rows"] for state in map(json.loads, result.stdout.splitlines())}


def test_status_works_for_a_role_that_may_only_select(postgres_database: str) -> None:
    rows = _synced(postgres_database)
    with psycopg.connect(postgres_database, autocommit=True) as connection:
        connection.execute(f"DROP ROLE IF EXISTS {MONITOR_ROLE}")
        connection.execute(f"CREATE ROLE {MONITOR_ROLE} LOGIN")
        connection.execute(f"GRANT USAGE ON SCHEMA servicetitan TO {MONITOR_ROLE}")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA servicetitan TO {MONITOR_ROLE}")
        connection.execute(f"REVOKE CREATE ON SCHEMA public FROM {MONITOR_ROLE}")
    monitor = postgres_database.replace("postgresql://postgres@", f"postgresql://{MONITOR_ROLE}@")

    assert _feeds(_status(monitor)) == rows


def test_status_on_a_database_without_tables_shows_nothing_and_creates_nothing(
    postgres_database: str,
) -> None:
    assert _feeds(_status(postgres_database)) == {}
    with psycopg.connect(postgres_database) as connection:
        schemas = connection.execute(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'servicetitan'"
        ).fetchone()
    assert schemas == (0,)


def test_status_works_on_a_read_only_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "servicetitan.sqlite"
    rows = _synced(str(path))
    before = path.read_bytes()
    with _read_only(path):
        result = _status(str(path))

    assert _feeds(result) == rows
    assert path.read_bytes() == before


def test_status_on_a_sqlite_file_without_tables_creates_none(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()

    assert _feeds(_status(str(path))) == {}
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
