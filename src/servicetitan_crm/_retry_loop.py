"""The one loop that sends a request until it succeeds or `_retry.Budget` says stop.

API requests (`_transport`) and token requests (`_tokens`) both go through `send_with_retries`:
each passes a function that makes one send and returns the result, or the `Failure` it met.
The loop asks the budget whether to replay at once (a 401 to an API request), else how long to
wait before the next send, sleeps that long, and sends again; when the budget says stop, it
returns the last `Failure` for the caller to raise as its typed error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from ._logging import logger
from ._retry import Budget, Failure, RetryPolicy

__all__ = ["Send", "send_with_retries"]

T = TypeVar("T")
F = TypeVar("F", bound=Failure)

# One send: (budget, seconds waited before it, whether it replays a 401 with a renewed token).
Send = Callable[[Budget, float, bool], Awaitable[T | F]]


async def send_with_retries(
    send: Send[T, F],
    failure_type: type[F],
    policy: RetryPolicy,
    *,
    method: str,
    what: Callable[[], str],
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[None]],
) -> T | F:
    """The first result of `send` that is not a `failure_type`, or the failure that ended it.

    `method` decides what is retried (token requests pass "GET": repeating them is harmless);
    `what` names the request in the log line of each retry (`GET /customers/{id}`).
    """
    budget = Budget(policy, method, clock())
    waited, replay = 0.0, False
    while True:
        outcome = await send(budget, waited, replay)
        if not isinstance(outcome, failure_type):
            return outcome
        if budget.replays(outcome, clock()):
            waited, replay = 0.0, True
            continue
        attempt = budget.attempt
        wait = budget.wait(outcome, clock())
        if wait is None:
            return outcome
        logger.info(
            "Retrying %s after %s in %.3f s (attempt %d of %d)",
            what(),
            outcome.describe(),
            wait,
            attempt + 1,
            policy.attempts,
        )
        if wait > 0:
            await sleep(wait)
        waited, replay = wait, False
