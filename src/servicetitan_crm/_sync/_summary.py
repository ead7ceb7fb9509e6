"""How each feed ended a run, so two runs can be told apart: the records it committed, and
whether it caught up (first sync, or resumed from a committed token), found nothing new, was
caught up by another worker, was interrupted (a rerun resumes from the last commit) or failed."""

from __future__ import annotations

from ._progress import FeedProgress

__all__ = ["describe", "ending", "feed_summary"]


def ending(progress: FeedProgress) -> str:
    if progress.error is not None:
        return "failed"
    if not progress.caught_up:
        return "interrupted (a rerun resumes from the last commit)"
    if progress.state == "caught up by another worker":
        return "caught up by another worker"
    if progress.records == 0:
        return "nothing new"
    return "resumed, caught up" if progress.resumed else "caught up (first sync)"


def feed_summary(progress: FeedProgress) -> dict[str, object]:
    """One feed's line of the JSON summary."""
    return {
        "tenant": progress.tenant,
        "feed": progress.feed,
        "records": progress.records,
        "rejected": progress.rejects,
        "stale": progress.stale,
        "ending": ending(progress),
    }


def describe(progress: FeedProgress) -> str:
    """One feed's line of the plain summary."""
    text = f"tenant {progress.tenant} {progress.feed}: {progress.records:,} records this run"
    if progress.rejects:
        text += f", {progress.rejects:,} rejected (in sync_rejects)"
    if progress.stale:
        text += f", {progress.stale:,} older than stored"
    return f"{text}, {ending(progress)}"
