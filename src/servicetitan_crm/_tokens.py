"""OAuth 2.0 client-credentials tokens: fetched once, shared, renewed ahead of expiry.

The API has no refresh tokens; a new token is a new client-credentials request, and those
requests are throttled, so the token is cached for its lifetime and concurrent callers share a
single request ("single flight"): whoever finds no fresh token starts the request, everyone
arriving meanwhile waits for that one result, success or failure. A failure is not cached: the
next call tries again. Token requests go through the same transport as API calls but carry no
`Authorization` or `ST-App-Key` header, and they do not pass the rate limiter.

A token request is safe to repeat, so it goes through the retry loop of API requests
(`_retry_loop`) with the rule of a GET, its own budget, and the wait its answer asks for
(`Retry-After`, or a 429 body's "try again in"). What is left when retries end is raised as what
it is: `ServerError` for a 5xx, `RateLimitError` for a 429, `TransportError` when no answer came;
`AuthenticationError` only when the endpoint refused the credentials (400 or 401, e.g.
`invalid_client`) or answered 2xx with no usable token. The client secret and every token are
held as `Secret`s, and each token is given to the client's `Redactor` so that error texts never
quote it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from types import TracebackType

import anyio
import attrs
import httpx2

from ._config import ClientConfig
from ._constants import DEFAULT_TOKEN_LIFETIME_SECONDS, TOKEN_REFRESH_MARGIN_SECONDS
from ._errors import (
    AuthenticationError,
    Problem,
    RequestTimeoutError,
    ServiceTitanError,
    TransportError,
    error_from_response,
    redacted_headers,
    without_frames,
)
from ._logging import logger
from ._release import read_and_release
from ._retry import Budget, Failure, RetryPolicy
from ._retry_after import retry_after_of
from ._retry_loop import send_with_retries
from ._secret import Redactor, Secret

__all__ = ["Token", "TokenProvider"]

# Statuses with which the token endpoint refuses the credentials themselves (RFC 6749 5.2).
_REFUSALS = frozenset({400, 401})


@attrs.frozen
class Token:
    """An access token, its place in the order of fetches (1, 2, ...) and when to renew it."""

    secret: Secret
    generation: int
    renew_at: float


@attrs.frozen
class _Failure(Failure):
    """How one token request failed: the error to raise if it is the last."""

    raised: ServiceTitanError | None = None


class _Flight:
    """One token request in progress, awaited by everyone who needs a token meanwhile."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: Token | None = None
        self.error: BaseException | None = None
        self.traceback: TracebackType | None = None


class TokenProvider:
    """Hands out a valid access token, fetching one only when needed."""

    __slots__ = (
        "_clock",
        "_config",
        "_fetched",
        "_flight",
        "_include_tenant",
        "_redactor",
        "_sleep",
        "_timeout",
        "_token",
        "_transport",
    )

    def __init__(
        self,
        config: ClientConfig,
        transport: httpx2.AsyncBaseTransport,
        *,
        timeout: httpx2.Timeout,
        redactor: Redactor,
        include_tenant: bool = False,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._config = config
        self._transport = transport
        self._timeout = timeout
        self._redactor = redactor
        self._include_tenant = include_tenant
        self._clock = clock
        self._sleep = sleep
        self._token: Token | None = None
        self._flight: _Flight | None = None
        self._fetched = 0

    def __repr__(self) -> str:
        return f"<TokenProvider auth_url={self._config.auth_url!r}>"

    async def get(self, policy: RetryPolicy) -> Token:
        """A token that is not about to expire; a fetch retries as `policy` says."""
        token = self._token
        if token is not None and self._clock() < token.renew_at:
            return token
        return await self._shared_fetch(policy)

    async def refresh(self, rejected: Token, policy: RetryPolicy) -> Token:
        """A token other than `rejected` (which the API answered 401 to).

        When a newer token is already cached (another request renewed it meanwhile), that one;
        when concurrent requests are all rejected, the first one fetches and the others get its
        result instead of fetching again.
        """
        token = self._token
        if token is not None and token != rejected and self._clock() < token.renew_at:
            return token
        if token is not None and token == rejected:
            self._token = None
        return await self._shared_fetch(policy)

    async def _shared_fetch(self, policy: RetryPolicy) -> Token:
        while True:
            flight = self._flight
            if flight is None:
                return await self._lead_fetch(policy)
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                # Like a future's result(): every waiter sees the leader's error.
                raise flight.error.with_traceback(flight.traceback)
            # The leader was cancelled: it owes nobody an answer, so try again ourselves.

    async def _lead_fetch(self, policy: RetryPolicy) -> Token:
        flight = self._flight = _Flight()
        try:
            flight.token = self._token = await self._fetch_with_retries(policy)
            return flight.token
        except Exception as exc:
            flight.error, flight.traceback = exc, exc.__traceback__
            raise
        finally:
            self._flight = None
            flight.done.set()

    async def _fetch_with_retries(self, policy: RetryPolicy) -> Token:
        outcome = await send_with_retries(
            self._request_token,
            _Failure,
            policy,
            method="GET",
            what=_describe,
            clock=self._clock,
            sleep=self._sleep,
        )
        if isinstance(outcome, Token):
            self._redactor.remember(outcome.secret)
            return outcome
        assert outcome.raised is not None
        raise outcome.raised from outcome.error

    def _form(self) -> dict[str, str]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._config.client_id,
            "client_secret": self._config.client_secret.reveal(),
        }
        if self._include_tenant:
            form["tenant"] = self._config.tenant
        return form

    async def _request_token(self, budget: Budget, waited: float, replay: bool) -> Token | _Failure:
        """One token request: the token, or how it failed (the retry loop decides what next)."""
        request = httpx2.Request(
            "POST",
            self._config.auth_url,
            data=self._form(),
            headers={"Accept": "application/json"},
            extensions={"timeout": self._timeout.as_dict()},
        )
        started = self._clock()
        try:
            response = await read_and_release(
                await self._transport.handle_async_request(request), request
            )
        except httpx2.TransportError as exc:
            error_cls = (
                RequestTimeoutError if isinstance(exc, httpx2.TimeoutException) else TransportError
            )
            message = f"Token request to {request.url.host} failed: {type(exc).__name__}: {exc}"
            error = error_cls(self._redactor.text(message), method="POST", url=str(request.url))
            return _Failure(error=without_frames(exc), raised=error)
        logger.debug("POST %s -> %d (token request)", request.url.path, response.status_code)
        if not 200 <= response.status_code < 300:
            status = response.status_code
            retry_after = retry_after_of(response, cap=budget.policy.wait_max)
            refused = error_from_response(
                method="POST",
                url=request.url,
                status_code=status,
                content=response.content,
                headers=response.headers,
                retry_after=retry_after,
                cls=AuthenticationError if status in _REFUSALS else None,
                redactor=self._redactor,
            )
            return _Failure(
                status_code=status,
                retry_after=retry_after,
                final=status in _REFUSALS,
                raised=refused,
            )
        return self._parse(response, request, started)

    def _parse(self, response: httpx2.Response, request: httpx2.Request, started: float) -> Token:
        def refused(reason: str) -> AuthenticationError:
            return AuthenticationError(
                f"Token response from {request.url.host} is unusable: {reason}",
                status_code=response.status_code,
                method="POST",
                url=str(request.url),
                problem=Problem(),
                headers=redacted_headers(response.headers, self._redactor),
            )

        try:
            body = json.loads(response.content)
        except ValueError:
            raise refused("not JSON") from None
        if not isinstance(body, dict):
            raise refused("not a JSON object")
        value = body.pop("access_token", None)
        if not isinstance(value, str) or not value:
            raise refused("no access_token")
        secret = Secret(value)
        del value
        lifetime = body.get("expires_in", DEFAULT_TOKEN_LIFETIME_SECONDS)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or lifetime <= 0:
            self._redactor.remember(secret)
            raise refused(f"expires_in is {lifetime!r}, not a positive number")
        # Renew TOKEN_REFRESH_MARGIN_SECONDS early, but never use less than half a short lifetime.
        usable = max(lifetime - TOKEN_REFRESH_MARGIN_SECONDS, lifetime / 2)
        logger.debug("Fetched an access token valid for %s s", lifetime)
        self._fetched += 1
        return Token(secret=secret, generation=self._fetched, renew_at=started + usable)


def _describe() -> str:
    return "the token request"
