"""Bad configuration is refused with exit 2 before anything is created or connected to: one line
per problem, and never a password."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from servicetitan_crm import ConfigurationError
from servicetitan_crm._sync._database import database_target, redact

from .harness import SCRIPT, SYNC_TIMEOUT_SECONDS

EXIT_USAGE = 2
# A complete, valid set of credentials (nothing is ever sent with them here).
CREDENTIALS = {
    "SERVICETITAN_CLIENT_ID": "cid.configuration-test",
    "SERVICETITAN_CLIENT_SECRET": "cs1.configuration-test",
    "SERVICETITAN_APP_KEY": "ak1.configuration-test",
}


def _servicetitan_crm(
    *arguments: str, cwd: Path, variables: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SERVICETITAN_")}
    return subprocess.run(
        [str(SCRIPT), *arguments],
        cwd=cwd,
        env={**base, **variables},
        capture_output=True,
        text=True,
        timeout=SYNC_TIMEOUT_SECONDS,
    )


def _errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("mysql://u:pw-mysql-1@h/x", "pw-mysql-1"),
        ("mssql+pyodbc://sa:Very$ecret@db.internal:1433/warehouse", "Very$ecret"),
        ("oracle://scott:tiger-77@host/orcl", "tiger-77"),
        ("redis://:only-a-password@cache:6379/0", "only-a-password"),
    ],
)
def test_an_unknown_database_scheme_is_refused_without_its_password(
    tmp_path: Path, url: str, secret: str
) -> None:
    for command in (["sync", "--tenant", "5"], ["status"]):
        result = _servicetitan_crm(*command, "--db", url, cwd=tmp_path, variables=CREDENTIALS)

        assert result.returncode == EXIT_USAGE, result.stderr
        assert f"--db scheme {url.split('://')[0] + '://'!r} is not supported" in result.stderr
        assert secret not in result.stderr + result.stdout
        assert list(tmp_path.iterdir()) == [], "a file was created for a refused URL"


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("postgresql+psycopg://sync:PASSWORD@host/db", "postgresql://sync:PASSWORD@host/db"),
        ("postgres://sync@host:6543/db", "postgresql://sync@host:6543/db"),
        ("POSTGRESQL://sync@host/db", "postgresql://sync@host/db"),
    ],
)
def test_the_postgresql_spellings_are_one_url(url: str, location: str) -> None:
    target = database_target(url)
    assert (target.kind, target.location) == ("postgresql", location)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("sqlite:///relative/crm.sqlite", "relative/crm.sqlite"),
        ("sqlite:////var/lib/crm.sqlite", "/var/lib/crm.sqlite"),
        ("warehouse.sqlite", "warehouse.sqlite"),
        ("./odd:name@file.sqlite", "./odd:name@file.sqlite"),
    ],
)
def test_sqlite_paths_and_urls(text: str, path: str) -> None:
    target = database_target(text)
    assert (target.kind, target.location) == ("sqlite", path)


@pytest.mark.parametrize("text", ["", "  ", "sqlite://", "sqlite:///"])
def test_a_database_naming_no_file_is_a_configuration_error(text: str) -> None:
    with pytest.raises(ConfigurationError, match="--db"):
        database_target(text)


def test_a_password_in_a_postgresql_connection_error_is_hidden(tmp_path: Path) -> None:
    # Nothing listens on port 1: the connection fails, and its message names the database only.
    url = "postgresql+psycopg://sync:PASSWORD-9f2@127.0.0.1:1/warehouse"
    result = _servicetitan_crm(
        "sync", "--db", url, "--tenant", "5", cwd=tmp_path, variables=CREDENTIALS
    )

    assert result.returncode == 1
    assert "cannot connect to PostgreSQL database 'warehouse' at 127.0.0.1:1" in result.stderr
    assert "PASSWORD-9f2" not in result.stderr
    assert redact("see postgresql://sync:PASSWORD-9f2@h/db") == "see postgresql://sync:***@h/db"


@pytest.mark.parametrize(
    ("arguments", "variables", "problem"),
    [
        (
            ["--tenant", "7", "--tenant", "8", "--tenant", "9"],
            {k: v for k, v in CREDENTIALS.items() if k != "SERVICETITAN_CLIENT_SECRET"},
            "SERVICETITAN_CLIENT_SECRET",
        ),
        (["--tenant", "0"], CREDENTIALS, "--tenant: a tenant id is a positive integer, not 0"),
        (["--tenant", "-12"], CREDENTIALS, "a tenant id is a positive integer, not -12"),
        (
            ["--tenant", "7"],
            {**CREDENTIALS, "SERVICETITAN_API_URL": "not a url"},
            "api_url",
        ),
        (["--tenant", "7", "--poll-interval", "nan"], CREDENTIALS, "poll_interval"),
    ],
)
def test_a_configuration_problem_exits_2_before_any_database_exists(
    tmp_path: Path, arguments: list[str], variables: dict[str, str], problem: str
) -> None:
    database = tmp_path / "never.sqlite"
    result = _servicetitan_crm(
        "sync", "--db", str(database), *arguments, cwd=tmp_path, variables=variables
    )

    assert result.returncode == EXIT_USAGE, result.stderr
    errors = _errors(result)
    assert len(errors) == len(set(errors))
    assert any(problem in line for line in errors), errors
    assert not database.exists()
    assert list(tmp_path.iterdir()) == []


def test_every_distinct_problem_is_named_once(tmp_path: Path) -> None:
    config = tmp_path / "servicetitan-crm.toml"
    config.write_text(
        'db = "crm.sqlite"\n'
        "[[tenants]]\nid = 11\n"
        '[[tenants]]\nid = 12\nenvironment = "staging"\n'
        '[[tenants]]\nid = 13\nenvironment = "staging"\n',
        encoding="utf-8",
    )
    result = _servicetitan_crm(
        "sync", f"--config={config}", "--lease-retry=-1", cwd=tmp_path, variables=CREDENTIALS
    )

    assert result.returncode == EXIT_USAGE
    errors = _errors(result)
    assert errors[0] == "error: --lease-retry must be a finite number >= 0, got -1.0"
    assert [line.split(":")[1] for line in errors[1:]] == [" tenant 12", " tenant 13"]
    assert all("'staging'" in line for line in errors[1:])
    assert sorted(path.name for path in tmp_path.iterdir()) == ["servicetitan-crm.toml"]


def test_a_relative_database_path_in_a_config_file_is_relative_to_that_file(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    directory = tmp_path / "conf"
    directory.mkdir()
    config = directory / "servicetitan-crm.toml"
    config.write_text('db = "data/crm.sqlite"\n', encoding="utf-8")
    result = _servicetitan_crm("status", f"--config={config}", cwd=elsewhere, variables={})

    assert result.returncode == 1
    assert f"no SQLite database at {directory / 'data' / 'crm.sqlite'}" in result.stderr
