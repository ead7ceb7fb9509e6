"""When to send a request again, and how long to wait first. The only place that decides.

The rule, by what the server may already have done:

- 429 Too Many Requests: retried for every method; the server refused before acting.
- Failures before the request was sent (connect error, connect timeout, pool timeout):
  retried for every method; the server never saw it.
- Every 5xx (500, 502-504, the 520-524 of a CDN in front of the API, ...) and failures after
  sending (read/write timeout, reset, protocol error): retried only for GET, HEAD, OPTIONS, PUT
  and DELETE, whose repetition is harmless, and for token requests (they only ask for a token).
  A POST or PATCH may have been carried out, so it is never repeated: the error is raised at once.
- Anything else (4xx other than 429) is an answer, not a hiccup: never retried.
- 401 Unauthorized to an API request: the token is renewed and the request replayed at once.
  Each replay takes an attempt from the same budget as retries, while any is left. The first
  401 is always replayed, even when the budget is spent (so `attempts=1` still survives a token
  revoked in flight), and only that replay may go beyond it: a request is sent at most
  `attempts + 1` times, whatever mix of 401s and 5xx it meets. A later 401 is replayed only
  while the budget (attempts and total time) lasts and the rejected token is newer than the one
  the request was first answered with: a token revoked that quickly is the server's churn, not
  bad credentials.

`Budget` applies these rules to the sends of one logical request; `_retry_loop` sends.

`RetryPolicy(retry_statuses=...)` replaces the statuses retried (default: 429 and every 5xx);
POST and PATCH are still retried only on those of them that say the server did not act (429).

How long: the server's `Retry-After` (seconds or HTTP-date) when present, else exponential
backoff with full jitter (a uniform draw between 0 and `wait_initial * wait_exp_base**n`, capped
at `wait_max`), so many clients that failed together do not come back together. Retries stop
at `attempts` (counting the first) or when the next wait would pass `timeout` seconds since the
first attempt, whichever comes first; the last error is then raised.

`set_testing(True)` makes every wait zero (the attempt count still applies), so tests that
exercise retries stay fast and deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import attrs
import httpx2

from ._constants import (
    DEFAULT_RETRY_ATTEMPTS,
    DEFAULT_RETRY_STATUSES,
    DEFAULT_RETRY_TIMEOUT_SECONDS,
    DEFAULT_RETRY_WAIT_EXP_BASE,
    DEFAULT_RETRY_WAIT_INITIAL_SECONDS,
    DEFAULT_RETRY_WAIT_MAX_SECONDS,
    IDEMPOTENT_METHODS,
    RETRY_STATUSES_ANY_METHOD,
)
from ._errors import ConfigurationError

__all__ = [
    "Budget",
    "Failure",
    "RetryPolicy",
    "backoff_wait",
    "is_testing",
    "next_wait",
    "set_testing",
    "should_retry_error",
    "should_retry_status",
]

# Failures where the request never left this machine.
_NOT_SENT: tuple[type[httpx2.TransportError], ...] = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
)
# Failures worth another try when repeating the request is harmless.
_TRANSIENT: tuple[type[httpx2.TransportError], ...] = (
    httpx2.TimeoutException,
    httpx2.NetworkError,
    httpx2.RemoteProtocolError,
)

_testing = False


def _status_set(statuses: Iterable[int]) -> frozenset[int]:
    if isinstance(statuses, str | bytes) or not isinstance(statuses, Iterable):
        raise ConfigurationError(
            f"RetryPolicy retry_statuses must be a set of HTTP status codes, not {statuses!r}"
        )
    result = frozenset(statuses)
    wrong = sorted((repr(status) for status in result if not _is_status(status)), key=str)
    if wrong:
        raise ConfigurationError(
            f"RetryPolicy retry_statuses holds {', '.join(wrong)}: not HTTP status codes 100-599"
        )
    return result


def _statuses_repr(statuses: frozenset[int]) -> str:
    """`{429, 500..599}` rather than a hundred numbers."""
    runs: list[list[int]] = []
    for status in sorted(statuses):
        if runs and status == runs[-1][-1] + 1:
            runs[-1].append(status)
        else:
            runs.append([status])
    parts = [f"{run[0]}..{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    return "{" + ", ".join(parts) + "}"


def _is_status(status: object) -> bool:
    return isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599


def set_testing(on: bool) -> None:
    """Turn zero-wait mode on or off for every client in the process (for test suites)."""
    global _testing
    _testing = on


def is_testing() -> bool:
    return _testing


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry; see the module docstring for what is retried.

    `attempts` counts every send, the first try and 401 replays included (1 disables retries;
    a first 401 is still replayed once); `timeout` bounds the total time
    from the first attempt in seconds (None: attempts alone bound it); `retry_statuses` are the
    HTTP statuses worth another try (default: 429 and every 5xx).

    >>> RetryPolicy(attempts=1)  # no retries
    RetryPolicy(attempts=1, timeout=120.0, wait_initial=0.5, wait_max=30.0, wait_exp_base=2.0, \
retry_statuses={429, 500..599})
    """

    attempts: int = DEFAULT_RETRY_ATTEMPTS
    timeout: float | None = DEFAULT_RETRY_TIMEOUT_SECONDS
    wait_initial: float = DEFAULT_RETRY_WAIT_INITIAL_SECONDS
    wait_max: float = DEFAULT_RETRY_WAIT_MAX_SECONDS
    wait_exp_base: float = DEFAULT_RETRY_WAIT_EXP_BASE
    retry_statuses: frozenset[int] = attrs.field(
        default=DEFAULT_RETRY_STATUSES, converter=_status_set, repr=_statuses_repr
    )

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.attempts, int) or self.attempts < 1:
            raise ConfigurationError(
                f"RetryPolicy attempts must be an int >= 1, not {self.attempts!r}"
            )
        if self.timeout is not None and not self.timeout > 0:
            raise ConfigurationError(
                f"RetryPolicy timeout must be > 0 or None, not {self.timeout!r}"
            )
        if not 0 <= self.wait_initial <= self.wait_max:
            raise ConfigurationError(
                "RetryPolicy needs 0 <= wait_initial <= wait_max, "
                f"got {self.wait_initial!r} and {self.wait_max!r}"
            )
        if not self.wait_exp_base >= 1:
            raise ConfigurationError(
                f"RetryPolicy wait_exp_base must be >= 1, not {self.wait_exp_base!r}"
            )


RetryPolicy.__module__ = "servicetitan_crm"


def should_retry_status(policy: RetryPolicy, method: str, status_code: int) -> bool:
    if status_code not in policy.retry_statuses:
        return False
    return status_code in RETRY_STATUSES_ANY_METHOD or method.upper() in IDEMPOTENT_METHODS


def should_retry_error(method: str, error: httpx2.TransportError) -> bool:
    if isinstance(error, _NOT_SENT):
        return True
    return isinstance(error, _TRANSIENT) and method.upper() in IDEMPOTENT_METHODS


def backoff_wait(
    policy: RetryPolicy,
    retry_number: int,
    *,
    retry_after: float | None = None,
    random: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number `retry_number` (1 for the first retry).

    `random` returns a float in [0, 1); it is injectable so tests can pin the jitter.
    """
    if _testing:
        return 0.0
    if retry_after is not None:
        return retry_after
    try:
        growth = policy.wait_exp_base ** (retry_number - 1)
    except OverflowError:
        growth = float("inf")
    return min(policy.wait_max, policy.wait_initial * growth) * random()


def next_wait(
    policy: RetryPolicy,
    method: str,
    *,
    attempt: int,
    elapsed: float,
    status_code: int | None = None,
    error: httpx2.TransportError | None = None,
    retry_after: float | None = None,
) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None when this failure is final.

    The failure is an answered `status_code` or a transport `error`; `elapsed` is the time since
    the first attempt. Token requests ask as "GET": repeating them is harmless.
    """
    if attempt >= policy.attempts:
        return None
    if error is not None:
        retryable = should_retry_error(method, error)
    else:
        assert status_code is not None
        retryable = should_retry_status(policy, method, status_code)
    if not retryable:
        return None
    wait = backoff_wait(policy, attempt, retry_after=retry_after)
    if policy.timeout is not None and elapsed + wait > policy.timeout:
        return None
    return wait


@attrs.frozen
class Failure:
    """Why one send did not succeed, as the rules above read it.

    `status_code` for an answered non-2xx, `error` when no answer came. `answered_with` is the
    generation of the token the server answered (`_tokens.Token.generation`); `final` marks an
    answer no rule may retry (the token endpoint refusing the credentials).
    """

    status_code: int | None = None
    error: httpx2.TransportError | None = None
    retry_after: float | None = None
    answered_with: int | None = None
    final: bool = False

    def describe(self) -> str:
        """The status, or the transport error's name, as logs name the failure."""
        if self.status_code is not None:
            return str(self.status_code)
        return type(self.error).__name__


class Budget:
    """The sends of one logical request: how many so far, and whether to send again.

    `attempt` is the number of the send about to be (or just) made.
    """

    __slots__ = ("_first_answer", "_policy", "_replayed", "_started", "attempt", "method")

    def __init__(self, policy: RetryPolicy, method: str, started: float) -> None:
        self._policy = policy
        self.method = method
        self._started = started
        self.attempt = 1
        self._first_answer: int | None = None
        self._replayed = False

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def replays(self, failure: Failure, now: float) -> bool:
        """After `failure`: whether to renew the token and send again at once (a 401 rule)."""
        if self._first_answer is None:
            self._first_answer = failure.answered_with
        if failure.status_code != 401 or failure.answered_with is None or failure.final:
            return False
        if self._replayed:
            policy = self._policy
            first = self._first_answer
            assert first is not None
            if self.attempt >= policy.attempts or failure.answered_with <= first:
                return False
            if policy.timeout is not None and now - self._started >= policy.timeout:
                return False
        self._replayed = True
        if self.attempt < self._policy.attempts:
            self.attempt += 1  # a replay takes an attempt while any is left
        return True

    def wait(self, failure: Failure, now: float) -> float | None:
        """Seconds to wait before sending again after `failure`, or None when it is final.

        A returned wait has taken the next attempt from the budget.
        """
        if failure.final:
            return None
        wait = next_wait(
            self._policy,
            self.method,
            attempt=self.attempt,
            elapsed=now - self._started,
            status_code=failure.status_code,
            error=failure.error,
            retry_after=failure.retry_after,
        )
        if wait is not None:
            self.attempt += 1
        return wait
