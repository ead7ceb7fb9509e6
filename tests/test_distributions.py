"""Two distributions from one repository: the SDK, and the simulator that depends on it.

The SDK wheel carries only `servicetitan_crm`; the simulator wheel carries only
`servicetitan_crm_simulator`, requires the SDK at the same version, and the SDK reaches it
only through its `testing` extra.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SIMULATOR = ROOT / "simulator"


def project(folder: Path) -> dict[str, object]:
    with (folder / "pyproject.toml").open("rb") as file:
        table: dict[str, object] = tomllib.load(file)["project"]
    return table


def build_wheel(folder: Path, into: Path) -> zipfile.ZipFile:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(folder), "-w", str(into)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = into.glob("*.whl")
    return zipfile.ZipFile(wheel)


def top_level_packages(wheel: zipfile.ZipFile) -> set[str]:
    return {name.split("/")[0] for name in wheel.namelist() if ".dist-info/" not in name}


def metadata(wheel: zipfile.ZipFile) -> list[tuple[str, str]]:
    (name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    return HeaderParser().parsestr(wheel.read(name).decode()).items()


def test_the_simulator_version_moves_with_the_sdk() -> None:
    sdk, simulator = project(ROOT), project(SIMULATOR)
    version = sdk["version"]
    assert simulator["version"] == version
    assert f"servicetitan-crm=={version}" in simulator["dependencies"]  # type: ignore[operator]
    extras = sdk["optional-dependencies"]
    assert extras["testing"] == [f"servicetitan-crm-simulator=={version}"]  # type: ignore[index]
    assert "servicetitan-crm[testing]" in extras["dev"]  # type: ignore[index]


@pytest.mark.slow
def test_the_sdk_wheel_holds_no_simulator_module(tmp_path: Path) -> None:
    with build_wheel(ROOT, tmp_path) as wheel:
        assert top_level_packages(wheel) == {"servicetitan_crm"}
        assert not [name for name in wheel.namelist() if "simulator" in name.lower()]
        requirements = [value for key, value in metadata(wheel) if key == "Requires-Dist"]
    # Only through extras (`testing`, and `dev` which pulls it in), never unconditionally.
    simulator_requirements = {r for r in requirements if "simulator" in r}
    assert simulator_requirements == {
        "servicetitan-crm-simulator==0.1.0; extra == 'testing'",
        "servicetitan-crm-simulator==0.1.0; extra == 'dev'",
    }


@pytest.mark.slow
def test_the_simulator_wheel_holds_only_the_simulator_and_requires_the_sdk(
    tmp_path: Path,
) -> None:
    with build_wheel(SIMULATOR, tmp_path) as wheel:
        assert top_level_packages(wheel) == {"servicetitan_crm_simulator"}
        assert "servicetitan_crm_simulator/py.typed" in wheel.namelist()
        requirements = [value for key, value in metadata(wheel) if key == "Requires-Dist"]
        (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
        plugin = "servicetitan_crm_simulator = servicetitan_crm_simulator.pytest_plugin"
        assert plugin in wheel.read(entry_points).decode().split("[pytest11]")[1]
    assert "servicetitan-crm==0.1.0" in requirements


def test_the_sdk_never_imports_the_simulator() -> None:
    sources = (ROOT / "src" / "servicetitan_crm").rglob("*.py")
    importing = [str(path) for path in sources if "servicetitan_crm_simulator" in path.read_text()]
    assert importing == []
