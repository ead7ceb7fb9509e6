"""Regenerate the reconciled OpenAPI document and the client code from it, or check both.

    python scripts/generate.py          # rebuild openapi/openapi.yaml, then the generated package
    python scripts/generate.py --check  # exit 1 when either differs from a fresh build

The generator always writes into a scratch directory first, so a failed run never leaves a
half-written package behind, and the check compares exactly what a regeneration would write.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.document import read_document
from codegen.facts import write_facts
from codegen.required_filters import write_required_filters

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "src" / "servicetitan_crm" / "generated"
# The generator writes no py.typed with --meta none; the package root's py.typed covers it.
IGNORED_NAMES = {"__pycache__", ".ruff_cache"}
REGENERATE = "run `python scripts/generate.py` (or `nox -s generate`)"


def build_document(check: bool) -> bool:
    """Run the document build (or its check); True when the document is up to date."""
    command = [sys.executable, str(ROOT / "scripts" / "build_spec.py")]
    if check:
        command.append("--check")
    return subprocess.run(command, cwd=ROOT).returncode == 0


def generate_into(output: Path) -> None:
    """Run openapi-python-client on the checked-in document into `output`."""
    environment = dict(os.environ)
    # The post hooks call `ruff`; use the one installed beside this interpreter (pinned).
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(DOCUMENT),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--overwrite",
        ],
        cwd=ROOT,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def emit_resources_into(output: Path) -> None:
    """Write the resource client beside the endpoint modules, formatted like them."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "emit_resources.py"), str(output)],
        cwd=ROOT,
        check=True,
    )
    resources = str(output / "resources")
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--isolated", "--quiet", "--no-cache", "--line-length", "100"]
    subprocess.run(
        [*ruff, "check", resources, "--fix-only", "--extend-select", "I", *common], check=True
    )
    subprocess.run([*ruff, "format", resources, *common], check=True)


def write_facts_into(output: Path) -> None:
    """Write the document's facts (`generated/document.py`), formatted like the rest."""
    document = read_document(DOCUMENT)
    facts = [write_facts(document, output), write_required_filters(document, output)]
    common = ["--isolated", "--quiet", "--no-cache", "--line-length", "100"]
    subprocess.run([sys.executable, "-m", "ruff", "format", *map(str, facts), *common], check=True)


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file under `root` by relative path, caches left out."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not IGNORED_NAMES.intersection(path.relative_to(root).parts)
    }


def differences(fresh: Path, checked_in: Path) -> list[str]:
    """Relative paths that are added, removed or changed between the two trees, byte for byte."""
    expected, actual = tree_files(fresh), tree_files(checked_in)
    found = [f"missing from checked-in code: {name}" for name in expected.keys() - actual.keys()]
    found += [f"not produced by the generator: {name}" for name in actual.keys() - expected.keys()]
    found += [
        f"differs: {name}"
        for name in expected.keys() & actual.keys()
        if expected[name] != actual[name]
    ]
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    check = parser.parse_args().check

    if not build_document(check):
        print(f"openapi/openapi.yaml is out of date: {REGENERATE}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="servicetitan-crm-generate-") as scratch:
        fresh = Path(scratch) / "generated"
        generate_into(fresh)
        emit_resources_into(fresh)
        write_facts_into(fresh)
        if check:
            if not GENERATED.is_dir():
                print(f"{GENERATED.relative_to(ROOT)} is missing", file=sys.stderr)
                return 1
            found = differences(fresh, GENERATED)
            if found:
                print(f"generated code is out of date: {REGENERATE}", file=sys.stderr)
                print("\n".join(found), file=sys.stderr)
                return 1
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(fresh, GENERATED, ignore=shutil.ignore_patterns(*IGNORED_NAMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
