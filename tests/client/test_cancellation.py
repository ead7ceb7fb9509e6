"""Cancelled calls give their pool slot back: 10,000 cancellations at random points, none leaks."""

from __future__ import annotations

from .cancellation import POOL_CONNECTIONS, run_stress

CANCELLATIONS = 10_000


async def test_ten_thousand_cancellations_leave_both_pool_slots_usable() -> None:
    # task.cancel(), asyncio.wait_for and anyio cancel scopes, on single calls and on a plain
    # `async for` over an export feed, six callers sharing one client with two connections.
    tally = await run_stress(cancellations=CANCELLATIONS, time_limit=50.0)

    assert tally.cancellations >= CANCELLATIONS, tally
    assert tally.errors == {}, tally
    assert tally.leaked_slots == 0, tally
    # Two calls that can only finish together, so both connections were free.
    assert tally.final_call == "both pool slots answered", tally
    assert POOL_CONNECTIONS == 2
