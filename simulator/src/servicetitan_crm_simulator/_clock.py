"""A simulated clock that moves only when told to, for deterministic tests."""

from __future__ import annotations

import datetime as dt


class ManualClock:
    """Pass as `SimulatorConfig(clock=...)`; `advance()` moves simulated time forward.

    Token expiry, new records' timestamps and the export feeds' recent-change delay follow it,
    so a test can expire a token or age a change without waiting.
    """

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
