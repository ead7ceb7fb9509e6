"""`python -m benchmarks [--quick] [--only NAME ...] [--output PATH]` (also `nox -s bench`).

A full run prints the table and writes `benchmarks/RESULTS.md`. `--quick` (smaller workloads,
fewer rounds) and `--only` are smoke runs: they print and write only to an explicit `--output`,
so the committed results always come from a full run.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio

from . import (
    _decode,
    _export,
    _fleet,
    _import_time,
    _listing,
    _overhead,
    _report,
    _sync,
    _sync_tables,
    _tokens,
)
from ._report import Section

BENCHMARKS: dict[str, Callable[[bool], Awaitable[Section]]] = {
    "overhead": lambda quick: _overhead.run_with_simulator(quick=quick),
    "listing": lambda quick: _listing.run_with_simulator(quick=quick),
    "export": lambda quick: _export.run_with_simulator(quick=quick),
    "tokens": lambda quick: _tokens.run_with_simulator(quick=quick),
    "sync": lambda quick: _sync.run_with_simulator(quick=quick),
    "tables": lambda quick: _sync_tables.run_with_simulator(quick=quick),
    "import": lambda quick: _import_time.run_async(quick=quick),
    "decode": lambda quick: _decode.run_with_simulator(quick=quick),
    "fleet": lambda quick: _fleet.run_with_simulator(quick=quick),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run just these")
    parser.add_argument("--output", type=Path, help="where to write the Markdown results")
    return parser


async def _run_all(names: list[str], quick: bool) -> list[Section]:
    sections: list[Section] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        sections.append(await BENCHMARKS[name](quick))
    return sections


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(arguments)
    names = args.only or list(BENCHMARKS)
    sections = anyio.run(_run_all, names, args.quick)
    command = shlex.join(["python", "-m", "benchmarks", *arguments])
    print(_report.table(sections))
    output = args.output
    if output is None and not args.quick and args.only is None:
        output = _report.RESULTS_PATH
    if output is not None:
        _report.write(sections, command, quick=args.quick, path=output)
        print(f"wrote {output}", file=sys.stderr)
    return 0 if all(section.passed for section in sections) else 1


if __name__ == "__main__":
    sys.exit(main())
