"""The test fixture's PostgreSQL server starts as the `postgres` user from any PATH."""

from __future__ import annotations

import os
import subprocess

import pytest

from .postgres_server import _as_server_user


def test_runuser_is_found_where_it_lives_when_not_on_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    command = _as_server_user(["/usr/bin/id", "-un"])
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)

    expected = "postgres" if os.geteuid() == 0 else subprocess.getoutput("/usr/bin/id -un")
    assert result.stdout.strip() == expected
