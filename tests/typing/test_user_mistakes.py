"""mypy reports every marked mistake in `user_mistakes.py`, and nothing else."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MISTAKES = Path(__file__).with_name("user_mistakes.py")


@pytest.mark.slow
def test_mypy_reports_each_marked_mistake_and_nothing_else() -> None:
    marked = {
        number
        for number, line in enumerate(MISTAKES.read_text().splitlines(), start=1)
        if "# mistake:" in line
    }
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(MISTAKES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reported = {
        int(match.group(1))
        for match in re.finditer(r"user_mistakes\.py:(\d+): error:", result.stdout)
    }

    assert len(marked) >= 15
    assert sorted(marked - reported) == [], "mistakes mypy let through:\n" + result.stdout
    assert sorted(reported - marked) == [], "errors on unmarked lines:\n" + result.stdout
