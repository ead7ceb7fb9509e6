"""cProfile over an awaited workload, summarised as text for RESULTS.md when a target is missed."""

from __future__ import annotations

import cProfile
import importlib.util
import io
import pstats
import time
from collections.abc import Awaitable, Callable

# How many functions of the profile the report lists.
PROFILE_TOP_FUNCTIONS = 15


async def profile(workload: Callable[[], Awaitable[object]]) -> str:
    """Run `workload` under cProfile (this thread only) and list the costliest functions.

    Sorted by own time, so the list names where the CPU goes rather than which frames wait.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        await workload()
    finally:
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(pstats.SortKey.TIME).print_stats(PROFILE_TOP_FUNCTIONS)
    text = out.getvalue()
    # Keep the table, drop pstats' preamble lines about the (absent) profile file.
    start = text.find("   ncalls")
    body = text[start:] if start >= 0 else text
    total = f"{stats.total_tt:.3f}"  # type: ignore[attr-defined]
    title = f"cProfile, top {PROFILE_TOP_FUNCTIONS} by own time (total {total} s):"
    return f"{title}\n\n```\n{body.rstrip()}\n```"


# Calls timed to price httpcore's async-library check.
LIBRARY_CHECK_CALLS = 2_000


def missing_sniffio_note() -> str:
    """A sentence on what httpcore's per-call `import sniffio` costs here, if sniffio is missing.

    httpcore asks `current_async_library()` several times per request; without sniffio
    installed, each ask is a failed import that searches `sys.path` again (failures are not
    cached), which profiles as `find_spec` under the request.
    """
    if importlib.util.find_spec("sniffio") is not None:
        return ""
    from httpcore._synchronization import current_async_library

    started = time.perf_counter()
    for _ in range(LIBRARY_CHECK_CALLS):
        current_async_library()
    per_call = (time.perf_counter() - started) / LIBRARY_CHECK_CALLS
    return (
        "sniffio is not installed (anyio 4.16 no longer pulls it in), so httpcore's "
        f"`current_async_library()`, called several times per request, costs {per_call * 1e6:.0f} "
        "µs per call in a failed `import sniffio` path search; this costs the SDK and raw httpx "
        "alike. Adding `sniffio` to the dependencies removes it."
    )
