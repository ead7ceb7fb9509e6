"""Regenerate the reconciled OpenAPI document and everything derived from it, or check both.

    python scripts/generate.py          # rebuild openapi/openapi.yaml, then the generated package
    python scripts/generate.py --check  # exit 1 when either differs from a fresh build

One pipeline, in process: the document is built from openapi/sources/ (`build_spec`), read once
into the model (`codegen.document`), and every artefact renders from that: the endpoint modules
and models (openapi-python-client with our templates), the resource client, the facts module and
the required-filters table. No stage reads another stage's output back. The generator always
writes into a scratch directory first, so a failed run never leaves a half-written package behind,
and the check compares every byte a regeneration would write.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import build_spec
from codegen.client_code import generate_client
from codegen.document import document_of
from codegen.facts import write_facts
from codegen.required_filters import write_required_filters
from codegen.resource_client import Prose, write_resources
from codegen.resource_names import complete_names, read_names

from servicetitan_crm._document import Document
from servicetitan_crm._sync._reference import render_reference
from servicetitan_crm._sync._tables import tables_of

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "openapi.yaml"
NAMES = ROOT / "openapi" / "sources" / "resource_names.tsv"
PROSE = ROOT / "openapi" / "sources" / "resource_docs.yaml"
GENERATED = ROOT / "src" / "servicetitan_crm" / "generated"
# The sync's column reference, printed from the document (`servicetitan-crm schema`).
COLUMN_REFERENCE = ROOT / "docs" / "sync-tables.md"
# The generator writes no py.typed with --meta none; the package root's py.typed covers it.
IGNORED_NAMES = {"__pycache__", ".ruff_cache"}
REGENERATE = "run `python scripts/generate.py` (or `nox -s generate`)"
RUFF_OPTIONS = ("--isolated", "--quiet", "--no-cache", "--line-length", "100")


def generate_into(output: Path) -> None:
    """Run openapi-python-client (in process, with our templates) on the document into `output`."""
    generate_client(DOCUMENT, output)


def format_files(files: list[Path]) -> None:
    """Sort imports, drop unused ones and format, as the generator's post hooks do."""
    paths = [str(path) for path in files]
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", *paths, "--fix-only", "--extend-select", "I", *RUFF_OPTIONS])
    subprocess.run([*ruff, "format", *paths, *RUFF_OPTIONS], check=True)


def render_from_model(document: Document, output: Path) -> None:
    """Everything of ours derived from the document, written beside the generated package."""
    names, inferred = complete_names(document, read_names(NAMES))
    for name in inferred:
        print(
            f"{NAMES.relative_to(ROOT)}: no row for {name.operation_id}; named"
            f" st.{name.resource}.{name.method} by rule",
            file=sys.stderr,
        )
    written = write_resources(document, names, Prose.read(PROSE), output)
    written += [write_facts(document, output), write_required_filters(document, output)]
    format_files(written)


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


def build_document(check: bool) -> Document | None:
    """Build the document from the sources (write it, or compare it); its model, or None when
    the check finds the file on disk out of date."""
    text = build_spec.build_text()
    if check:
        current = DOCUMENT.read_text(encoding="utf-8") if DOCUMENT.exists() else None
        if current != text:
            return None
    else:
        DOCUMENT.write_text(text, encoding="utf-8", newline="\n")
    return document_of(text.encode("utf-8"), str(DOCUMENT))


def column_reference_current(document: Document, check: bool) -> bool:
    """The sync's column reference (`docs/sync-tables.md`), derived from the document like the
    code: written, or compared; False when the check finds it out of date."""
    text = render_reference(tables_of(document), "markdown")
    if check:
        return COLUMN_REFERENCE.exists() and COLUMN_REFERENCE.read_text(encoding="utf-8") == text
    COLUMN_REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    COLUMN_REFERENCE.write_text(text, encoding="utf-8", newline="\n")
    return True


def generate(check: bool) -> int:
    """The whole pipeline; 0 when done (or up to date), 1 when the check finds a difference."""
    document = build_document(check)
    if document is None:
        print(f"openapi/openapi.yaml is out of date: {REGENERATE}", file=sys.stderr)
        return 1
    if check and not column_reference_current(document, check):
        print(f"{COLUMN_REFERENCE.relative_to(ROOT)} is out of date: {REGENERATE}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="servicetitan-crm-generate-") as scratch:
        fresh = Path(scratch) / "generated"
        generate_into(fresh)
        render_from_model(document, fresh)
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
    column_reference_current(document, check)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    return generate(parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
