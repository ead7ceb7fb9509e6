"""Which tenants a sync follows and how each one's client is made.

Tenants come from `--tenant` (repeatable), from the `[[tenants]]` of a TOML config file, or, when
neither names one, from `SERVICETITAN_TENANT_ID`. Credentials come from the `SERVICETITAN_*`
variables (one app, many tenants) unless the config file gives them for a tenant::

    db = "postgresql://sync@db.internal/warehouse"

    [[tenants]]
    id = 1234567

    [[tenants]]
    id = 7654321
    client_id = "cid.other-app"
    client_secret = "cs1.secret"
    app_key = "ak1.other-app"

Each tenant gets its own `ServiceTitanClient`, so its own token and 60 requests/s budget.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx2

from .._arguments import tenant_id
from .._client import ServiceTitanClient
from .._config import DEFAULT_LIMITS
from .._constants import DEFAULT_RATE_LIMIT_PER_SECOND, ENV_TENANT_ID, SYNC_RATE_HEADROOM
from .._errors import ConfigurationError
from .._ratelimit import RateLimiter

__all__ = [
    "SyncConfig",
    "TenantSource",
    "TransportWrapper",
    "client_problems",
    "load_config",
    "tenant_sources",
]

# What a `[[tenants]]` entry may set besides `id`: `ServiceTitanClient` arguments.
CLIENT_SETTINGS = frozenset(
    {"client_id", "client_secret", "app_key", "environment", "api_url", "auth_url"}
)


@dataclasses.dataclass(frozen=True)
class TenantSource:
    """A tenant to sync and how to open its client (which may raise `ConfigurationError`)."""

    tenant: int
    open: Callable[[], ServiceTitanClient]


@dataclasses.dataclass(frozen=True)
class SyncConfig:
    """A config file's content: the database and each tenant's client settings."""

    db: str | None = None
    tenants: Mapping[int, Mapping[str, str]] = dataclasses.field(default_factory=dict)


def load_config(path: Path) -> SyncConfig:
    """Read a TOML config file; every mistake is a `ConfigurationError` naming the file."""
    try:
        content = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"config file {path}: {error}") from error
    unknown = set(content) - {"db", "tenants"}
    if unknown:
        raise ConfigurationError(f"config file {path}: unknown keys {sorted(unknown)}")
    db = content.get("db")
    if db is not None and not isinstance(db, str):
        raise ConfigurationError(f"config file {path}: db must be a string")
    entries = content.get("tenants", [])
    if not isinstance(entries, list):
        raise ConfigurationError(f"config file {path}: tenants must be an array of tables")
    tenants: dict[int, dict[str, str]] = {}
    for number, entry in enumerate(entries, 1):
        where = f"config file {path}, tenant entry {number}"
        if not isinstance(entry, dict):
            raise ConfigurationError(f"{where}: not a table")
        tenants[tenant_id(entry.get("id"), where)] = _settings(entry, where)
    return SyncConfig(db, tenants)


def _settings(entry: Mapping[str, Any], where: str) -> dict[str, str]:
    settings = {key: value for key, value in entry.items() if key != "id"}
    unknown = set(settings) - CLIENT_SETTINGS
    if unknown:
        allowed = ", ".join(sorted(CLIENT_SETTINGS))
        raise ConfigurationError(f"{where}: unknown keys {sorted(unknown)}; allowed: id, {allowed}")
    for key, value in settings.items():
        if not isinstance(value, str):
            raise ConfigurationError(f"{where}: {key} must be a string")
    return settings


# What the sync may put under a tenant client's own retries (the metrics' counting transport).
TransportWrapper = Callable[[int, httpx2.AsyncBaseTransport], httpx2.AsyncBaseTransport]


def tenant_sources(
    tenants: Sequence[int],
    config: SyncConfig,
    environ: Mapping[str, str] = os.environ,
    wrap: TransportWrapper | None = None,
) -> list[TenantSource]:
    """The tenants to sync, in the order given, each with its client factory (its transport
    passed through `wrap` when given)."""
    given = [tenant_id(tenant, "--tenant") for tenant in tenants]
    chosen = list(dict.fromkeys([*given, *config.tenants]))
    if not chosen:
        raw = environ.get(ENV_TENANT_ID)
        if raw is None:
            raise ConfigurationError(
                f"no tenant to sync: pass --tenant, list [[tenants]] in --config, "
                f"or set {ENV_TENANT_ID}"
            )
        chosen = [tenant_id(raw, ENV_TENANT_ID)]
    return [
        TenantSource(tenant, _client_factory(tenant, config.tenants.get(tenant, {}), wrap))
        for tenant in chosen
    ]


def _client_factory(
    tenant: int, settings: Mapping[str, Any], wrap: TransportWrapper | None
) -> Callable[[], ServiceTitanClient]:
    def open_client() -> ServiceTitanClient:
        limiter = RateLimiter(DEFAULT_RATE_LIMIT_PER_SECOND * SYNC_RATE_HEADROOM)
        if wrap is None:
            return ServiceTitanClient(tenant=tenant, rate_limiter=limiter, **settings)
        pool = httpx2.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        return ServiceTitanClient(
            tenant=tenant, transport=wrap(tenant, pool), rate_limiter=limiter, **settings
        )

    return open_client


async def client_problems(sources: Sequence[TenantSource]) -> list[str]:
    """Why a tenant's client cannot be made (missing credentials, an unknown environment, ...),
    one message per tenant; nothing is sent, each client made is closed again."""
    problems = []
    for source in sources:
        try:
            client = source.open()
        except ConfigurationError as error:
            problems.append(f"tenant {source.tenant}: {error}")
            continue
        await client.aclose()
    return problems
