"""What a running sync shows: a live table on a terminal, log lines otherwise, JSON for machines.

The runner keeps one `FeedProgress` per (tenant, feed) and tells the reporter about each event:
`leased`, `waiting` (another worker holds the feed), `batch` (one committed), `rejected` (the batch
quarantined malformed records), `stale` (it carried records older than the stored ones, which
were not written), `caught-up`, `done-elsewhere` (another worker caught it up), `released`,
`failed`, `stopped`.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from typing import IO, Any, Protocol

from .._constants import SYNC_LOG_INTERVAL_SECONDS
from ._store import utc_now

__all__ = ["FeedProgress", "JsonReporter", "LiveReporter", "LogReporter", "Reporter"]

EVENTS = (
    "leased",
    "waiting",
    "batch",
    "rejected",
    "stale",
    "caught-up",
    "done-elsewhere",
    "released",
    "failed",
    "stopped",
)
# Events that change what a feed is doing (the log shows every one of them; `released` only
# matters between workers, and the JSON shows it).
_STATE_EVENTS = frozenset(EVENTS) - {"batch", "released"}


@dataclasses.dataclass
class FeedProgress:
    """How far one (tenant, feed) got in this process."""

    tenant: int
    feed: str
    state: str = "starting"
    records: int = 0
    batches: int = 0
    caught_up: bool = False
    error: str | None = None
    started: float | None = None
    last_batch: float | None = None
    # Whether this process found a committed token (None until it first took the feed).
    resumed: bool | None = None
    # Records quarantined, and records not written because a newer version was stored.
    rejects: int = 0
    stale: int = 0
    last_problem: str | None = None
    # The newest `modifiedOn` committed by this process (canonical UTC text), for the lag.
    newest_modified_on: str | None = None
    # Answers asked for again because their body was cut short (`_refetch`).
    body_retries: int = 0

    def count_body_retry(self) -> None:
        self.body_retries += 1

    def rate(self) -> float:
        """Records per second since this process took the feed."""
        if self.started is None or self.last_batch is None or self.last_batch <= self.started:
            return 0.0
        return self.records / (self.last_batch - self.started)

    def describe(self) -> str:
        text = (
            f"tenant {self.tenant} {self.feed}: {self.records:,} records "
            f"({self.rate():,.0f}/s), {self.batches:,} batches"
        )
        if self.rejects:
            text += f", {self.rejects:,} rejected (last: {self.last_problem})"
        if self.stale:
            text += f", {self.stale:,} older than stored (skipped)"
        text += f", {self.state}"
        return f"{text}: {self.error}" if self.error else text


class Reporter(Protocol):
    def report(self, event: str, progress: FeedProgress) -> None: ...

    def close(self) -> None: ...


class LogReporter:
    """Plain lines on stderr: every state change, and a feed's counts every few seconds."""

    def __init__(
        self, stream: IO[str] | None = None, interval: float = SYNC_LOG_INTERVAL_SECONDS
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._interval = interval
        self._last: dict[tuple[int, str], float] = {}

    def report(self, event: str, progress: FeedProgress) -> None:
        key = (progress.tenant, progress.feed)
        now = time.monotonic()
        if event == "released":
            return
        if event not in _STATE_EVENTS and now - self._last.get(key, -self._interval) < (
            self._interval
        ):
            return
        self._last[key] = now
        print(f"{utc_now()} {progress.describe()}", file=self._stream, flush=True)

    def close(self) -> None:
        """Nothing buffered."""


class JsonReporter:
    """One JSON object per event on stdout, `time` in ISO 8601 UTC and `worker` naming this
    process."""

    def __init__(self, worker: str, stream: IO[str] | None = None) -> None:
        self._worker = worker
        self._stream = stream if stream is not None else sys.stdout

    def report(self, event: str, progress: FeedProgress) -> None:
        line: dict[str, Any] = {
            "event": event,
            "time": utc_now(),
            "worker": self._worker,
            "tenant": progress.tenant,
            "feed": progress.feed,
            "records": progress.records,
            "batches": progress.batches,
            "recordsPerSecond": round(progress.rate(), 1),
            "caughtUp": progress.caught_up,
            "rejected": progress.rejects,
            "stale": progress.stale,
        }
        if progress.error is not None:
            line["error"] = progress.error
        print(json.dumps(line), file=self._stream, flush=True)

    def close(self) -> None:
        """Nothing buffered."""


class LiveReporter:
    """A rich table on the terminal, one row per (tenant, feed), redrawn a few times a second."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.live import Live

        self._feeds: dict[tuple[int, str], FeedProgress] = {}
        self._live = Live(
            get_renderable=self._table,
            console=Console(stderr=True),
            refresh_per_second=4,
            transient=False,
        )
        self._live.start()

    def _table(self) -> Any:
        # Called from rich's refresh thread while the event loop adds feeds: read a copy.
        from rich.table import Table
        from rich.text import Text

        table = Table(title="servicetitan-crm sync", title_justify="left")
        for name in ("tenant", "feed", "records", "records/s", "batches", "state"):
            table.add_column(name, justify="left" if name in ("feed", "state") else "right")
        for progress in sorted(list(self._feeds.values()), key=lambda p: (p.tenant, p.feed)):
            if progress.error:
                state = Text(f"{progress.state}: {progress.error}", style="red")
            else:
                state = Text(progress.state, style="green" if progress.caught_up else "")
            table.add_row(
                str(progress.tenant),
                progress.feed,
                f"{progress.records:,}",
                f"{progress.rate():,.0f}",
                f"{progress.batches:,}",
                state,
            )
        return table

    def report(self, event: str, progress: FeedProgress) -> None:
        self._feeds[(progress.tenant, progress.feed)] = progress

    def close(self) -> None:
        self._live.stop()
