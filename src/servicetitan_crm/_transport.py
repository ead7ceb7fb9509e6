"""The transport every API request goes through: rate limit, authorize, send, retry, raise.

One attempt = wait for the rate limiter, take the current token, set `Authorization` and
`ST-App-Key`, send through the pooled transport, read the body and give the connection back
(`_release`). A 401 renews the token and replays the request (another trip through the limiter).
The loop around attempts follows `_retry`; a non-2xx answer left at the end is raised as the
typed error from `_errors`, with every known secret scrubbed from it, so callers only ever get
2xx responses back.

One budget bounds every send of a logical request, retries and replays alike: each send takes
one of `RetryPolicy.attempts`. The first 401 is always replayed, even when the budget is spent
(so `attempts=1` still survives a token revoked in flight), and only that replay may go beyond
it: a request is sent at most `attempts + 1` times, whatever mix of 401s and 5xx it meets. A later
401 is replayed only while the budget (attempts and total time) lasts and the rejected token is
newer than the one the request was first answered with: a token revoked that quickly is the
server's churn, not bad credentials.
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
from ._retry import RetryPolicy, next_wait
from ._retry_after import retry_after_from
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
class _Failure:
    """Why an attempt did not succeed: a read non-2xx response or a transport error."""

    response: httpx2.Response | None = None
    error: httpx2.TransportError | None = None
    retry_after: float | None = None


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
        policy = self._retry
        started = self._shared.clock()
        attempt, waited = 1, 0.0
        first: Token | None = None  # the token of the first answer
        rejected: Token | None = None  # after a 401: the next send renews past this token
        replayed = False
        while True:
            try:
                response, token = await self._send(request, attempt, waited, rejected=rejected)
            except httpx2.TransportError as exc:
                outcome = _Failure(error=exc)
            else:
                first = first or token
                if response.status_code == 401 and self._may_replay(
                    token, first, replayed, attempt, started
                ):
                    if attempt < policy.attempts:
                        attempt += 1  # a replay takes an attempt while any is left
                    replayed, rejected, waited = True, token, 0.0
                    continue
                if 200 <= response.status_code < 300:
                    return response
                outcome = _Failure(
                    response=response, retry_after=retry_after_from(response.headers)
                )
            wait = self._next_wait(request.method, outcome, attempt, started)
            if wait is None:
                cause = without_frames(outcome.error) if outcome.error is not None else None
                error = self._error(request, outcome, attempt)
                logger.warning(
                    "Giving up on %s %s after %d attempt%s: %s",
                    request.method,
                    _route(request),
                    attempt,
                    "" if attempt == 1 else "s",
                    _describe(outcome),
                )
                raise error from cause
            logger.info(
                "Retrying %s %s after %s in %.3f s (attempt %d of %d)",
                request.method,
                _route(request),
                _describe(outcome),
                wait,
                attempt + 1,
                policy.attempts,
            )
            if wait > 0:
                await self._shared.sleep(wait)
            attempt, waited, rejected = attempt + 1, wait, None

    def _may_replay(
        self, rejected: Token, first: Token, replayed: bool, attempt: int, started: float
    ) -> bool:
        """After a 401 (module docstring): the first replay always; a later one while attempts
        and time are left and `rejected` is newer than `first`."""
        if not replayed:
            return True
        policy = self._retry
        if attempt >= policy.attempts or rejected.generation <= first.generation:
            return False
        return policy.timeout is None or self._shared.clock() - started < policy.timeout

    async def _send(
        self, request: httpx2.Request, attempt: int, waited: float, *, rejected: Token | None
    ) -> tuple[httpx2.Response, Token]:
        """One trip through the limiter and the pool; returns the read response and the token."""
        shared = self._shared
        if shared.limiter is not None:
            await shared.limiter.acquire()
        # Read after the limiter's wait, so a long queue never sends a token that expired in it.
        if rejected is None:
            token = await shared.tokens.get(self._retry)
        else:
            token = await shared.tokens.refresh(rejected, self._retry)
        request.headers["Authorization"] = f"Bearer {token.secret.reveal()}"
        request.headers[APP_KEY_HEADER] = shared.config.app_key.reveal()
        sent = time.perf_counter()
        try:
            response = await read_and_release(
                await shared.pool.handle_async_request(request), request
            )
        except httpx2.TransportError as exc:
            self._log_attempt(request, type(exc).__name__, sent, attempt, waited, rejected)
            raise
        self._log_attempt(request, str(response.status_code), sent, attempt, waited, rejected)
        return response, token

    def _log_attempt(
        self,
        request: httpx2.Request,
        outcome: str,
        sent: float,
        attempt: int,
        waited: float,
        rejected: Token | None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d%s, waited %.3f s)",
            request.method,
            _route(request),
            outcome,
            (time.perf_counter() - sent) * 1000,
            attempt,
            ", replayed with a new token after 401" if rejected is not None else "",
            waited,
        )

    def _next_wait(
        self, method: str, failure: _Failure, attempt: int, started: float
    ) -> float | None:
        """Seconds until the next attempt, or None when this failure is final."""
        return next_wait(
            self._retry,
            method,
            attempt=attempt,
            elapsed=self._shared.clock() - started,
            status_code=failure.response.status_code if failure.response is not None else None,
            error=failure.error,
            retry_after=failure.retry_after,
        )

    def _error(
        self, request: httpx2.Request, failure: _Failure, attempts: int
    ) -> ServiceTitanError:
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


def _route(request: httpx2.Request) -> str:
    """The route template (`/customers/{id}`) generated code sends along, else the path."""
    route = request.extensions.get(ROUTE_EXTENSION)
    return route if isinstance(route, str) else request.url.path


def _describe(failure: _Failure) -> str:
    if failure.response is not None:
        return str(failure.response.status_code)
    return type(failure.error).__name__
