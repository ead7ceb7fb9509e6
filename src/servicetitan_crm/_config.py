"""Where the client's settings come from: arguments first, then `SERVICETITAN_*` variables.

Each endpoint resolves in this order, so any argument beats any variable: `api_url=` /
`auth_url=`, then `environment=`, then `SERVICETITAN_API_URL` / `SERVICETITAN_AUTH_URL`, then
`SERVICETITAN_ENVIRONMENT`, then production. Credentials and the tenant have no default:
a missing one is a `ConfigurationError` naming both the argument and the variable.

No frame here holds a credential as a plain string, nor the environment itself: error trackers
record the locals of every frame a failure passes through. The client secret and the app key
arrive as `Secret`s (`conceal`) and the variables behind `EnvironmentVariables`.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from typing import Final, Literal, TypeVar, final
from urllib.parse import quote

import attrs
import httpx2

from ._arguments import tenant_id
from ._constants import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_ENVIRONMENT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    DEFAULT_POOL_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    DEFAULT_WRITE_TIMEOUT,
    ENV_API_URL,
    ENV_APP_KEY,
    ENV_AUTH_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_ENVIRONMENT,
    ENV_TENANT_ID,
    INTEGRATION_API_URL,
    INTEGRATION_AUTH_URL,
    PRODUCTION_API_URL,
    PRODUCTION_AUTH_URL,
)
from ._errors import ConfigurationError
from ._secret import Secret

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "ClientConfig",
    "Environment",
    "EnvironmentVariables",
    "NotGiven",
    "conceal",
    "resolve_config",
]

Environment = Literal["production", "integration"]

_ENDPOINTS: Final[Mapping[str, tuple[str, str]]] = {
    "production": (PRODUCTION_API_URL, PRODUCTION_AUTH_URL),
    "integration": (INTEGRATION_API_URL, INTEGRATION_AUTH_URL),
}

DEFAULT_TIMEOUT: Final = httpx2.Timeout(
    connect=DEFAULT_CONNECT_TIMEOUT,
    read=DEFAULT_READ_TIMEOUT,
    write=DEFAULT_WRITE_TIMEOUT,
    pool=DEFAULT_POOL_TIMEOUT,
)
DEFAULT_LIMITS: Final = httpx2.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS,
    max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
)


class NotGiven(enum.Enum):
    """The type of `NOT_GIVEN`: an argument left out, as distinct from `None` (which means off)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
NotGiven.__module__ = "servicetitan_crm"

_T = TypeVar("_T")


def conceal(credential: str | NotGiven) -> Secret | NotGiven:
    """The credential argument as a `Secret`; its checks happen in `resolve_config`."""
    return credential if isinstance(credential, NotGiven) else Secret(credential)


@final
class EnvironmentVariables:
    """Read access to environment variables that shows none of them in its `repr`."""

    __slots__ = ("_variables",)

    def __init__(self, variables: Mapping[str, str]) -> None:
        self._variables = variables

    def get(self, name: str) -> str:
        """The variable's value without surrounding blanks; empty when unset."""
        return self._variables.get(name, "").strip()

    def __repr__(self) -> str:
        return "<EnvironmentVariables>"


_PROCESS_ENVIRONMENT: Final = EnvironmentVariables(os.environ)


@attrs.frozen
class ClientConfig:
    """Resolved settings; the secrets are `Secret`s, redacted wherever they are shown."""

    tenant: str
    client_id: str
    client_secret: Secret = attrs.field(repr=False)
    app_key: Secret = attrs.field(repr=False)
    api_url: str
    auth_url: str

    @property
    def base_url(self) -> str:
        """The tenant-bound root every generated path (`/customers`, ...) is relative to."""
        return f"{self.api_url.rstrip('/')}/tenant/{quote(self.tenant, safe='')}"


def resolve_config(
    *,
    tenant: str | int | NotGiven,
    client_id: str | NotGiven,
    client_secret: Secret | NotGiven,
    app_key: Secret | NotGiven,
    environment: Environment | NotGiven,
    api_url: str | NotGiven,
    auth_url: str | NotGiven,
    env: EnvironmentVariables = _PROCESS_ENVIRONMENT,
) -> ClientConfig:
    """Combine arguments and environment variables into a checked `ClientConfig`."""
    derived_api, derived_auth = _environment_endpoints(environment, env)
    return ClientConfig(
        tenant=_tenant(tenant, env),
        client_id=_required("client_id", client_id, ENV_CLIENT_ID, env),
        client_secret=_credential("client_secret", client_secret, ENV_CLIENT_SECRET, env),
        app_key=_credential("app_key", app_key, ENV_APP_KEY, env),
        api_url=_url("api_url", _first(api_url, derived_api), ENV_API_URL),
        auth_url=_url("auth_url", _first(auth_url, derived_auth), ENV_AUTH_URL),
    )


def _first(argument: _T | NotGiven, fallback: _T) -> _T:
    return fallback if isinstance(argument, NotGiven) else argument


def _environment_endpoints(
    environment: Environment | NotGiven, env: EnvironmentVariables
) -> tuple[str, str]:
    if not isinstance(environment, NotGiven):
        return _endpoints_of(environment, "environment=")
    named = env.get(ENV_ENVIRONMENT)
    api_url, auth_url = _endpoints_of(named or DEFAULT_ENVIRONMENT, ENV_ENVIRONMENT)
    return env.get(ENV_API_URL) or api_url, env.get(ENV_AUTH_URL) or auth_url


def _endpoints_of(name: object, source: str) -> tuple[str, str]:
    if not isinstance(name, str) or name.lower() not in _ENDPOINTS:
        choices = " or ".join(repr(known) for known in _ENDPOINTS)
        raise ConfigurationError(f"{source} must be {choices}, got {name!r}")
    return _ENDPOINTS[name.lower()]


def _tenant(argument: str | int | NotGiven, env: EnvironmentVariables) -> str:
    if not isinstance(argument, NotGiven):
        return str(tenant_id(argument, "tenant"))
    return str(tenant_id(_required("tenant", argument, ENV_TENANT_ID, env), ENV_TENANT_ID))


def _required(name: str, argument: object, variable: str, env: EnvironmentVariables) -> str:
    if isinstance(argument, NotGiven):
        value = env.get(variable)
        if not value:
            raise ConfigurationError(
                f"Missing {name}: pass {name}= or set the {variable} environment variable"
            )
        return value
    if not isinstance(argument, str) or not argument.strip():
        raise ConfigurationError(f"{name}= must be a non-empty string")
    return argument.strip()


def _credential(
    name: str, argument: Secret | NotGiven, variable: str, env: EnvironmentVariables
) -> Secret:
    """`_required` for a secret; the plain value is only ever an intermediate, never a local."""
    if isinstance(argument, NotGiven):
        return Secret(_required(name, argument, variable, env))
    # `conceal` wraps whatever the caller passed; the value itself is never quoted.
    if not isinstance(argument.reveal(), str) or not argument.reveal().strip():
        raise ConfigurationError(f"{name}= must be a non-empty string")
    return Secret(argument.reveal().strip())


def _url(name: str, value: object, variable: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{name}= must be a string URL")
    try:
        url = httpx2.URL(value)
    except httpx2.InvalidURL as exc:
        raise ConfigurationError(f"{name} (or {variable}) is not a valid URL: {exc}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{name} (or {variable}) must be an absolute http(s) URL, got {value!r}"
        )
    return value
