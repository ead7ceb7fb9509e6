"""Bad input ends with a message naming what was wrong and an exit status that says so."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .harness import (
    ROOT,
    SYNC_TIMEOUT_SECONDS,
    database_contents,
    oracle,
    simulator_process,
    sync_command,
)

EXIT_FAILED = 1
EXIT_USAGE = 2


def _run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = env or {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    return subprocess.run(
        [*arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
    )


def test_a_database_url_that_cannot_connect_fails_naming_the_database() -> None:
    # Port 1 on loopback: nothing listens there.
    url = "postgresql://sync:secret-password@127.0.0.1:1/warehouse"
    result = _run(*sync_command(url, "--simulate"))

    assert result.returncode == EXIT_FAILED
    assert "error: cannot connect to PostgreSQL database 'warehouse' at 127.0.0.1:1" in (
        result.stderr
    )
    assert "secret-password" not in result.stderr
    assert "Traceback" not in result.stderr


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """No process may write `path`: immutable when root (which ignores modes), else mode 0444."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)
    else:
        path.chmod(0o444)
        yield


def test_a_read_only_sqlite_file_fails_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "readonly.sqlite"
    sqlite3.connect(path).close()
    path.write_bytes(path.read_bytes())  # an empty, valid database file
    with _read_only(path):
        result = _run(*sync_command(str(path), "--simulate"))

    assert result.returncode == EXIT_FAILED
    assert f"error: cannot open SQLite database {path}" in result.stderr
    assert "readonly database" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_tenant_with_wrong_credentials_fails_alone(tmp_path: Path) -> None:
    database = str(tmp_path / "servicetitan.sqlite")
    config = tmp_path / "servicetitan-crm.toml"
    config.write_text(
        f'db = "{database}"\n'
        "[[tenants]]\nid = 1000\n"
        '[[tenants]]\nid = 1001\nclient_secret = "cs1.wrong-secret"\n'
        "[[tenants]]\nid = 1002\n",
        encoding="utf-8",
    )
    with simulator_process((1000, 1001, 1002), customers=100, batch_size=50) as endpoint:
        result = _run(
            str(ROOT / ".venv" / "bin" / "servicetitan-crm"),
            "sync",
            f"--config={config}",
            env=endpoint.environment(),
        )
        expected = oracle(endpoint)

    assert result.returncode == EXIT_FAILED
    failures = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(failures) == 6
    assert all(line.startswith("error: tenant 1001 ") for line in failures)
    assert all("AuthenticationError" in line for line in failures)
    assert "cs1.wrong-secret" not in result.stderr
    held = database_contents(database)
    assert {tenant for tenant, _ in held} == {1000, 1002}
    for key, records in held.items():
        assert records == expected[key]


def test_a_config_file_with_a_mistake_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "servicetitan-crm.toml"
    config.write_text('[[tenants]]\nid = 1000\nclient_secrett = "typo"\n', encoding="utf-8")
    result = _run(*sync_command(str(tmp_path / "x.sqlite"), f"--config={config}"))

    assert result.returncode == EXIT_USAGE
    assert "tenant entry 1: unknown keys ['client_secrett']" in result.stderr


def test_no_tenant_at_all_is_a_usage_error_naming_the_ways_to_give_one(tmp_path: Path) -> None:
    result = _run(*sync_command(str(tmp_path / "x.sqlite")))

    assert result.returncode == EXIT_USAGE
    assert "no tenant to sync: pass --tenant" in result.stderr
    assert "SERVICETITAN_TENANT_ID" in result.stderr
