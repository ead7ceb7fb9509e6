"""Benchmark: the import cost of the package, as a ratio to the import of its dependencies alone.

Each round starts fresh interpreters, in turn, that time with `perf_counter`:
- the import of the package and the construction of a `ServiceTitanClient` (configuration only:
  no request is sent);
- the import of `servicetitan_crm.models` and the decoding of one `CustomerResponse`: models
  load per class on first use, so this is what a script that reads customers pays;
- the import of the dependencies alone (anyio, attrs, httpx2).
Alternating the programs spreads the load of the (shared) machine over all three alike, and the
figures held to the target are ratios of medians: absolute milliseconds say more about the
machine's load than about the package. One more run under `python -X importtime` gives the
package's cumulative import time as the interpreter accounts it and names the slowest imports, so
a regression says where it comes from (importtime's own bookkeeping slows that run, so it is not
the figure held to the target).

The programs run with their bytecode cached, as in an installed copy (pip compiles every module
when it installs a wheel): a warm-up round writes it into a private `PYTHONPYCACHEPREFIX`, and
`PYTHONDONTWRITEBYTECODE` (set in some shells and CI images) is dropped for them. Without that,
an editable checkout recompiles the package's sources in every fresh interpreter while the
dependencies load their installed `.pyc` files, and the ratio measures the compiler.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping

from ._report import Result, Section

TITLE = "Import time"
# (package + client) / dependencies alone, and the same for a first model.
TARGET_RATIO = 1.2
ROUNDS = 15
QUICK_ROUNDS = 5
SUBPROCESS_TIMEOUT_SECONDS = 60
SLOWEST_SHOWN = 5
SDK = """
import time
started = time.perf_counter()
import servicetitan_crm
servicetitan_crm.ServiceTitanClient(tenant=1, client_id="id", client_secret="s", app_key="k")
print(time.perf_counter() - started)
"""
MODELS = """
import time
started = time.perf_counter()
import servicetitan_crm.models
from servicetitan_crm.models import CustomerResponse
CustomerResponse.from_dict({"id": 1, "name": "Ada", "active": True})
print(time.perf_counter() - started)
"""
DEPENDENCIES = """
import time
started = time.perf_counter()
import anyio, anyio.streams.memory, attrs, httpx2
print(time.perf_counter() - started)
"""
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)$")


def _environment(pycache: str) -> dict[str, str]:
    """This process's environment, with bytecode written to and read from `pycache`."""
    environment = {
        name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
    }
    environment["PYTHONPYCACHEPREFIX"] = pycache
    return environment


def _timed(
    program: str, environment: Mapping[str, str], *options: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *options, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        timeout=SUBPROCESS_TIMEOUT_SECONDS,
        env=environment,
    )


def _breakdown(environment: Mapping[str, str]) -> tuple[float, list[tuple[int, str]]]:
    """From one `-X importtime` run: servicetitan_crm's cumulative seconds, and the package's
    modules that took longest themselves (self time, without what they import)."""
    cumulative, own = 0.0, []
    for line in _timed(SDK, environment, "-X", "importtime").stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match is None:
            continue
        name = match.group(3)
        if name == "servicetitan_crm":
            cumulative = int(match.group(2)) / 1e6
        if name.startswith("servicetitan_crm"):
            own.append((int(match.group(1)), name))
    return cumulative, sorted(own, reverse=True)[:SLOWEST_SHOWN]


def _ratio_result(measure: str, seconds: list[float], dependencies: list[float]) -> Result:
    ratio = statistics.median(seconds) / statistics.median(dependencies)
    return Result(measure, f"{ratio:.2f}x", f"<= {TARGET_RATIO:.1f}x", ratio <= TARGET_RATIO)


def _spread(seconds: list[float], dependencies: list[float]) -> str:
    """The lowest and highest ratio of one round's figure to the same round's dependencies."""
    ratios = [mine / theirs for mine, theirs in zip(seconds, dependencies, strict=True)]
    return f"{min(ratios):.2f}x-{max(ratios):.2f}x"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def run(*, quick: bool) -> Section:
    with tempfile.TemporaryDirectory(prefix="import-time-pycache-") as pycache:
        return _measured(_environment(pycache), QUICK_ROUNDS if quick else ROUNDS)


def _measured(environment: Mapping[str, str], count: int) -> Section:
    for program in (SDK, MODELS, DEPENDENCIES):  # writes the bytecode the rounds read
        _timed(program, environment)
    sdk: list[float] = []
    models: list[float] = []
    dependencies: list[float] = []
    for _ in range(count):
        sdk.append(float(_timed(SDK, environment).stdout))
        models.append(float(_timed(MODELS, environment).stdout))
        dependencies.append(float(_timed(DEPENDENCIES, environment).stdout))
    imported, slowest = _breakdown(environment)
    base = statistics.median(dependencies)
    return Section(
        TITLE,
        (
            _ratio_result(
                "`import servicetitan_crm` + `ServiceTitanClient(...)`, wall time, fresh "
                "interpreter, vs. its dependencies alone",
                sdk,
                dependencies,
            ),
            _ratio_result(
                "`import servicetitan_crm.models` + one `CustomerResponse` decoded, vs. the "
                "dependencies alone",
                models,
                dependencies,
            ),
        ),
        details=(
            f"Medians of {count} alternating rounds, bytecode cached: dependencies alone "
            "(anyio, attrs, httpx2) "
            f"{_ms(base)}; package + client {_ms(statistics.median(sdk))} (per-round ratios "
            f"{_spread(sdk, dependencies)}); models + one model "
            f"{_ms(statistics.median(models))} ({_spread(models, dependencies)}).",
            f"`python -X importtime`: servicetitan_crm {_ms(imported)} cumulative; "
            "its slowest modules (self time): "
            + ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in slowest)
            + ".",
        ),
        bound=(
            f"The dependencies take {_ms(base)}; the package's own modules add "
            f"{_ms(statistics.median(sdk) - base)} to them, and the models "
            f"{_ms(statistics.median(models) - base)}."
        ),
    )


async def run_async(*, quick: bool) -> Section:
    return run(quick=quick)
