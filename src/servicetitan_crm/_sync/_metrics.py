"""`--metrics-port`: the running sync as Prometheus metrics, per tenant and feed.

Two sources feed them: the runner's events (`MetricsReporter`, in front of the usual reporter)
for commits, rejects, lag and leases, and each tenant client's transport (`CountingTransport`,
under the SDK's retries, so it sees every attempt) for requests by status, 429s, retries and
token requests. `prometheus-client` serves the text format from a thread; it is imported only
when the option is given.

A retry, here, is an attempt the SDK answers by trying again: one answered with a status it
retries (`DEFAULT_RETRY_STATUSES`) or cut off (a transport error), and an export body the sync
asks for again (`_refetch`).
"""

from __future__ import annotations

import datetime
import time
from typing import TYPE_CHECKING, Any

import httpx2

from .._constants import DEFAULT_RETRY_STATUSES
from ._feeds import FEEDS
from ._progress import FeedProgress, Reporter

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

__all__ = ["CountingTransport", "Metrics", "MetricsReporter", "serve_metrics"]

_PREFIX = "servicetitan_sync"
# The export path of each feed, longest first (`/export/customers/contacts` before
# `/export/customers`), to tell which feed a request served.
_FEED_PATHS = sorted(
    ((feed.endpoint._get_kwargs()["url"], feed.name) for feed in FEEDS),
    key=lambda pair: -len(pair[0]),
)
OTHER_FEED = "other"
_TOO_MANY_REQUESTS = 429


def _feed_of(path: str) -> str:
    for suffix, name in _FEED_PATHS:
        if path.endswith(suffix):
            return name
    return OTHER_FEED


def _seconds(timestamp: str) -> float:
    """Canonical UTC text (`2024-05-01T12:00:00.1234567Z`) as Unix seconds."""
    return datetime.datetime.fromisoformat(timestamp[:26] + "+00:00").timestamp()


class Metrics:
    """The metric families, in their own registry (nothing else of the process leaks in)."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge

        self.registry: CollectorRegistry = CollectorRegistry()
        feed = ("tenant", "feed")

        def counter(name: str, text: str, labels: tuple[str, ...] = feed) -> Any:
            return Counter(f"{_PREFIX}_{name}", text, labels, registry=self.registry)

        def gauge(name: str, text: str) -> Any:
            return Gauge(f"{_PREFIX}_{name}", text, feed, registry=self.registry)

        self.records = counter("records_committed", "Records committed (rows written or kept).")
        self.batches = counter("batches_committed", "Batches committed, each with its token.")
        self.rejects = counter("records_rejected", "Malformed records kept in sync_rejects.")
        self.stale = counter("records_stale", "Records older than the stored version, skipped.")
        self.requests = counter(
            "requests", "HTTP attempts by answer status (0: no answer).", (*feed, "status")
        )
        self.rate_limited = counter("rate_limited", "Attempts answered 429.")
        self.retries = counter("retries", "Attempts retried (retryable status, cut off, cut body).")
        self.tokens = Counter(
            f"{_PREFIX}_token_requests",
            "Access token requests.",
            ("tenant",),
            registry=self.registry,
        )
        self.last_commit = gauge("last_commit_timestamp_seconds", "Unix time of the last commit.")
        self.lag = gauge("lag_seconds", "Now minus the newest committed modifiedOn.")
        self.since_caught_up = gauge(
            "seconds_since_caught_up", "Seconds since the feed was last caught up (0: it is)."
        )
        self.lease = gauge("lease_held", "1 while this worker holds the feed's lease.")


class MetricsReporter:
    """Feeds the runner's events into `Metrics`, then passes them on to `inner`."""

    def __init__(self, metrics: Metrics, inner: Reporter) -> None:
        self._metrics = metrics
        self._inner = inner
        self._seen: dict[tuple[int, str], tuple[int, int, int, int, int]] = {}
        self._caught_up_at: dict[tuple[int, str], float] = {}

    def report(self, event: str, progress: FeedProgress) -> None:
        m = self._metrics
        key = (progress.tenant, progress.feed)
        labels = (str(progress.tenant), progress.feed)
        now = time.time()
        counts = (
            progress.records,
            progress.batches,
            progress.rejects,
            progress.stale,
            progress.body_retries,
        )
        before = self._seen.get(key, (0, 0, 0, 0, 0))
        for family, value, old in zip(
            (m.records, m.batches, m.rejects, m.stale, m.retries), counts, before, strict=True
        ):
            if value > old:
                family.labels(*labels).inc(value - old)
        self._seen[key] = counts
        if event == "batch":
            m.last_commit.labels(*labels).set(now)
        if progress.newest_modified_on is not None:
            m.lag.labels(*labels).set(now - _seconds(progress.newest_modified_on))
        if progress.caught_up:
            self._caught_up_at[key] = now
            m.since_caught_up.labels(*labels).set(0)
        elif key in self._caught_up_at:
            m.since_caught_up.labels(*labels).set(now - self._caught_up_at[key])
        if event == "leased":
            m.lease.labels(*labels).set(1)
        elif event in ("released", "stopped", "failed"):
            m.lease.labels(*labels).set(0)
        self._inner.report(event, progress)

    def close(self) -> None:
        self._inner.close()


class CountingTransport(httpx2.AsyncBaseTransport):
    """Counts every attempt of one tenant's client by feed and status, then sends it on."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, metrics: Metrics, tenant: int) -> None:
        self._inner = inner
        self._metrics = metrics
        self._tenant = str(tenant)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        m = self._metrics
        path = request.url.path
        if "/export/" not in path and request.method == "POST":
            m.tokens.labels(self._tenant).inc()
            return await self._inner.handle_async_request(request)
        labels = (self._tenant, _feed_of(path))
        try:
            response = await self._inner.handle_async_request(request)
        except httpx2.TransportError:
            m.requests.labels(*labels, "0").inc()
            m.retries.labels(*labels).inc()
            raise
        m.requests.labels(*labels, str(response.status_code)).inc()
        if response.status_code == _TOO_MANY_REQUESTS:
            m.rate_limited.labels(*labels).inc()
        if response.status_code in DEFAULT_RETRY_STATUSES:
            m.retries.labels(*labels).inc()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def serve_metrics(metrics: Metrics, port: int) -> None:
    """Serve the Prometheus text format on `port` (all interfaces) from a daemon thread."""
    from prometheus_client import start_http_server

    start_http_server(port, registry=metrics.registry)
