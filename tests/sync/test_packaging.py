"""The command's libraries load only with the command, and `--simulate` says how to get the
simulator when it is missing."""

from __future__ import annotations

import subprocess
import sys

from .harness import ROOT

EXIT_USAGE = 2


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_importing_the_sdk_loads_neither_the_sync_nor_its_libraries() -> None:
    result = _python(
        "import sys, servicetitan_crm\n"
        "names = ('servicetitan_crm._sync', 'click', 'rich', 'psycopg', 'sqlite3')\n"
        "print(sorted(name for name in names if name in sys.modules))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_simulate_without_the_simulator_says_how_to_install_it() -> None:
    result = _python(
        "import sys\n"
        "sys.modules['servicetitan_crm_simulator'] = None  # as if it were not installed\n"
        "sys.argv = ['servicetitan-crm', 'sync', '--simulate']\n"
        "from servicetitan_crm._sync import main\n"
        "main()"
    )
    assert result.returncode == EXIT_USAGE
    assert "error: --simulate needs the simulator: pip install 'servicetitan-crm[testing]'" in (
        result.stderr
    )


def test_the_command_without_its_extra_says_how_to_install_it() -> None:
    result = _python(
        "import sys\n"
        "sys.modules['click'] = None  # as if servicetitan-crm[sync] were not installed\n"
        "sys.argv = ['servicetitan-crm', 'sync']\n"
        "from servicetitan_crm._sync import main\n"
        "main()"
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "servicetitan-crm needs click: pip install 'servicetitan-crm[sync]'"
    )
