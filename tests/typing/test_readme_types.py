"""Every Python block of the README type-checks under `mypy --strict`, as a user would write it.

A block that is a module (the example test suite) is checked as it is; any other block becomes
the body of a coroutine in a module of its own (those blocks use `await` at the top level, as in a
notebook or `asyncio.run(main())`), beside a typed `upsert` (the one name the README leaves to the
reader). `examples/` is checked as it is, by
`tests/test_static_checks.py`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.S | re.M)
PRELUDE = '''"""README block {number}."""

from __future__ import annotations


async def upsert(record: object) -> None:
    """What the reader's program does with a record."""


async def example() -> None:
'''


def module_of(number: int, block: str) -> str:
    if re.search(r"^(async )?def ", block, re.M) and not re.search(
        r"^(await|async with|async for) ", block, re.M
    ):
        return block
    return PRELUDE.format(number=number) + textwrap.indent(block, "    ")


@pytest.mark.slow
def test_every_readme_block_passes_mypy_strict(tmp_path: Path) -> None:
    assert BLOCKS
    paths = []
    for number, block in enumerate(BLOCKS, start=1):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text(module_of(number, block), encoding="utf-8")
        paths.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
