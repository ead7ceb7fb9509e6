"""The checked-in document and generated package are exactly what a fresh build writes.

This is the CI gate for "generated files are never edited by hand": edit openapi/sources,
templates/ or generator-config.yml and run `python scripts/generate.py` instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_document_and_generated_code_match_a_fresh_build() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
