"""`--follow` keeps the database current until SIGTERM; `status` says where each feed stands."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import anyio

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

TENANT = 1000
POLL_INTERVAL = 0.2
# Bound on waiting for a change to reach the database through the polls.
ARRIVAL_TIMEOUT_SECONDS = 20.0


def _status(database: str) -> dict[str, dict[str, object]]:
    result = subprocess.run(
        [str(SCRIPT), "status", "--db", database, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return {state["feed"]: state for state in map(json.loads, result.stdout.splitlines())}


def _rename_customer(endpoint: SimulatorEndpoint, customer_id: int, name: str) -> None:
    async def rename() -> None:
        async with endpoint.client(TENANT) as client:
            http = client.get_async_httpx_client()
            await http.patch(f"/customers/{customer_id}", json={"name": name})

    anyio.run(rename)


def test_follow_picks_up_changes_until_sigterm_and_status_shows_the_lease(database: str) -> None:
    with simulator_process((TENANT,), customers=60, batch_size=50) as endpoint:
        follower = start_sync(
            endpoint, database, "--json", "--follow", f"--poll-interval={POLL_INTERVAL}"
        )
        output = OutputLines(follower)
        caught_up: set[str] = set()
        worker = ""
        while len(caught_up) < 6:
            event = json.loads(output.next(SYNC_TIMEOUT_SECONDS))
            worker = event["worker"]
            if event["event"] == "caught-up":
                caught_up.add(event["feed"])

        customer_id = min(database_contents(database)[(TENANT, "customers")])
        _rename_customer(endpoint, customer_id, "renamed while following")
        deadline = time.monotonic() + ARRIVAL_TIMEOUT_SECONDS
        while True:
            held = database_contents(database)[(TENANT, "customers")][customer_id]
            if held["name"] == "renamed while following":
                break
            assert time.monotonic() < deadline, "the change never arrived"
            time.sleep(POLL_INTERVAL)

        states = _status(database)
        assert set(states) == caught_up
        assert states["customers"]["rows"] == 60
        assert states["customer-contacts"]["rows"] == 120
        assert all(state["caughtUp"] for state in states.values())
        expected_holder = worker if database.startswith("postgresql://") else None
        assert {state["lease"] for state in states.values()} == {expected_holder}

        follower.send_signal(signal.SIGTERM)
        rest = output.rest(timeout=30)
        follower.wait(timeout=30)
        assert follower.stderr is not None
        stderr = follower.stderr.read()

    # A followed sync stopped by a signal has done its job: status 0, every lease released.
    assert follower.returncode == 0, stderr
    assert json.loads(rest[-1])["event"] == "summary"
    assert {state["lease"] for state in _status(database).values()} == {None}
