"""A client-side rate limiter, so concurrent work stays under the API's per-tenant limit.

It spaces requests evenly (the generic cell rate algorithm, a token bucket expressed as a
"theoretical arrival time"): each caller reserves the next free slot without waiting for a lock,
then sleeps until its slot. Callers are served in arrival order, and `burst` lets that many
requests through back to back after an idle spell. Even spacing (burst 1) is the default because
the API counts requests per second: a burst on top of a full second's rate could cross its
limit, while evenly spaced requests never bunch at a window's edge.

One limiter is shared by a client, all its `with_options` views and every task using them; pass
the same instance to several clients to make them share one budget.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable

import anyio

from ._constants import DEFAULT_RATE_LIMIT_BURST, DEFAULT_RATE_LIMIT_PER_SECOND
from ._errors import ConfigurationError

__all__ = ["RateLimiter"]


class RateLimiter:
    """Allow at most `rate` requests per second, evenly spaced, with bursts of `burst`.

    `clock` (monotonic seconds) and `sleep` are injectable so tests can measure the spacing
    without waiting.
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE_LIMIT_PER_SECOND,
        *,
        burst: int = DEFAULT_RATE_LIMIT_BURST,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        if not (isinstance(rate, int | float) and math.isfinite(rate) and rate > 0):
            raise ConfigurationError(f"RateLimiter rate must be a positive number, not {rate!r}")
        if not isinstance(burst, int) or burst < 1:
            raise ConfigurationError(f"RateLimiter burst must be an int >= 1, not {burst!r}")
        self.rate = float(rate)
        self.burst = burst
        self._interval = 1.0 / self.rate
        self._tolerance = (burst - 1) * self._interval
        self._clock = clock
        self._sleep = sleep
        self._next_slot = -math.inf

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"

    async def acquire(self) -> float:
        """Wait for this caller's slot; returns how long it waited in seconds."""
        # No await between reading and moving the schedule: reservations are atomic in the loop.
        now = self._clock()
        slot = max(self._next_slot, now)
        self._next_slot = slot + self._interval
        wait = slot - self._tolerance - now
        if wait > 0:
            await self._sleep(wait)
            return wait
        return 0.0


RateLimiter.__module__ = "servicetitan_crm"
