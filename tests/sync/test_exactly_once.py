"""After crashes at any point, the database holds every record exactly once at its latest version.

`servicetitan-crm sync` runs as its own process against the simulator in another process, while
records change; it is SIGKILLed at random moments three times and stopped once with SIGTERM, then
run to the end. The database must equal the simulator's data, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import random
import signal
import time

from .harness import (
    SYNC_TIMEOUT_SECONDS,
    Churn,
    assert_database_equals_simulator,
    simulator_process,
    start_sync,
)

TENANTS = (1000, 1001)
# Per tenant: 400 customers, 400 locations, 800 + 400 contacts, 50 leads, 50 bookings, in
# batches of 40: ~55 requests, about a second at 60 requests/s, so kills land mid-run.
CUSTOMERS = 400
BATCH_SIZE = 40
KILLS = 3
# Kills land between these many seconds after the start (the process needs ~0.5 s to start).
KILL_WINDOW_SECONDS = (0.4, 1.6)
# Changes per tenant while the kills happen, one every CHURN_PAUSE seconds.
CHANGES = 120
CHURN_PAUSE = 0.02


def test_sync_survives_sigkill_and_sigterm_and_holds_each_record_once_at_its_latest_version(
    database: str,
) -> None:
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    with simulator_process(TENANTS, customers=CUSTOMERS, batch_size=BATCH_SIZE) as endpoint:
        with Churn(endpoint, CHANGES, CHURN_PAUSE, seed):
            for _ in range(KILLS):
                process = start_sync(endpoint, database)
                time.sleep(chance.uniform(*KILL_WINDOW_SECONDS))
                process.kill()
                process.wait(timeout=30)
            process = start_sync(endpoint, database)
            assert process.stderr is not None
            process.stderr.readline()  # it runs: the runner handles SIGTERM from here on
            time.sleep(chance.uniform(0, KILL_WINDOW_SECONDS[1] - KILL_WINDOW_SECONDS[0]))
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=30)
            # Stopped between transactions (143), or it had already finished (0); no traceback.
            assert process.returncode in (128 + signal.SIGTERM, 0), (seed, stderr)
            assert "Traceback" not in stderr, (seed, stderr)

        final = start_sync(endpoint, database)
        _, stderr = final.communicate(timeout=SYNC_TIMEOUT_SECONDS)
        assert final.returncode == 0, (seed, stderr)
        assert_database_equals_simulator(database, endpoint)
