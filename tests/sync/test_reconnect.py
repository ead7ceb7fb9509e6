"""`--follow` on PostgreSQL outlives a PostgreSQL restart: its connections come back, its holds and
leases are taken again from the committed tokens, the changes made meanwhile arrive, and no
event claims a feed is caught up while the database cannot be written."""

from __future__ import annotations

import json
import signal
import time

import anyio

from .harness import (
    SYNC_TIMEOUT_SECONDS,
    OutputLines,
    SimulatorEndpoint,
    database_contents,
    simulator_process,
    start_sync,
)
from .postgres_server import PostgresServer
from .test_follow_and_status import _status

TENANT = 1000
POLL_INTERVAL = 0.2
# PostgreSQL stays down this long: the follower's polls fail meanwhile.
DOWN_SECONDS = 2.0
CHANGED = 12
ARRIVAL_TIMEOUT_SECONDS = 60.0


def _rename(endpoint: SimulatorEndpoint, ids: list[int], prefix: str) -> None:
    async def rename() -> None:
        async with endpoint.client(TENANT) as client:
            http = client.get_async_httpx_client()
            for customer_id in ids:
                await http.patch(
                    f"/customers/{customer_id}", json={"name": f"{prefix} {customer_id}"}
                )

    anyio.run(rename)


def test_follow_recovers_after_postgresql_restarts(
    postgres_cluster: PostgresServer, postgres_database: str
) -> None:
    # Plain data: wild data would null some of the names the test looks for.
    with simulator_process((TENANT,), customers=40, batch_size=25, wild_data=False) as endpoint:
        follower = start_sync(
            endpoint,
            postgres_database,
            "--json",
            "--follow",
            "--worker=survivor",
            f"--poll-interval={POLL_INTERVAL}",
            f"--lease-retry={POLL_INTERVAL}",
        )
        output = OutputLines(follower)
        caught_up: set[str] = set()
        while len(caught_up) < 6:
            event = json.loads(output.next(SYNC_TIMEOUT_SECONDS))
            if event["event"] == "caught-up":
                caught_up.add(event["feed"])
        ids = sorted(database_contents(postgres_database)[(TENANT, "customers")])[:CHANGED]

        postgres_cluster.stop()
        _rename(endpoint, ids[: CHANGED // 2], "while down")
        time.sleep(DOWN_SECONDS)
        postgres_cluster.start()
        _rename(endpoint, ids[CHANGED // 2 :], "after restart")

        events = []
        deadline = time.monotonic() + ARRIVAL_TIMEOUT_SECONDS
        while True:
            held = database_contents(postgres_database)[(TENANT, "customers")]
            expected = {
                i: f"{'while down' if n < CHANGED // 2 else 'after restart'} {i}"
                for n, i in enumerate(ids)
            }
            if all(held[i]["name"] == name for i, name in expected.items()):
                break
            assert time.monotonic() < deadline, "the changes never arrived after the restart"
            time.sleep(POLL_INTERVAL)
        states = _status(postgres_database)

        follower.send_signal(signal.SIGTERM)
        events = [json.loads(line) for line in output.rest(timeout=30)]
        follower.wait(timeout=30)
        assert follower.stderr is not None
        stderr = follower.stderr.read()

    assert follower.returncode == 0, stderr
    # Every feed is leased again by the follower, on its new session, and caught up.
    assert {state["lease"] for state in states.values()} == {"survivor"}
    assert all(state["caughtUp"] for state in states.values())
    failures = [event for event in events if event["event"] == "failed"]
    assert failures, ({e["event"] for e in events}, stderr[-3000:])
    assert not any(event["caughtUp"] for event in failures)
    assert events[-1]["event"] == "summary"
