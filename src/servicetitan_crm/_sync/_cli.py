"""The `servicetitan-crm` command: `sync` the export feeds into a database, show their `status`."""

from __future__ import annotations

import json
import math
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

import anyio
import click

from .._arguments import tenant_id
from .._constants import (
    DEFAULT_SYNC_DATABASE,
    EXPORT_POLL_INTERVAL_SECONDS,
    SIMULATED_TENANTS,
    SYNC_LEASE_RETRY_SECONDS,
)
from .._errors import ConfigurationError
from .._option_checks import poll_interval as checked_poll_interval
from ._feeds import FEEDS, feed_named
from ._progress import JsonReporter, LiveReporter, LogReporter, Reporter
from ._runner import EXIT_FAILED, SyncOptions, SyncOutcome, run_sync
from ._simulate import simulated_tenants
from ._store import FeedStatus, Store, StoreError, SyncError, open_store
from ._tenants import SyncConfig, TenantSource, load_config, tenant_sources

__all__ = ["cli"]

# click's own status for a usage error; bad configuration is one too.
EXIT_USAGE = 2


def _default_worker() -> str:
    """`host:pid`: unique among live workers, and says where to look for one."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _fail(message: str, status: int = EXIT_FAILED) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(status)


def _config(path: Path | None) -> SyncConfig:
    return SyncConfig() if path is None else load_config(path)


@click.group()
def cli() -> None:
    """Keep a copy of the ServiceTitan CRM in your own database (SQLite or PostgreSQL)."""


_db_option = click.option(
    "--db",
    metavar="PATH|URL",
    help=f"A SQLite file (default {DEFAULT_SYNC_DATABASE}) or a postgresql:// URL.",
)
_config_option = click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A TOML file with `db` and [[tenants]] (id and, optionally, credentials).",
)


@cli.command()
@_db_option
@_config_option
@click.option(
    "--feed",
    "feed_names",
    multiple=True,
    type=click.Choice([feed.name for feed in FEEDS]),
    help="A feed to follow (repeatable); all six by default.",
)
@click.option("--tenant", "tenants", multiple=True, type=int, help="A tenant id (repeatable).")
@click.option("--follow", is_flag=True, help="Keep polling caught-up feeds until SIGINT/SIGTERM.")
@click.option(
    "--poll-interval",
    type=float,
    default=EXPORT_POLL_INTERVAL_SECONDS,
    show_default=True,
    help="Seconds between polls of a caught-up feed with --follow.",
)
@click.option(
    "--lease-retry",
    type=float,
    default=SYNC_LEASE_RETRY_SECONDS,
    show_default=True,
    help="Seconds between asks for a feed another worker holds.",
)
@click.option(
    "--max-feeds",
    type=click.IntRange(min=1),
    help="Feeds this worker holds at once (default: no limit), to share them among workers.",
)
@click.option("--worker", help="This worker's name in `status` (default host:pid).")
@click.option("--simulate", is_flag=True, help="Sync the embedded simulator's seeded tenants.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event on stdout.")
def sync(
    db: str | None,
    config: Path | None,
    feed_names: Sequence[str],
    tenants: Sequence[int],
    follow: bool,
    poll_interval: float,
    lease_retry: float,
    max_feeds: int | None,
    worker: str | None,
    simulate: bool,
    as_json: bool,
) -> None:
    """Follow the export feeds into the database: each batch's rows and the feed's token are
    committed together, so a restart resumes exactly where the last commit left off."""
    if not math.isfinite(lease_retry) or lease_retry < 0:
        _fail(f"--lease-retry must be a finite number >= 0, got {lease_retry}", EXIT_USAGE)
    try:
        poll_interval = checked_poll_interval(poll_interval)
        tenants = [tenant_id(tenant, "--tenant") for tenant in tenants]
        settings = _config(config)
        if simulate:
            sources = simulated_tenants(tenants or SIMULATED_TENANTS)
        else:
            sources = tenant_sources(tenants, settings)
    except (ConfigurationError, SyncError) as error:
        _fail(str(error), EXIT_USAGE)
    options = SyncOptions(
        feeds=[feed_named(name) for name in feed_names] if feed_names else list(FEEDS),
        worker=worker or _default_worker(),
        follow=follow,
        poll_interval=poll_interval,
        lease_retry=lease_retry,
        max_feeds=max_feeds,
    )
    database = db or settings.db or DEFAULT_SYNC_DATABASE
    if as_json:
        reporter: Reporter = JsonReporter(options.worker)
    elif sys.stderr.isatty():
        reporter = LiveReporter()
    else:
        reporter = LogReporter()
    try:
        outcome, counts = anyio.run(_sync, database, sources, options, reporter)
    except StoreError as error:
        reporter.close()
        _fail(str(error))
    reporter.close()
    status = outcome.exit_status(follow)
    for progress in outcome.failed:
        click.echo(f"error: tenant {progress.tenant} {progress.feed}: {progress.error}", err=True)
    if as_json:
        summary = {"event": "summary", "worker": options.worker, "exitStatus": status}
        click.echo(json.dumps({**summary, "tables": counts}))
    else:
        width = max(len(table) for table in counts)
        for table, rows in counts.items():
            click.echo(f"{table:<{width}}  {rows:>10,}")
    sys.exit(status)


async def _sync(
    database: str, sources: Sequence[TenantSource], options: SyncOptions, reporter: Reporter
) -> tuple[SyncOutcome, dict[str, int]]:
    store = await open_store(database, options.worker)
    try:
        await store.prepare(options.feeds)
        outcome = await run_sync(store, sources, options, reporter)
        with anyio.CancelScope(shield=True):
            counts = await store.table_counts(options.feeds)
    finally:
        with anyio.CancelScope(shield=True):
            await store.aclose()
    return outcome, counts


@cli.command()
@_db_option
@_config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per (tenant, feed).")
def status(db: str | None, config: Path | None, as_json: bool) -> None:
    """Per tenant and feed: rows, last commit, caught up or not, the worker holding the lease."""
    try:
        settings = _config(config)
    except ConfigurationError as error:
        _fail(str(error), EXIT_USAGE)
    database = db or settings.db or DEFAULT_SYNC_DATABASE
    if (
        not database.startswith(("postgresql://", "postgres://"))
        and not Path(database.removeprefix("sqlite:///")).exists()
    ):
        _fail(f"no SQLite database at {database}: nothing has been synced there")
    try:
        states = anyio.run(_status, database)
    except StoreError as error:
        _fail(str(error))
    if as_json:
        for state in states:
            click.echo(json.dumps(_state_json(state)))
        return
    header = ("tenant", "feed", "rows", "last commit", "caught up", "lease")
    lines = [header] + [
        (
            str(state.tenant),
            state.feed,
            f"{state.rows:,}",
            state.committed_at or "never",
            "yes" if state.caught_up else "no",
            state.holder or "-",
        )
        for state in states
    ]
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    for line in lines:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


def _state_json(state: FeedStatus) -> dict[str, object]:
    return {
        "tenant": state.tenant,
        "feed": state.feed,
        "rows": state.rows,
        "lastCommit": state.committed_at,
        "caughtUp": state.caught_up,
        "lease": state.holder,
    }


async def _status(database: str) -> list[FeedStatus]:
    store: Store = await open_store(database, _default_worker())
    try:
        await store.prepare(FEEDS)
        return await store.status(FEEDS)
    finally:
        await store.aclose()
