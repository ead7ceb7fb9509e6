"""Serving the simulator on a loopback port with uvicorn."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Generator
from typing import Any

import anyio
import uvicorn

from servicetitan_crm_simulator._app import (
    SERVED_SCOPE_KEY,
    Receive,
    Scope,
    Send,
    Simulator,
    SimulatorUrls,
)

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_HOST = "127.0.0.1"
# Bounds on waiting for uvicorn: startup, and finishing open connections at shutdown.
_STARTUP_TIMEOUT_SECONDS = 10.0
_SHUTDOWN_GRACE_SECONDS = 1


class _Served:
    """Marks requests as arriving over a socket, so a dropped connection really closes it."""

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.simulator({**scope, SERVED_SCOPE_KEY: True}, receive, send)


@contextlib.asynccontextmanager
async def serve(
    simulator: Simulator,
    host: str = DEFAULT_HOST,
    port: int = 0,
    *,
    log_level: str = "warning",
) -> AsyncIterator[SimulatorUrls]:
    """Serve `simulator` on `host:port` in the current event loop; yields its URLs.

    Only loopback hosts are accepted. `port=0` picks a free port.

        async with serve(Simulator()) as urls:
            ...  # point the SDK at urls.api_url and urls.auth_url
    """
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"The simulator only binds loopback addresses, not {host!r}.")
    started = anyio.Event()

    class _Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Generator[None, None, None]:
            # The host program owns its signal handlers; stopping is this context's job.
            yield

        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            started.set()

    config = uvicorn.Config(
        _Served(simulator),
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=_SHUTDOWN_GRACE_SECONDS,
    )
    server = _Server(config)
    async with anyio.create_task_group() as group:
        group.start_soon(server.serve)
        with anyio.fail_after(_STARTUP_TIMEOUT_SECONDS):
            await started.wait()
        bound_port = _bound_port(server)
        shown_host = f"[{host}]" if ":" in host else host
        try:
            yield simulator.urls(f"http://{shown_host}:{bound_port}")
        finally:
            server.should_exit = True


def _bound_port(server: Any) -> int:
    for listener in server.servers:
        for sock in listener.sockets:
            return int(sock.getsockname()[1])
    raise RuntimeError("uvicorn started without a listening socket")
