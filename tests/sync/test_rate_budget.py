"""Workers of a fleet serving one tenant share its one rate budget: the tenant is held by one
worker at a time, so three workers send what one sends, and the server's limit is not leaned on.
A worker's PostgreSQL connections are bounded whatever the number of tenants it serves."""

from __future__ import annotations

import subprocess
import time

import psycopg

from servicetitan_crm._constants import POSTGRESQL_WRITER_CONNECTIONS

from .harness import (
    SYNC_TIMEOUT_SECONDS,
    assert_database_equals_simulator,
    create_tables,
    simulator_process,
    start_sync,
)
from .postgres_server import fresh_database

TENANT = 1000
# The platform's budget per tenant and app; the SDK's own limiter paces at the same rate.
RATE_LIMIT = 60.0
CUSTOMERS = 1000
BATCH_SIZE = 40
WORKERS = 3
LEASE_RETRY_SECONDS = 0.2
MAX_429_SHARE = 0.01
# A worker's connections: the session holding its locks and the writers (`_connection`).
MAX_CONNECTIONS_PER_WORKER = POSTGRESQL_WRITER_CONNECTIONS + 1
MANY_TENANTS = tuple(range(3000, 3012))


def _run_workers(
    database: str, workers: int, tenants: tuple[int, ...] = (TENANT,), customers: int = CUSTOMERS
) -> tuple[dict[str, int], int]:
    """(the simulator's request counters, the most connections any worker held) for
    `workers` one-shot syncs of `tenants` started together."""
    create_tables(database)
    with simulator_process(
        tenants, customers=customers, batch_size=BATCH_SIZE, rate_limit=RATE_LIMIT
    ) as endpoint:
        processes = [
            start_sync(
                endpoint, database, f"--worker=w{number}", f"--lease-retry={LEASE_RETRY_SECONDS}"
            )
            for number in range(workers)
        ]
        peak = _peak_connections(database, processes)
        for process in processes:
            _, stderr = process.communicate(timeout=SYNC_TIMEOUT_SECONDS)
            assert process.returncode == 0, stderr
        stats = endpoint.stats()
        assert_database_equals_simulator(database, endpoint)
    return {"requests": stats["apiRequests"], "429": stats["rateLimited"]}, peak


def _peak_connections(database: str, processes: list[subprocess.Popen[str]]) -> int:
    """The most connections one worker held at once, sampled while the workers run."""
    peak = 0
    with psycopg.connect(database, autocommit=True) as connection:
        deadline = time.monotonic() + SYNC_TIMEOUT_SECONDS
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            rows = connection.execute(
                "SELECT application_name, count(*) FROM pg_stat_activity "
                "WHERE application_name LIKE 'servicetitan-crm %%' GROUP BY application_name"
            ).fetchall()
            peak = max([peak, *(count for _, count in rows)])
            time.sleep(0.05)
    return peak


def test_three_workers_on_one_tenant_send_what_one_sends_and_stay_inside_its_budget(
    postgres_url: str,
) -> None:
    alone, _ = _run_workers(fresh_database(postgres_url, "budget_one"), 1)
    fleet, peak = _run_workers(fresh_database(postgres_url, "budget_three"), WORKERS)

    print(f"one worker: {alone}; {WORKERS} workers: {fleet}; connections per worker <= {peak}")
    assert fleet["429"] <= MAX_429_SHARE * fleet["requests"]
    assert fleet["requests"] <= alone["requests"] * 1.1
    assert 0 < peak <= MAX_CONNECTIONS_PER_WORKER


def test_a_worker_serving_many_tenants_holds_a_bounded_number_of_connections(
    postgres_url: str,
) -> None:
    database = fresh_database(postgres_url, "many_tenants")
    _, peak = _run_workers(database, 1, MANY_TENANTS, customers=60)

    # Before the session held every lock, a worker held one connection per feed: 73 here.
    assert 0 < peak <= MAX_CONNECTIONS_PER_WORKER
