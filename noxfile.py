"""Developer sessions. `nox -l` lists them; CI runs `.ci/run` (the README's test command)."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "lint", "typecheck", "check_generated"]

PYTHON = "3.11"
# The simulator is not on PyPI: installing it from its folder in the same call satisfies the
# SDK's `testing` extra.
SIMULATOR = "./simulator"
DEV = ".[dev]"
LINTED = ["src", "simulator", "scripts", "tests", "examples", "benchmarks", "noxfile.py"]
# The generated resource client is type-checked file by file (the generated package is excluded).
RESOURCES = Path("src/servicetitan_crm/generated/resources")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite (includes the regenerate-and-compare check)."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on hand-written code (the generated package is excluded in pyproject)."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the hand-written layer and on the public API as users write it."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("mypy", "--strict")  # pyproject's `files`: the SDK, the simulator, scripts/
    resources = sorted(str(p) for p in RESOURCES.glob("*.py"))
    session.run("mypy", "--strict", *resources)
    session.run("mypy", "--strict", "tests/typing/public_api.py", "examples", "benchmarks")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Rebuild openapi/openapi.yaml from its sources, then regenerate the client package."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("python", "scripts/generate.py")


@nox.session(python=PYTHON)
def update_spec(session: nox.Session) -> None:
    """Import a new CRM v2 export, regenerate, report changes (-- PATH [--fail-on-breaking])."""
    if not session.posargs:
        session.error("give the new export file: nox -s update_spec -- PATH [--fail-on-breaking]")
    session.install("-e", DEV)
    session.run("python", "scripts/update_spec.py", *session.posargs)


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail when the checked-in document or generated code differs from a fresh build."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("python", "scripts/generate.py", "--check")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against the embedded simulator over loopback; writes benchmarks/RESULTS.md."""
    session.install("-e", DEV, "-e", SIMULATOR)
    session.run("python", "-m", "benchmarks", *session.posargs)
