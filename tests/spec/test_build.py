"""The build: deterministic, checkable, and independent of the shared seed folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from build_spec import path_parameter_schema
from published_export import Export, Operation, Parameter
from spec_sources import BUILD_SCRIPT, DOCUMENT, ROOT


def run_build(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    assert run_build("--output", str(first)).returncode == 0
    assert run_build("--output", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_checked_in_document_is_what_the_build_writes(tmp_path: Path) -> None:
    fresh = tmp_path / "openapi.yaml"
    assert run_build("--output", str(fresh)).returncode == 0
    assert fresh.read_bytes() == DOCUMENT.read_bytes()


def test_check_passes_for_the_checked_in_document() -> None:
    result = run_build("--check")
    assert result.returncode == 0, result.stderr


def test_check_fails_and_says_how_to_fix_when_the_file_differs(tmp_path: Path) -> None:
    stale = tmp_path / "openapi.yaml"
    stale.write_bytes(DOCUMENT.read_bytes() + b"# edited by hand\n")
    result = run_build("--check", "--output", str(stale))
    assert result.returncode == 1
    assert "python scripts/build_spec.py" in result.stderr


def test_check_fails_when_the_file_is_missing(tmp_path: Path) -> None:
    assert run_build("--check", "--output", str(tmp_path / "absent.yaml")).returncode == 1


def test_build_needs_only_the_script_and_openapi_sources(tmp_path: Path) -> None:
    """Users regenerate without the shared seed folder: the scripts and openapi/sources/ alone
    build the same document."""
    shutil.copytree(
        BUILD_SCRIPT.parent, tmp_path / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "openapi" / "sources", tmp_path / "openapi" / "sources")
    result = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "build_spec.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "openapi" / "openapi.yaml").read_bytes() == DOCUMENT.read_bytes()


def a_route(operation_id: str, path: str, *parameters: Parameter) -> Operation:
    return Operation(operation_id, "GET", path, "Things", parameters, None, False, None, ())


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ([("integer", "int64"), ("integer", "int64")], {"type": "integer", "format": "int64"}),
        ([("string", "guid")], {"type": "string", "format": "uuid"}),
        ([("integer", "int64"), ("string", "guid")], {"type": "string"}),
        ([], {"type": "string"}),
    ],
)
def test_a_path_parameter_left_untyped_on_one_route_takes_the_type_the_others_agree_on(
    others: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    untyped = Parameter("owner", "path", "string", None, True, None)
    routes = [a_route("Things_Get", "/t/{owner}/things", untyped)]
    routes += [
        a_route(
            f"Things_Other{index}",
            f"/t/{{owner}}/other{index}",
            Parameter("owner", "path", kind, fmt, True, None),
        )
        for index, (kind, fmt) in enumerate(others)
    ]

    assert path_parameter_schema(untyped, Export(tuple(routes), {})) == expected
