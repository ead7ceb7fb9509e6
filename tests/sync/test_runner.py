"""The runner in-process: tenants and feeds concurrently, failures kept to their tenant, the
process's signal handling left as it was found."""

from __future__ import annotations

import signal
from pathlib import Path
from types import FrameType

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._sync._feeds import FEEDS
from servicetitan_crm._sync._progress import FeedProgress
from servicetitan_crm._sync._runner import SyncOptions, run_sync
from servicetitan_crm._sync._simulate import simulated_tenants
from servicetitan_crm._sync._store import open_store
from servicetitan_crm._sync._tenants import TenantSource


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, int, str]] = []

    def report(self, event: str, progress: FeedProgress) -> None:
        self.events.append((event, progress.tenant, progress.feed))

    def close(self) -> None:
        """Nothing to release."""


def _quiet(signum: int, frame: FrameType | None) -> None:
    """A handler the run must put back."""


async def test_a_tenant_whose_client_cannot_be_made_fails_alone_and_handlers_are_restored(
    tmp_path: Path,
) -> None:
    good = simulated_tenants([1000])

    def no_credentials() -> ServiceTitanClient:
        return ServiceTitanClient(tenant=2000, client_id="", client_secret="", app_key="")

    sources = [*good, TenantSource(2000, no_credentials)]
    store = await open_store(str(tmp_path / "runner.sqlite"), "test")
    previous = signal.signal(signal.SIGTERM, _quiet)
    recorder = Recorder()
    try:
        await store.prepare(FEEDS)
        outcome = await run_sync(store, sources, SyncOptions(FEEDS, "test"), recorder)
        assert signal.getsignal(signal.SIGTERM) is _quiet
    finally:
        signal.signal(signal.SIGTERM, previous)
        await store.aclose()

    assert outcome.exit_status(follow=False) == 1
    assert {(p.tenant, p.feed) for p in outcome.failed} == {(2000, f.name) for f in FEEDS}
    assert all("ConfigurationError" in str(p.error) for p in outcome.failed)
    assert all(p.caught_up for p in outcome.feeds if p.tenant == 1000)
    assert {(1000, feed.name) for feed in FEEDS} <= {
        (tenant, feed) for event, tenant, feed in recorder.events if event == "caught-up"
    }
