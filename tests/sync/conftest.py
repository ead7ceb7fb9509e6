"""Fixtures: a PostgreSQL server for the session, and a fresh database of each kind per test."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .postgres_server import PostgresServer, fresh_database, postgres_server

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server; a test may restart it (it is up again afterwards)."""
    # Not under pytest's temporary root: that is private to root, and the server runs as the
    # postgres user when the tests run as root.
    directory = Path(tempfile.mkdtemp(prefix="servicetitan-crm-postgres-"))
    try:
        with postgres_server(directory) as server:
            yield server
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_cluster: PostgresServer) -> str:
    return postgres_cluster.url


@pytest.fixture
def postgres_database(postgres_url: str) -> str:
    return fresh_database(postgres_url, f"sync_test_{next(_database_numbers)}")


@pytest.fixture
def sqlite_database(tmp_path: Path) -> str:
    return str(tmp_path / "servicetitan.sqlite")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str:
    """A fresh database: a SQLite file, then a PostgreSQL database (each test runs on both)."""
    name = "sqlite_database" if request.param == "sqlite" else "postgres_database"
    database: str = request.getfixturevalue(name)
    return database
