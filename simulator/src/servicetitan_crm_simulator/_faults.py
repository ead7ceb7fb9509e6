"""Switchable failures: error bursts, dropped connections and a per-tenant rate limit."""

from __future__ import annotations

import collections
import dataclasses
import math

from servicetitan_crm_simulator._config import MIN_RETRY_AFTER_SECONDS

_RATE_WINDOW_SECONDS = 1.0


@dataclasses.dataclass
class _Burst:
    remaining: int
    # None means drop the connection instead of answering.
    status: int | None
    path: str
    method: str | None
    tenant: int | None

    def describe(self) -> str:
        what = "drop_next" if self.status is None else "fail_next"
        scope = [f"path={self.path!r}"]
        if self.status is not None:
            scope.insert(0, f"status={self.status}")
        if self.method is not None:
            scope.append(f"method={self.method!r}")
        if self.tenant is not None:
            scope.append(f"tenant={self.tenant}")
        return f"{what}(..., {', '.join(scope)}): {self.remaining} left"

    def matches(self, method: str, path: str, tenant: int | None) -> bool:
        return (
            self.path in path
            and (self.method is None or self.method == method)
            and (self.tenant is None or self.tenant == tenant)
        )


class Faults:
    """Failures queued for the next matching requests, consumed in the order they were added.

    `path` is matched as a substring of the request's whole path, query string excluded:
    `"/customers"` matches `/crm/v2/tenant/1000/customers` and `/crm/v2/tenant/1000/customers/5/
    notes` alike, `"/export/"` every export feed, `"/connect/token"` the token endpoint, and the
    empty string every request. `method` (any case) and `tenant` narrow it further; `tenant`
    limits a failure to the API requests of one tenant (token requests name no tenant, so they
    never match it). Under the pytest plugin a failure still queued when the test ends fails
    that test (see `unfired`).
    """

    def __init__(self) -> None:
        self._bursts: list[_Burst] = []
        self._recent: dict[int, collections.deque[float]] = {}

    def fail_next(
        self,
        count: int,
        *,
        status: int = 503,
        path: str = "",
        method: str | None = None,
        tenant: int | None = None,
    ) -> None:
        """The next `count` matching requests answer `status` with an RFC 7807 body."""
        self._add(_Burst(count, status, path, method, tenant))

    def drop_next(
        self, count: int, *, path: str = "", method: str | None = None, tenant: int | None = None
    ) -> None:
        """The next `count` matching requests lose their connection without an answer."""
        self._add(_Burst(count, None, path, method, tenant))

    def clear(self) -> None:
        self._bursts.clear()
        self._recent.clear()

    @property
    def pending(self) -> int:
        return sum(burst.remaining for burst in self._bursts)

    def unfired(self) -> list[str]:
        """The queued failures no request has used up yet, one line each."""
        return [burst.describe() for burst in self._bursts]

    def _add(self, burst: _Burst) -> None:
        if burst.remaining < 1:
            raise ValueError(f"count must be >= 1, got {burst.remaining}")
        if burst.method is not None:
            burst.method = burst.method.upper()
        self._bursts.append(burst)

    def take(self, method: str, path: str, tenant: int | None) -> tuple[bool, int | None]:
        """(True, status or None for a drop) when a queued failure applies to this request."""
        for burst in self._bursts:
            if burst.matches(method, path, tenant):
                burst.remaining -= 1
                if burst.remaining == 0:
                    self._bursts.remove(burst)
                return True, burst.status
        return False, None

    def retry_after(self, tenant: int, limit: float | None, now: float) -> int | None:
        """Seconds to wait when this request exceeds `limit` requests per second, else None.

        A sliding one-second window of real (monotonic) time: clients pace themselves in
        real time, whatever the simulated clock says.
        """
        if limit is None:
            return None
        recent = self._recent.setdefault(tenant, collections.deque())
        while recent and recent[0] <= now - _RATE_WINDOW_SECONDS:
            recent.popleft()
        if len(recent) >= math.floor(limit):
            wait = recent[0] + _RATE_WINDOW_SECONDS - now if recent else _RATE_WINDOW_SECONDS
            return max(MIN_RETRY_AFTER_SECONDS, math.ceil(wait))
        recent.append(now)
        return None
