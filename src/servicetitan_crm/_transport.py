"""The transport every API request goes through: rate limit, authorize, send, retry, raise.

One attempt = wait for the rate limiter, take the current token, set `Authorization` and
`ST-App-Key`, send through the pooled transport, read the body and give the connection back
(`_release`). A 401 renews the token and replays the request (another trip through the limiter).
The loop around attempts is `_retry_loop.send_with_retries` and its rules are `_retry`'s (401
replays included); a non-2xx answer left at the end is raised as the typed error from `_errors`,
with every known secret scrubbed from it, so callers only ever get 2xx responses back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx2

from ._config import ClientConfig
from ._constants import APP_KEY_HEADER, ROUTE_EXTENSION
from ._errors import (
    RequestTimeoutError,
    ServiceTitanError,
    TransportError,
    error_from_response,
    without_frames,
)
from ._logging import logger
from ._ratelimit import RateLimiter
from ._release import read_and_release
from ._retry import Budget, Failure, RetryPolicy
from ._retry_after import retry_after_of
from ._retry_loop import send_with_retries
from ._secret import Redactor
from ._tokens import Token, TokenProvider

__all__ = ["ApiTransport", "SharedState"]


@attrs.define(eq=False, repr=False)
class SharedState:
    """What a client shares with all its views: pool, token cache, limiter, clock."""

    config: ClientConfig
    pool: httpx2.AsyncBaseTransport
    tokens: TokenProvider
    redactor: Redactor
    limiter: RateLimiter | None
    clock: Callable[[], float]
    sleep: Callable[[float], Awaitable[None]]
    closed: bool = False


@attrs.frozen
class _Failure(Failure):
    """A failed send of an API request: the read non-2xx response, if one came."""

    response: httpx2.Response | None = None


class ApiTransport(httpx2.AsyncBaseTransport):
    """Sends one logical request with auth, limiting and retries; raises on non-2xx.

    Only the client that created the shared state owns (and closes) the pool; views don't.
    """

    def __init__(self, shared: SharedState, retry: RetryPolicy, *, owner: bool) -> None:
        self._shared = shared
        self._retry = retry
        self._owner = owner

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._shared.closed:
            raise RuntimeError("Cannot send a request: the ServiceTitanClient has been closed")
        # A buffered body can be sent again on a retry; generated code sends bytes anyway.
        await request.aread()
        shared = self._shared
        exchange = _Exchange(shared, self._retry, request)
        outcome = await send_with_retries(
            exchange.send,
            _Failure,
            self._retry,
            method=request.method,
            what=exchange.describe,
            clock=shared.clock,
            sleep=shared.sleep,
        )
        if isinstance(outcome, httpx2.Response):
            return outcome
        attempts = exchange.attempt
        logger.warning(
            "Giving up on %s after %d attempt%s: %s",
            exchange.describe(),
            attempts,
            "" if attempts == 1 else "s",
            outcome.describe(),
        )
        cause = without_frames(outcome.error) if outcome.error is not None else None
        raise self._error(request, outcome, attempts) from cause

    def _error(
        self, request: httpx2.Request, failure: _Failure, attempts: int
    ) -> ServiceTitanError:
        """The typed error for the failure a request ended with."""
        if failure.response is not None:
            response = failure.response
            return error_from_response(
                method=request.method,
                url=request.url,
                status_code=response.status_code,
                content=response.content,
                headers=response.headers,
                retry_after=failure.retry_after,
                attempts=attempts,
                redactor=self._shared.redactor,
            )
        assert failure.error is not None
        error = failure.error
        message = f"{type(error).__name__} for {request.method} {request.url.path}"
        if str(error):
            message = f"{message}: {self._shared.redactor.text(str(error))}"
        if attempts > 1:
            message = f"{message} (gave up after {attempts} attempts)"
        url = str(request.url.copy_with(query=None, fragment=None))
        if isinstance(error, httpx2.TimeoutException):
            return RequestTimeoutError(message, method=request.method, url=url)
        return TransportError(message, method=request.method, url=url)

    async def aclose(self) -> None:
        if self._owner and not self._shared.closed:
            self._shared.closed = True
            await self._shared.pool.aclose()


class _Exchange:
    """One logical request through the transport: each send, and the token it carried."""

    __slots__ = ("_policy", "_request", "_shared", "_token", "attempt")

    def __init__(self, shared: SharedState, policy: RetryPolicy, request: httpx2.Request) -> None:
        self._shared = shared
        self._policy = policy
        self._request = request
        self._token: Token | None = None
        self.attempt = 0  # the budget's count at the last send

    async def send(self, budget: Budget, waited: float, replay: bool) -> httpx2.Response | _Failure:
        """One trip through the limiter and the pool: the 2xx response, or the failure for the
        retry loop to judge. A replay renews the token the last answer rejected."""
        self.attempt = budget.attempt
        shared, request = self._shared, self._request
        if shared.limiter is not None:
            await shared.limiter.acquire()
        # Read after the limiter's wait, so a long queue never sends a token that expired in it.
        if replay and self._token is not None:
            token = await shared.tokens.refresh(self._token, self._policy)
        else:
            token = await shared.tokens.get(self._policy)
        self._token = token
        request.headers["Authorization"] = f"Bearer {token.secret.reveal()}"
        request.headers[APP_KEY_HEADER] = shared.config.app_key.reveal()
        logged = logger.isEnabledFor(logging.DEBUG)
        sent = time.perf_counter() if logged else 0.0
        try:
            response = await read_and_release(
                await shared.pool.handle_async_request(request), request
            )
        except httpx2.TransportError as exc:
            if logged:
                self._log(type(exc).__name__, sent, waited, replay)
            return _Failure(error=exc)
        status = response.status_code
        if logged:
            self._log(str(status), sent, waited, replay)
        if 200 <= status < 300:
            return response
        return _Failure(
            status_code=status,
            retry_after=retry_after_of(response, cap=self._policy.wait_max),
            answered_with=token.generation,
            response=response,
        )

    def _log(self, outcome: str, sent: float, waited: float, replay: bool) -> None:
        logger.debug(
            "%s -> %s in %.1f ms (attempt %d%s, waited %.3f s)",
            self.describe(),
            outcome,
            (time.perf_counter() - sent) * 1000,
            self.attempt,
            ", replayed with a new token after 401" if replay else "",
            waited,
        )

    def describe(self) -> str:
        return f"{self._request.method} {_route(self._request)}"


def _route(request: httpx2.Request) -> str:
    """The route template (`/customers/{id}`) generated code sends along, else the path."""
    route = request.extensions.get(ROUTE_EXTENSION)
    return route if isinstance(route, str) else request.url.path
