"""Benchmark: `import servicetitan_crm` plus constructing a client, in a fresh interpreter.

Each round starts a subprocess that times, with `perf_counter`, the import of the package and
the construction of a `ServiceTitanClient` (configuration only: no request is sent), alternating
with one that imports only the dependencies. One more run under `python -X importtime` gives the
package's cumulative import time as the interpreter accounts it and names the slowest imports, so
a regression says where it comes from (importtime's own bookkeeping slows that run, so it is not
the figure held to the target). Resource modules and models are imported on first use, so
neither is paid here.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys

from ._report import Result, Section

TITLE = "Import time"
TARGET_SECONDS = 0.3
ROUNDS = 9
QUICK_ROUNDS = 3
SLOWEST_SHOWN = 5
PROGRAM = """
import time
started = time.perf_counter()
import servicetitan_crm
servicetitan_crm.ServiceTitanClient(tenant=1, client_id="id", client_secret="s", app_key="k")
print(time.perf_counter() - started)
"""
DEPENDENCIES = """
import time
started = time.perf_counter()
import anyio, anyio.streams.memory, attrs, httpx2
print(time.perf_counter() - started)
"""
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)$")


def _timed(program: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *options, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


def _breakdown() -> tuple[float, list[tuple[int, str]]]:
    """From one `-X importtime` run: servicetitan_crm's cumulative seconds, top-level imports."""
    cumulative, top_level = 0.0, []
    for line in _timed(PROGRAM, "-X", "importtime").stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match is None:
            continue
        microseconds, depth, name = int(match.group(2)), len(match.group(3)), match.group(4)
        if name == "servicetitan_crm":
            cumulative = microseconds / 1e6
        if depth == 1:
            top_level.append((microseconds, name))
    return cumulative, sorted(top_level, reverse=True)[:SLOWEST_SHOWN]


def run(*, quick: bool) -> Section:
    count = QUICK_ROUNDS if quick else ROUNDS
    # Alternating rounds, so load on the machine falls on both figures alike.
    sdk, dependencies = [], []
    for _ in range(count):
        sdk.append(float(_timed(PROGRAM).stdout))
        dependencies.append(float(_timed(DEPENDENCIES).stdout))
    wall = statistics.median(sdk)
    imported, slowest = _breakdown()
    share = wall - statistics.median(dependencies)
    return Section(
        TITLE,
        (
            Result(
                "`import servicetitan_crm` + `ServiceTitanClient(...)`, wall time, fresh "
                "interpreter",
                f"{wall * 1000:.0f} ms",
                f"< {TARGET_SECONDS * 1000:.0f} ms",
                wall < TARGET_SECONDS,
            ),
        ),
        details=(
            f"Median of {count} subprocess rounds (fastest {min(sdk) * 1000:.0f} ms); importing "
            f"the dependencies alone (httpx2, anyio, attrs): "
            f"{statistics.median(dependencies) * 1000:.0f} ms.",
            f"`python -X importtime`: servicetitan_crm {imported * 1000:.0f} ms cumulative; "
            "slowest top-level imports: "
            + ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in slowest)
            + ".",
        ),
        bound=(
            f"The dependencies take {statistics.median(dependencies) * 1000:.0f} ms of the "
            f"{wall * 1000:.0f} ms; the package's own modules add {share * 1000:.0f} ms. "
            "The figure swings with the load on the machine (it is shared): compare the "
            "fastest round."
        ),
    )


async def run_async(*, quick: bool) -> Section:
    return run(quick=quick)
