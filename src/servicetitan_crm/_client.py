"""`ServiceTitanClient`: the object every generated endpoint function takes as `client=`.

    async with ServiceTitanClient(tenant=123) as st:  # credentials from SERVICETITAN_* variables
        page = await customers_get_list.asyncio(client=st, page=1)
        once = st.with_options(retry=RetryPolicy(attempts=1), timeout=5.0)
        await customers_create.asyncio(client=once, body=...)

It owns one pooled `httpx2.AsyncClient` whose base URL is `<api_url>/tenant/<tenant>` and whose
transport (`_transport.ApiTransport`) authorizes, rate-limits, retries and raises typed errors.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from types import TracebackType

import anyio
import httpx2

from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Environment,
    NotGiven,
    resolve_config,
)
from ._errors import ConfigurationError
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._secret import Redactor
from ._tokens import TokenProvider
from ._transport import ApiTransport, SharedState

__all__ = ["ServiceTitanClient"]

TimeoutTypes = httpx2.Timeout | float | None


class ServiceTitanClient:
    """An authenticated, rate-limited, retrying connection to one tenant of the CRM v2 API.

    Each setting comes from its argument, else from its environment variable
    (`SERVICETITAN_CLIENT_ID`, `SERVICETITAN_CLIENT_SECRET`, `SERVICETITAN_APP_KEY`,
    `SERVICETITAN_TENANT_ID`, `SERVICETITAN_ENVIRONMENT`, `SERVICETITAN_API_URL`,
    `SERVICETITAN_AUTH_URL`); a missing one raises `ConfigurationError` here.

    - `environment`: `"production"` (default) or `"integration"`; `api_url` / `auth_url`
      override it (a proxy or a local simulator).
    - `token_includes_tenant`: also send the tenant in the token request's form, for apps
      whose credentials need it.
    - `timeout`: per-attempt httpx timeout; None disables it.
    - `retry`: see `RetryPolicy`; `rate_limiter`: None turns client-side limiting off, an
      instance shared by several clients gives them one budget.
    - `transport`: replaces the pooled HTTP transport for API and token requests alike
      (`httpx2.MockTransport`, `httpx2.ASGITransport`, `httpx2.AsyncHTTPTransport(proxy=...)`);
      the client closes it.
    - `clock` / `sleep`: monotonic seconds and the retry sleep, injectable for tests.
    """

    def __init__(
        self,
        *,
        tenant: str | int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        app_key: str | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        api_url: str | NotGiven = NOT_GIVEN,
        auth_url: str | NotGiven = NOT_GIVEN,
        token_includes_tenant: bool = False,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 (frozen, so one shared default is safe)
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
        transport: httpx2.AsyncBaseTransport | NotGiven = NOT_GIVEN,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        config = resolve_config(
            tenant=tenant,
            client_id=client_id,
            client_secret=client_secret,
            app_key=app_key,
            environment=environment,
            api_url=api_url,
            auth_url=auth_url,
        )
        if isinstance(transport, NotGiven):
            pool: httpx2.AsyncBaseTransport = httpx2.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        elif isinstance(transport, httpx2.AsyncBaseTransport):
            pool = transport
        else:
            raise ConfigurationError(
                "transport= must be an httpx2.AsyncBaseTransport (build it with `import httpx2`, "
                f"not httpx), not {type(transport).__module__}.{type(transport).__qualname__}"
            )
        limiter = (
            RateLimiter(clock=clock, sleep=sleep)
            if isinstance(rate_limiter, NotGiven)
            else rate_limiter
        )
        redactor = Redactor(config.client_secret, config.app_key)
        tokens = TokenProvider(
            config,
            pool,
            timeout=_as_timeout(timeout),
            redactor=redactor,
            include_tenant=token_includes_tenant,
            clock=clock,
            sleep=sleep,
        )
        shared = SharedState(config, pool, tokens, redactor, limiter, clock, sleep)
        self._setup(shared, retry, _as_timeout(timeout), owner=True)

    def _setup(
        self, shared: SharedState, retry: RetryPolicy, timeout: httpx2.Timeout, *, owner: bool
    ) -> None:
        self._shared = shared
        self._retry = retry
        self._timeout = timeout
        self._owner = owner
        self._http = httpx2.AsyncClient(
            base_url=shared.config.base_url,
            transport=ApiTransport(shared, retry, owner=owner),
            timeout=timeout,
            headers={"Accept": "application/json"},
        )

    def with_options(
        self,
        *,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ServiceTitanClient:
        """A view with other retry or timeout settings for the calls made through it.

        It shares this client's connection pool, token cache and rate limiter, and needs no
        closing of its own; it stops working when this client is closed.
        """
        view = object.__new__(ServiceTitanClient)
        view._setup(
            self._shared,
            self._retry if isinstance(retry, NotGiven) else retry,
            self._timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout),
            owner=False,
        )
        return view

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The httpx client generated endpoint functions send through (tenant-bound base URL)."""
        return self._http

    @property
    def tenant(self) -> str:
        return self._shared.config.tenant

    @property
    def base_url(self) -> str:
        return self._shared.config.base_url

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._timeout

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._shared.limiter

    def __repr__(self) -> str:
        view = "" if self._owner else " (view)"
        return f"<ServiceTitanClient{view} tenant={self.tenant!r} base_url={self.base_url!r}>"

    async def aclose(self) -> None:
        """Close the connection pool (views: nothing to release; the owner closes the pool)."""
        await self._http.aclose()

    async def __aenter__(self) -> ServiceTitanClient:
        await self._http.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


ServiceTitanClient.__module__ = "servicetitan_crm"


def _as_timeout(timeout: TimeoutTypes) -> httpx2.Timeout:
    return timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)
