"""The results table: printed to the terminal and written to `benchmarks/RESULTS.md`."""

from __future__ import annotations

import dataclasses
import datetime
import os
import platform
from collections.abc import Sequence
from pathlib import Path

RESULTS_PATH = Path(__file__).with_name("RESULTS.md")


@dataclasses.dataclass(frozen=True)
class Result:
    """One measured figure against its target."""

    measure: str
    figure: str
    target: str
    passed: bool


@dataclasses.dataclass(frozen=True)
class Section:
    """One benchmark: its results, context lines, and (when a target is missed) what bounds it."""

    title: str
    results: tuple[Result, ...]
    details: tuple[str, ...] = ()
    bound: str = ""

    @property
    def passed(self) -> bool:
        return all(result.passed for result in self.results)


def table(sections: Sequence[Section]) -> str:
    rows = [
        "| Benchmark | Measure | Measured | Target | Result |",
        "| --- | --- | --- | --- | --- |",
    ]
    for section in sections:
        for result in section.results:
            verdict = "pass" if result.passed else "**FAIL**"
            rows.append(
                f"| {section.title} | {result.measure} | {result.figure} | {result.target} "
                f"| {verdict} |"
            )
    return "\n".join(rows)


def header(command: str, *, quick: bool) -> str:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = "# Benchmark results"
    if quick:
        title += " (quick smoke run: smaller workloads, fewer rounds)"
    lines = [
        title,
        "",
        f"- Date: {now}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}",
        f"- CPUs: {os.cpu_count()}",
        f"- Command: `{command}`",
        "- The simulator (`python -m servicetitan_crm_simulator`) runs in its own process on "
        "127.0.0.1; the SDK runs in the benchmark process (the export in a child process).",
        "- Compared variants run in the same process, in alternating rounds; figures are medians.",
    ]
    return "\n".join(lines)


def markdown(sections: Sequence[Section], command: str, *, quick: bool) -> str:
    parts = [header(command, quick=quick), "", table(sections), "", "## Details", ""]
    for section in sections:
        parts += [f"### {section.title}", ""]
        parts += [f"- {line}" for line in section.details]
        parts.append("")
    misses = [section for section in sections if not section.passed]
    if misses:
        parts += ["## What bounds the missed targets", ""]
        for section in misses:
            parts += [f"### {section.title}", "", section.bound or "(no profile taken)", ""]
    return "\n".join(parts).rstrip() + "\n"


def write(sections: Sequence[Section], command: str, *, quick: bool, path: Path) -> None:
    path.write_text(markdown(sections, command, quick=quick), encoding="utf-8")
