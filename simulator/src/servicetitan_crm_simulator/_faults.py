"""Switchable failures: error bursts, dropped connections, corrupted answers and a per-tenant
rate limit."""

from __future__ import annotations

import collections
import dataclasses
import math
from typing import Literal

from servicetitan_crm_simulator._config import MIN_RETRY_AFTER_SECONDS
from servicetitan_crm_simulator._http import Response

# `truncated-body`: a 200 whose body stops halfway, as a broken proxy sends it (the length header
# matches the cut body). `malformed-record`: the first record of the answer's `data` gets an `id`
# that is no integer. `unstorable-record`: the first record of `data` keeps its keys but carries
# values a database may refuse: its first number (other than `id`) becomes `1e999999`, beyond
# PostgreSQL's NUMERIC, and its first text (other than `modifiedOn`) gains a NUL (`\u0000`),
# which PostgreSQL's jsonb refuses.
Corruption = Literal["truncated-body", "malformed-record", "unstorable-record"]
_HUGE_NUMBER = "1e999999"
_KEYS = frozenset({"id", "modifiedOn"})

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
        self._corruptions: list[tuple[_Burst, Corruption]] = []
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

    def corrupt_next(
        self,
        count: int,
        corruption: Corruption,
        *,
        path: str = "",
        method: str | None = None,
        tenant: int | None = None,
    ) -> None:
        """The next `count` matching successful answers are corrupted (see `Corruption`)."""
        burst = _Burst(count, 200, path, method, tenant)
        self._add(burst)
        self._bursts.remove(burst)
        self._corruptions.append((burst, corruption))

    def corrupted(self, method: str, path: str, tenant: int | None, answer: Response) -> Response:
        """`answer`, or its corrupted form when a queued corruption applies to it."""
        if answer.status != 200:
            return answer
        for burst, corruption in self._corruptions:
            if burst.matches(method, path, tenant):
                burst.remaining -= 1
                if burst.remaining == 0:
                    self._corruptions.remove((burst, corruption))
                return _corrupt(answer, corruption)
        return answer

    def clear(self) -> None:
        self._bursts.clear()
        self._corruptions.clear()
        self._recent.clear()

    @property
    def pending(self) -> int:
        queued = self._bursts + [burst for burst, _ in self._corruptions]
        return sum(burst.remaining for burst in queued)

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


@dataclasses.dataclass
class _RawResponse(Response):
    raw: bytes = b""

    def encode(self) -> bytes:
        return self.raw


def _corrupt(answer: Response, corruption: Corruption) -> Response:
    if corruption == "truncated-body":
        body = answer.encode()
        return _RawResponse(answer.status, answer.body, answer.headers, raw=body[: len(body) // 2])
    body = answer.body
    if not isinstance(body, dict) or not isinstance(body.get("data"), list) or not body["data"]:
        return answer
    first = dict(body["data"][0])
    if corruption == "malformed-record":
        first["id"] = f"not-an-id-{first.get('id')}"
        return dataclasses.replace(answer, body={**body, "data": [first, *body["data"][1:]]})
    marker = f"unstorable-{id(first)}"
    number = next((k for k, v in first.items() if k not in _KEYS and type(v) in (int, float)), None)
    text = next((k for k, v in first.items() if k not in _KEYS and type(v) is str), None)
    if number is not None:
        first[number] = marker
    if text is not None:
        first[text] = f"{first[text]}\x00"
    corrupted = dataclasses.replace(answer, body={**body, "data": [first, *body["data"][1:]]})
    raw = corrupted.encode().replace(f'"{marker}"'.encode(), _HUGE_NUMBER.encode(), 1)
    return _RawResponse(answer.status, corrupted.body, answer.headers, raw=raw)
