"""The simulator in a child process: start it, connect clients to it, read its counters, stop it."""

from __future__ import annotations

import dataclasses
import json
import os
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx2

from servicetitan_crm import NOT_GIVEN, NotGiven, RateLimiter, ServiceTitanClient
from servicetitan_crm._config import DEFAULT_LIMITS

# Bounds on waiting for the simulator: its ready line, and its exit after SIGTERM.
STARTUP_TIMEOUT_SECONDS = 30.0
SHUTDOWN_TIMEOUT_SECONDS = 10.0
STATS_PATH = "/_simulator/stats"


@dataclasses.dataclass(frozen=True)
class SimulatorEndpoint:
    """Where a running simulator listens and the credentials it accepts (its ready line)."""

    base_url: str
    api_url: str
    auth_url: str
    tenant: int
    client_id: str
    client_secret: str
    app_key: str
    # The simulator's process id, to read its CPU time.
    pid: int

    def client_arguments(self) -> dict[str, Any]:
        """Keyword arguments for `ServiceTitanClient` (also used by child processes)."""
        return {
            "tenant": self.tenant,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "app_key": self.app_key,
            "api_url": self.api_url,
            "auth_url": self.auth_url,
        }

    def client(
        self, *, rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN
    ) -> ServiceTitanClient:
        """A fresh client; `rate_limiter` as in `ServiceTitanClient` (not given = default 60/s)."""
        return ServiceTitanClient(**self.client_arguments(), rate_limiter=rate_limiter)

    async def raw_token(self) -> str:
        """An access token fetched without the SDK, as a raw-httpx user would."""
        async with httpx2.AsyncClient() as http:
            response = await http.post(
                self.auth_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.client_id,
                    "client_secret": self.client_secret,
                },
            )
            response.raise_for_status()
            token = response.json()["access_token"]
        if not isinstance(token, str):
            raise RuntimeError(f"the token endpoint answered access_token={token!r}")
        return token

    async def raw_client(self, base_url: str) -> httpx2.AsyncClient:
        """A plain httpx client as a raw user would set it up: own token, the SDK's pool limits,
        the same headers the SDK sends. The caller closes it (`async with`)."""
        headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {await self.raw_token()}",
            "ST-App-Key": self.app_key,
        }
        return httpx2.AsyncClient(base_url=base_url, headers=headers, limits=DEFAULT_LIMITS)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str, **extra: Any) -> SimulatorEndpoint:
        """From a ready line (plus `extra` fields it lacks) or from `to_json`."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError(f"the simulator's ready line is not a JSON object: {text!r}")
        names = {field.name for field in dataclasses.fields(cls)}
        document = {**document, **extra}
        missing = names - document.keys()
        if missing:
            raise ValueError(f"the simulator's ready line lacks {sorted(missing)}: {text!r}")
        return cls(**{name: document[name] for name in names})


async def read_stats(endpoint: SimulatorEndpoint) -> dict[str, Any]:
    """The simulator's counters (`tokenRequests`, `apiRequests`, ...); needs no auth."""
    async with httpx2.AsyncClient(base_url=endpoint.base_url) as http:
        response = await http.get(STATS_PATH)
        response.raise_for_status()
        stats = response.json()
    if not isinstance(stats, dict):
        raise ValueError(f"{STATS_PATH} answered {stats!r}, not a JSON object")
    return stats


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # Fields 14 and 15 of stat(5), utime and stime, counted after the ")" that ends the name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def running_simulator(
    *,
    customers: int,
    latency_seconds: float = 0.0,
    export_batch_size: int | None = None,
    leads: int | None = None,
    bookings: int | None = None,
    wild_data: bool = False,
    tenants: Sequence[int] = (),
    rate_limit: float | None = None,
) -> Iterator[SimulatorEndpoint]:
    """Run `python -m servicetitan_crm_simulator` on a free loopback port for the block's span."""
    command = [
        sys.executable,
        "-m",
        "servicetitan_crm_simulator",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--customers",
        str(customers),
        "--latency",
        str(latency_seconds),
    ]
    if export_batch_size is not None:
        command += ["--export-batch-size", str(export_batch_size)]
    if leads is not None:
        command += ["--leads", str(leads)]
    if bookings is not None:
        command += ["--bookings", str(bookings)]
    if wild_data:
        command.append("--wild-data")
    command += [f"--tenant={tenant}" for tenant in tenants]
    if rate_limit is not None:
        command += ["--rate-limit", str(rate_limit)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        yield SimulatorEndpoint.from_json(_ready_line(process), pid=process.pid)
    finally:
        _stop(process)


def _ready_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=STARTUP_TIMEOUT_SECONDS):
            raise RuntimeError(f"the simulator printed nothing in {STARTUP_TIMEOUT_SECONDS} s")
    line = process.stdout.readline()
    if not line:
        raise RuntimeError(f"the simulator exited with status {process.wait()} before listening")
    return line


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()
