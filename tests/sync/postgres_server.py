"""A throwaway PostgreSQL server for the tests, from the server binaries installed on the machine.

`initdb` into a temporary directory, `postgres` listening on 127.0.0.1 at a free port with its
unix socket in that directory, stopped at the end. PostgreSQL refuses to run as root, so as root
(CI, the developers' machines) the directory belongs to the `postgres` user and the binaries run
through `runuser -u postgres --`. Missing binaries fail the tests with a message that says what
to install; nothing is skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

# Where Debian's postgresql package puts the server binaries when they are not on PATH.
SERVER_BIN_GLOB = "/usr/lib/postgresql/*/bin"
SERVER_USER = "postgres"
STARTUP_TIMEOUT_SECONDS = 30.0
SHUTDOWN_TIMEOUT_SECONDS = 15.0


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found is not None:
        return found
    for directory in sorted(glob.glob(SERVER_BIN_GLOB), reverse=True):
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    raise RuntimeError(
        f"the PostgreSQL tests need the server binary {name!r} (initdb, postgres): install the "
        "machine's PostgreSQL server package, e.g. `apt-get install postgresql`"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


@contextmanager
def postgres_server(directory: Path) -> Iterator[str]:
    """Run a fresh cluster in `directory`; yields the URL of its `postgres` database."""
    initdb, postgres = _binary("initdb"), _binary("postgres")
    data = directory / "data"
    directory.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam(SERVER_USER)
        os.chown(directory, user.pw_uid, user.pw_gid)
    created = subprocess.run(
        _as_server_user(
            [initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if created.returncode != 0:
        raise RuntimeError(f"initdb failed: {created.stdout}{created.stderr}")
    port = _free_port()
    log = (directory / "server.log").open("wb")
    server = subprocess.Popen(
        _as_server_user(
            [
                postgres,
                "-D",
                str(data),
                "-p",
                str(port),
                "-k",
                str(directory),
                "-c",
                "listen_addresses=127.0.0.1",
                # A test cluster: crash safety of the server itself is not under test.
                "-c",
                "fsync=off",
                "-c",
                "max_connections=200",
            ]
        ),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while True:
            try:
                psycopg.connect(url, connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "PostgreSQL did not start: " + (directory / "server.log").read_text()
                    ) from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS)
        log.close()


def fresh_database(url: str, name: str) -> str:
    """Create database `name` on the server at `url`; its URL."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"
