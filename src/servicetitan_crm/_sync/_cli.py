"""The `servicetitan-crm` command: `sync` the export feeds into a database, show their `status`,
`reset` a feed."""

from __future__ import annotations

import datetime
import json
import logging
import math
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import anyio
import click
import httpx2

from .._arguments import tenant_id
from .._constants import (
    DEFAULT_SYNC_DATABASE,
    EXPORT_POLL_INTERVAL_SECONDS,
    SIMULATED_TENANTS,
    SYNC_LEASE_RETRY_SECONDS,
)
from .._errors import ConfigurationError
from .._option_checks import poll_interval as checked_poll_interval
from .._version import __version__
from ._database import database_target
from ._feeds import FEEDS, Feed, feed_named
from ._progress import JsonReporter, LiveReporter, LogReporter, Reporter
from ._reference import render_reference
from ._runner import EXIT_FAILED, SyncOptions, SyncOutcome, run_sync
from ._simulate import simulated_tenants
from ._store import FeedStatus, Store, StoreError, SyncError, open_store, utc_now, utc_text
from ._summary import describe, feed_summary
from ._tenants import (
    SyncConfig,
    TenantSource,
    TransportWrapper,
    client_problems,
    load_config,
    tenant_sources,
)

__all__ = ["cli"]

# click's own status for a usage error; bad configuration is one too.
EXIT_USAGE = 2
LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


class _UtcFormatter(logging.Formatter):
    """Log lines stamped like every other time the command shows: ISO 8601 UTC."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return utc_text(datetime.datetime.fromtimestamp(record.created, datetime.UTC))


def _log_to_stderr(level: int) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(_UtcFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("servicetitan_crm")
    logger.addHandler(handler)
    logger.setLevel(level)


def _default_worker() -> str:
    """`host:pid`: unique among live workers, and says where to look for one."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _fail(message: str, status: int = EXIT_FAILED) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(status)


def _config(path: Path | None) -> SyncConfig:
    return SyncConfig() if path is None else load_config(path)


def _database(
    db: str | None, settings: SyncConfig, config: Path | None, problems: list[str]
) -> str:
    """`--db`, else the config file's `db` (a relative SQLite path is relative to that file),
    else the default; a bad one is added to `problems`."""
    database = db or settings.db or DEFAULT_SYNC_DATABASE
    try:
        target = database_target(database)
    except ConfigurationError as error:
        problems.append(str(error))
        return database
    if db is None and settings.db is not None and config is not None and target.kind == "sqlite":
        path = Path(target.location)
        if not path.is_absolute():
            return str(config.parent / path)
    return database


def _feed_names(
    context: click.Context, parameter: click.Parameter, values: Sequence[str]
) -> list[str]:
    """Feed names as the CLI spells them, `customer_contacts` accepted for `customer-contacts`."""
    names = []
    for value in values:
        name = value.strip().lower().replace("_", "-")
        try:
            names.append(feed_named(name).name)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
    return names


@click.group()
@click.version_option(__version__, prog_name="servicetitan-crm")
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
    callback=_feed_names,
    help="A feed to follow (repeatable; customer-contacts or customer_contacts); all six by "
    "default.",
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
@click.option(
    "--strict",
    is_flag=True,
    help="Stop a feed at its first malformed record instead of quarantining it in sync_rejects.",
)
@click.option(
    "--from",
    "start",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="A feed never synced before starts with the records modified since this date.",
)
@click.option(
    "--metrics-port",
    type=click.IntRange(1, 65535),
    help="Serve Prometheus metrics per tenant and feed on this port.",
)
@click.option(
    "--log-level",
    type=click.Choice(sorted(LOG_LEVELS)),
    help="Log the SDK's requests and retries on stderr at this level.",
)
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
    strict: bool,
    start: datetime.datetime | None,
    metrics_port: int | None,
    log_level: str | None,
) -> None:
    """Follow the export feeds into the database: each batch's rows and the feed's token are
    committed together, so a restart resumes exactly where the last commit left off."""
    problems: list[str] = []
    if not math.isfinite(lease_retry) or lease_retry < 0:
        problems.append(f"--lease-retry must be a finite number >= 0, got {lease_retry}")
    settings = SyncConfig()
    sources: list[TenantSource] = []
    metrics = None
    wrap: TransportWrapper | None = None
    if metrics_port is not None:
        from ._metrics import CountingTransport, Metrics

        metrics = Metrics()

        def wrap(tenant: int, inner: httpx2.AsyncBaseTransport) -> httpx2.AsyncBaseTransport:
            assert metrics is not None
            return CountingTransport(inner, metrics, tenant)

    try:
        poll_interval = checked_poll_interval(poll_interval)
    except ConfigurationError as error:
        problems.append(str(error))
    try:
        tenants = tuple(tenant_id(tenant, "--tenant") for tenant in tenants)
        settings = _config(config)
        if simulate:
            sources = simulated_tenants(tenants or SIMULATED_TENANTS, wrap)
        else:
            sources = tenant_sources(tenants, settings, wrap=wrap)
    except (ConfigurationError, SyncError) as error:
        problems.append(str(error))
    database = _database(db, settings, config, problems)
    problems += anyio.run(client_problems, sources)
    if problems:
        # Checked before anything is created or connected to: one line per distinct problem.
        for problem in dict.fromkeys(problems):
            click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_USAGE)
    options = SyncOptions(
        feeds=[feed_named(name) for name in feed_names] if feed_names else list(FEEDS),
        worker=worker or _default_worker(),
        follow=follow,
        poll_interval=poll_interval,
        lease_retry=lease_retry,
        max_feeds=max_feeds,
        strict=strict,
        start=None if start is None else start.date(),
    )
    if log_level is not None:
        _log_to_stderr(LOG_LEVELS[log_level])
    if as_json:
        reporter: Reporter = JsonReporter(options.worker)
    elif sys.stderr.isatty():
        reporter = LiveReporter()
    else:
        reporter = LogReporter()
    if metrics is not None:
        from ._metrics import MetricsReporter, serve_metrics

        assert metrics_port is not None
        try:
            serve_metrics(metrics, metrics_port)
        except OSError as error:
            _fail(f"--metrics-port {metrics_port}: {error}", EXIT_USAGE)
        reporter = MetricsReporter(metrics, reporter)
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
        summary = {"event": "summary", "time": utc_now(), "worker": options.worker}
        feeds = [feed_summary(progress) for progress in outcome.feeds]
        click.echo(json.dumps({**summary, "exitStatus": status, "tables": counts, "feeds": feeds}))
    else:
        for progress in outcome.feeds:
            click.echo(describe(progress), err=True)
        width = max(len(table) for table in counts)
        for table, rows in counts.items():
            click.echo(f"{table:<{width}}  {rows:>10,}")
    sys.exit(status)


async def _sync(
    database: str, sources: Sequence[TenantSource], options: SyncOptions, reporter: Reporter
) -> tuple[SyncOutcome, dict[str, int]]:
    store = await open_store(database, options.worker)
    try:
        for change in await store.prepare(options.feeds):
            click.echo(f"tables: {change}", err=True)
        outcome = await run_sync(store, sources, options, reporter)
        with anyio.CancelScope(shield=True):
            counts = await store.table_counts(options.feeds)
    finally:
        with anyio.CancelScope(shield=True):
            await store.aclose()
    return outcome, counts


def _synced_database(
    db: str | None, config: Path | None, check: Callable[[], object] = lambda: None
) -> str:
    """The database `status` and `reset` work on: configuration problems (and `check`'s) exit 2,
    a SQLite file that does not exist exits 1 (nothing was synced there)."""
    problems: list[str] = []
    settings = SyncConfig()
    try:
        settings = _config(config)
        check()
    except ConfigurationError as error:
        problems.append(str(error))
    database = _database(db, settings, config, problems)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_USAGE)
    target = database_target(database)
    if target.kind == "sqlite" and not Path(target.location).exists():
        _fail(f"no SQLite database at {target.location}: nothing has been synced there")
    return database


@cli.command()
@_db_option
@_config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per (tenant, feed).")
def status(db: str | None, config: Path | None, as_json: bool) -> None:
    """Per tenant and feed: rows, last commit, caught up or not, the worker holding the lease."""
    database = _synced_database(db, config)
    try:
        states = anyio.run(_status, database)
    except StoreError as error:
        _fail(str(error))
    if as_json:
        now = datetime.datetime.now(datetime.UTC)
        for state in states:
            click.echo(json.dumps(_state_json(state, now)))
        return
    header = ("tenant", "feed", "rows", "unfit", "rejected", "last commit", "caught up", "lease")
    lines = [header] + [
        (
            str(state.tenant),
            state.feed,
            f"{state.rows:,}",
            f"{state.unfit:,}",
            f"{state.rejects:,}",
            state.committed_at or "never",
            "yes" if state.caught_up else "no",
            state.holder or "-",
        )
        for state in states
    ]
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    for line in lines:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


def _state_json(state: FeedStatus, now: datetime.datetime) -> dict[str, object]:
    """A feed's state with the figures `--metrics-port` serves that the database knows."""

    def seconds_since(timestamp: str | None) -> float | None:
        if timestamp is None:
            return None
        moment = datetime.datetime.fromisoformat(timestamp)
        return round((now - moment).total_seconds(), 3)

    return {
        "tenant": state.tenant,
        "feed": state.feed,
        "rows": state.rows,
        "unfit": state.unfit,
        "lastCommit": state.committed_at,
        "caughtUp": state.caught_up,
        "lease": state.holder,
        "recordsCommitted": state.records,
        "batchesCommitted": state.batches,
        "rejected": state.rejects,
        "lagSeconds": seconds_since(state.newest_modified_on),
        "secondsSinceCaughtUp": 0.0 if state.caught_up else seconds_since(state.caught_up_at),
    }


async def _status(database: str) -> list[FeedStatus]:
    # Read-only: a monitoring role with SELECT rights (or a read-only file) is enough.
    store: Store = await open_store(database, _default_worker(), read_only=True)
    try:
        return await store.status(FEEDS)
    finally:
        await store.aclose()


@cli.command()
@click.option(
    "--format",
    "style",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="Aligned text, or Markdown tables.",
)
def schema(style: str) -> None:
    """Every table the sync keeps: its columns, their SQLite and PostgreSQL types, and the
    document property each comes from."""
    click.echo(
        render_reference(
            [feed.layout for feed in FEEDS], "markdown" if style == "markdown" else "text"
        ),
        nl=False,
    )


@cli.command()
@_db_option
@_config_option
@click.option(
    "--table",
    "tables",
    multiple=True,
    type=click.Choice([feed.table for feed in FEEDS]),
    help="A feed table to rebuild (repeatable); all of them by default.",
)
def migrate(db: str | None, config: Path | None, tables: Sequence[str]) -> None:
    """Rebuild feed tables from their stored records: every column recomputed with the types
    the document gives now (after a type change the sync refuses), in one transaction, with no
    request to the API."""
    database = _synced_database(db, config)
    feeds = [feed for feed in FEEDS if not tables or feed.table in tables]
    try:
        changes = anyio.run(_rebuild, database, feeds)
    except StoreError as error:
        _fail(str(error))
    for change in changes:
        click.echo(change)


async def _rebuild(database: str, feeds: Sequence[Feed]) -> list[str]:
    store = await open_store(database, _default_worker())
    try:
        return await store.rebuild(feeds)
    finally:
        with anyio.CancelScope(shield=True):
            await store.aclose()


@cli.command()
@_db_option
@_config_option
@click.option("--tenant", type=int, required=True, help="The tenant whose feed to reset.")
@click.option(
    "--feed",
    "feed_names",
    multiple=True,
    required=True,
    callback=_feed_names,
    help="The feed to reset (repeatable).",
)
@click.option("--keep-rows", is_flag=True, help="Forget only the token; keep the rows.")
def reset(
    db: str | None, config: Path | None, tenant: int, feed_names: Sequence[str], keep_rows: bool
) -> None:
    """Forget a feed's token (and, without --keep-rows, its rows and rejected records), so the
    next sync reads it from the start, or from --from. Refused while a worker syncs the tenant."""
    database = _synced_database(db, config, lambda: tenant_id(tenant, "--tenant"))
    feeds = [feed_named(name) for name in feed_names]
    try:
        deleted = anyio.run(_reset, database, tenant, feeds, keep_rows)
    except StoreError as error:
        _fail(str(error))
    for feed, rows in zip(feeds, deleted, strict=True):
        kept = "rows kept" if keep_rows else f"{rows:,} rows deleted"
        click.echo(f"tenant {tenant} {feed.name}: token forgotten, {kept}")


async def _reset(database: str, tenant: int, feeds: Sequence[Feed], keep_rows: bool) -> list[int]:
    store = await open_store(database, _default_worker())
    try:
        return [await store.reset(tenant, feed, keep_rows=keep_rows) for feed in feeds]
    finally:
        await store.aclose()
