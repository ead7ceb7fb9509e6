"""OAuth 2.0 client-credentials tokens: fetched once, shared, renewed ahead of expiry.

The API has no refresh tokens; a new token is a new client-credentials request, and those
requests are throttled, so the token is cached for its lifetime and concurrent callers share a
single request ("single flight"): whoever finds no fresh token starts the request, everyone
arriving meanwhile waits for that one result, success or failure. A failure is not cached: the
next call tries again. Token requests go through the same transport as API calls but carry no
`Authorization` or `ST-App-Key` header, and they do not pass the rate limiter.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from types import TracebackType

import anyio
import attrs
import httpx2

from ._config import ClientConfig
from ._constants import DEFAULT_TOKEN_LIFETIME_SECONDS, TOKEN_REFRESH_MARGIN_SECONDS
from ._errors import (
    ApiError,
    AuthenticationError,
    Problem,
    RequestTimeoutError,
    TransportError,
    error_from_response,
)
from ._logging import logger

__all__ = ["TokenProvider"]


@attrs.frozen
class _Token:
    value: str = attrs.field(repr=False)
    renew_at: float


class _Flight:
    """One token request in progress, awaited by everyone who needs a token meanwhile."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: _Token | None = None
        self.error: BaseException | None = None
        self.traceback: TracebackType | None = None


class TokenProvider:
    """Hands out a valid access token, fetching one only when needed."""

    def __init__(
        self,
        config: ClientConfig,
        transport: httpx2.AsyncBaseTransport,
        *,
        timeout: httpx2.Timeout,
        include_tenant: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._config = config
        self._transport = transport
        self._timeout = timeout
        self._include_tenant = include_tenant
        self._clock = clock
        self._token: _Token | None = None
        self._flight: _Flight | None = None

    def __repr__(self) -> str:
        return f"<TokenProvider auth_url={self._config.auth_url!r}>"

    async def get(self) -> str:
        """A token that is not about to expire."""
        token = self._token
        if token is not None and self._clock() < token.renew_at:
            return token.value
        return await self._shared_fetch()

    async def refresh(self, rejected: str) -> str:
        """A token other than `rejected` (which the API answered 401 to).

        When concurrent requests are all rejected, the first one fetches and the others get
        its result instead of fetching again.
        """
        token = self._token
        if token is not None and token.value != rejected and self._clock() < token.renew_at:
            return token.value
        if token is not None and token.value == rejected:
            self._token = None
        return await self._shared_fetch()

    async def _shared_fetch(self) -> str:
        while True:
            flight = self._flight
            if flight is None:
                return await self._lead_fetch()
            await flight.done.wait()
            if flight.token is not None:
                return flight.token.value
            if flight.error is not None:
                # Like a future's result(): every waiter sees the leader's error.
                raise flight.error.with_traceback(flight.traceback)
            # The leader was cancelled: it owes nobody an answer, so try again ourselves.

    async def _lead_fetch(self) -> str:
        flight = self._flight = _Flight()
        try:
            flight.token = self._token = await self._request_token()
            return flight.token.value
        except Exception as exc:
            flight.error, flight.traceback = exc, exc.__traceback__
            raise
        finally:
            self._flight = None
            flight.done.set()

    async def _request_token(self) -> _Token:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._config.client_id,
            "client_secret": self._config.client_secret,
        }
        if self._include_tenant:
            form["tenant"] = self._config.tenant
        request = httpx2.Request(
            "POST",
            self._config.auth_url,
            data=form,
            headers={"Accept": "application/json"},
            extensions={"timeout": self._timeout.as_dict()},
        )
        started = self._clock()
        try:
            response = await self._transport.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
        except httpx2.TransportError as exc:
            error_cls = (
                RequestTimeoutError if isinstance(exc, httpx2.TimeoutException) else TransportError
            )
            raise error_cls(
                f"Token request to {request.url.host} failed: {type(exc).__name__}: {exc}",
                method="POST",
                url=str(request.url),
            ) from exc
        logger.debug("POST %s -> %d (token request)", request.url.path, response.status_code)
        if not 200 <= response.status_code < 300:
            raise self._scrubbed(
                error_from_response(
                    method="POST",
                    url=request.url,
                    status_code=response.status_code,
                    content=content,
                    headers=response.headers,
                    cls=AuthenticationError,
                )
            )
        return self._parse(content, response, request, started)

    def _parse(
        self, content: bytes, response: httpx2.Response, request: httpx2.Request, started: float
    ) -> _Token:
        def refused(reason: str) -> AuthenticationError:
            return AuthenticationError(
                f"Token response from {request.url.host} is unusable: {reason}",
                status_code=response.status_code,
                method="POST",
                url=str(request.url),
                problem=Problem(),
                headers=response.headers,
            )

        try:
            body = json.loads(content)
        except ValueError:
            raise refused("not JSON") from None
        if not isinstance(body, dict):
            raise refused("not a JSON object")
        value = body.get("access_token")
        if not isinstance(value, str) or not value:
            raise refused("no access_token")
        lifetime = body.get("expires_in", DEFAULT_TOKEN_LIFETIME_SECONDS)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or lifetime <= 0:
            raise refused(f"expires_in is {lifetime!r}, not a positive number")
        # Renew TOKEN_REFRESH_MARGIN_SECONDS early, but never use less than half a short lifetime.
        usable = max(lifetime - TOKEN_REFRESH_MARGIN_SECONDS, lifetime / 2)
        logger.debug("Fetched an access token valid for %s s", lifetime)
        return _Token(value=value, renew_at=started + usable)

    def _scrubbed(self, error: ApiError) -> ApiError:
        """Remove the client secret should the token endpoint echo it back."""
        secret = self._config.client_secret
        if secret in error.message or secret.encode() in error.content:
            error.message = error.message.replace(secret, "***")
            error.args = (error.message,)
            error.content = error.content.replace(secret.encode(), b"***")
            error.problem = Problem.from_content(error.content)
        return error
