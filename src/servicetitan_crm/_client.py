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
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from types import TracebackType

import anyio
import httpx2

from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Environment,
    NotGiven,
    conceal,
    resolve_config,
)
from ._constants import PER_CALL_VIEWS
from ._errors import ConfigurationError
from ._option_checks import retry as checked_retry
from ._option_checks import timeout as checked_timeout
from ._options import CallOptions, Timeout
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._secret import Redactor
from ._tokens import TokenProvider
from ._transport import ApiTransport, SharedState
from .generated.resources import ResourceRoots

__all__ = ["ServiceTitanClient"]


class ServiceTitanClient(ResourceRoots):
    """An authenticated, rate-limited, retrying connection to one tenant of the CRM v2 API.

    Operations are grouped by resource: `st.customers.list()`, `st.customers.get(7)`,
    `st.customers.contacts.list(7)`, `st.booking_provider(31).bookings.create(body)`,
    `st.exports.customers(checkpoint=...)` (see `servicetitan_crm.generated.resources`).

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
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 (frozen, so one shared default is safe)
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
        transport: httpx2.AsyncBaseTransport | NotGiven = NOT_GIVEN,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        # Before anything can fail: no frame a failing call leaves behind (error trackers record
        # their locals) may hold the plain values.
        hidden_secret, hidden_app_key = conceal(client_secret), conceal(app_key)
        del client_secret, app_key
        config = resolve_config(
            tenant=tenant,
            client_id=client_id,
            client_secret=hidden_secret,
            app_key=hidden_app_key,
            environment=environment,
            api_url=api_url,
            auth_url=auth_url,
        )
        if isinstance(transport, NotGiven):
            pool: httpx2.AsyncBaseTransport = _DeferredPool()
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
        per_attempt, policy = checked_timeout(timeout), checked_retry(retry)
        tokens = TokenProvider(
            config,
            pool,
            timeout=per_attempt,
            redactor=redactor,
            include_tenant=token_includes_tenant,
            clock=clock,
            sleep=sleep,
        )
        shared = SharedState(config, pool, tokens, redactor, limiter, clock, sleep)
        self._setup(shared, policy, per_attempt, {}, {}, owner=True)

    def _setup(
        self,
        shared: SharedState,
        retry: RetryPolicy,
        timeout: httpx2.Timeout,
        headers: Mapping[str, str],
        query: Mapping[str, str],
        *,
        owner: bool,
        base_url: httpx2.URL | str | None = None,
    ) -> None:
        """Set up a client or a view; a view passes its client's parsed `base_url` (parsing it
        again is most of what building the httpx client costs)."""
        self._shared = shared
        self._retry = retry
        self._timeout = timeout
        self._headers = headers
        self._query = query
        self._owner = owner
        # Views for per-call options, by the options (see `for_call`), least recently used first.
        self._call_views: OrderedDict[Hashable, ServiceTitanClient] = OrderedDict()
        self._http = httpx2.AsyncClient(
            base_url=shared.config.base_url if base_url is None else base_url,
            transport=ApiTransport(shared, retry, owner=owner),
            timeout=timeout,
            headers={"Accept": "application/json", **headers},
            params=query or None,
            # The proxy settings of the environment apply to a transport httpx builds; this
            # client always sends through the SDK's own.
            trust_env=False,
        )

    def with_options(
        self,
        *,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ServiceTitanClient:
        """A view with other settings for the calls made through it.

        `extra_headers` are added to every request (`Authorization` and `ST-App-Key` are always
        the client's own); `extra_query` adds query parameters, and a parameter the call sets
        itself wins. Both add to those of the client the view is made from.

        It shares this client's connection pool, token cache and rate limiter, and needs no
        closing of its own; it stops working when this client is closed. Every resource method
        takes the same four options for one call (`st.customers.get(7, timeout=5.0)`).
        """
        return self.with_call_options(
            CallOptions(
                timeout=timeout, retry=retry, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    def with_call_options(self, options: CallOptions) -> ServiceTitanClient:
        """`with_options` for options already checked: a new view."""
        timeout = options.timeout
        headers, query = options.extra_headers, options.extra_query
        view = object.__new__(ServiceTitanClient)
        view._setup(
            self._shared,
            self._retry if isinstance(options.retry, NotGiven) else options.retry,
            self._timeout if isinstance(timeout, NotGiven) else checked_timeout(timeout),
            {**self._headers, **headers} if headers else self._headers,
            {**self._query, **query} if query else self._query,
            owner=False,
            base_url=self._http.base_url,
        )
        return view

    def for_call(self, options: CallOptions) -> ServiceTitanClient:
        """The view one resource call with `options` goes through.

        A call site passes the same options call after call (`timeout=5.0`), so the last
        `PER_CALL_VIEWS` views are kept and reused: building one costs about as much as the
        SDK's whole request path. They are the SDK's own, never handed out, so never closed.
        """
        key = _view_key(options)
        views = self._call_views
        view = views.get(key)
        if view is None:
            view = views[key] = self.with_call_options(options)
            if len(views) > PER_CALL_VIEWS:
                views.popitem(last=False)
        else:
            views.move_to_end(key)
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
        if not hasattr(self, "_shared"):
            # A frame of a failing `__init__` holds `self` before it is set up; error trackers
            # call repr on it (Python 3.11's traceback does not survive a repr that raises).
            return "<ServiceTitanClient (not set up)>"
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


class _DeferredPool(httpx2.AsyncBaseTransport):
    """The pooled HTTP transport, built when the first request goes out.

    Building it imports httpcore2 and loads the CA bundle into an SSL context (about 0.2 s
    together on these machines), which constructing a client should not cost.
    """

    def __init__(self) -> None:
        self._pool: httpx2.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        pool = self._pool
        if pool is None:
            pool = self._pool = httpx2.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()


def _view_key(options: CallOptions) -> Hashable:
    """`options` as a dictionary key (`httpx2.Timeout` and mappings are not hashable)."""
    timeout, headers, query = options.timeout, options.extra_headers, options.extra_query
    return (
        timeout
        if isinstance(timeout, NotGiven)
        else tuple(checked_timeout(timeout).as_dict().items()),
        options.retry,
        None if headers is None else tuple(headers.items()),
        None if query is None else tuple(query.items()),
    )
