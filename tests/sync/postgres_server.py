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
import signal
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
# Where `runuser` (util-linux) lives; root's PATH has them, a plain `sudo -E`'s may not.
SYSTEM_BIN_DIRECTORIES = ("/usr/sbin", "/sbin", "/usr/bin", "/bin")
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


def _runuser() -> str:
    """`runuser`, found on PATH or in the system directories it lives in."""
    found = shutil.which("runuser") or shutil.which(
        "runuser", path=os.pathsep.join(SYSTEM_BIN_DIRECTORIES)
    )
    if found is None:
        raise RuntimeError(
            "the PostgreSQL tests run as root need `runuser` (util-linux) to start the server as "
            f"the {SERVER_USER!r} user: install util-linux, or run the tests as another user"
        )
    return found


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return [_runuser(), "-u", SERVER_USER, "--", *command]


class PostgresServer:
    """A cluster in a directory, running `postgres` on a fixed port until stopped."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._data = directory / "data"
        self._port = _free_port()
        self._process: subprocess.Popen[bytes] | None = None
        self.url = f"postgresql://postgres@127.0.0.1:{self._port}/postgres"

    def initialize(self) -> None:
        initdb = _binary("initdb")
        self._directory.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self._directory, user.pw_uid, user.pw_gid)
        arguments = ["-D", str(self._data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
        created = subprocess.run(
            _as_server_user([initdb, *arguments, "--no-sync"]),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if created.returncode != 0:
            raise RuntimeError(f"initdb failed: {created.stdout}{created.stderr}")

    def start(self) -> None:
        """Start the server and wait until it takes connections."""
        log = (self._directory / "server.log").open("ab")
        self._process = subprocess.Popen(
            _as_server_user(
                [
                    _binary("postgres"),
                    "-D",
                    str(self._data),
                    "-p",
                    str(self._port),
                    "-k",
                    str(self._directory),
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
        log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while True:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "PostgreSQL did not start: " + (self._directory / "server.log").read_text()
                    ) from None
                time.sleep(0.1)

    def stop(self) -> None:
        """Fast shutdown: every session is ended, as when an operator restarts the server.

        The signal goes to the postmaster itself (its pid is in `postmaster.pid`): `runuser`
        does not pass it on.
        """
        process, self._process = self._process, None
        if process is None:
            return
        pid_file = self._data / "postmaster.pid"
        if process.poll() is None and pid_file.exists():
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS)

    def restart(self, down_seconds: float = 0.0) -> None:
        """Stop, stay down `down_seconds`, start again on the same port with the same data."""
        self.stop()
        time.sleep(down_seconds)
        self.start()


@contextmanager
def postgres_server(directory: Path) -> Iterator[PostgresServer]:
    """Run a fresh cluster in `directory` until the block ends."""
    server = PostgresServer(directory)
    server.initialize()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def fresh_database(url: str, name: str) -> str:
    """Create database `name` on the server at `url`; its URL."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"
