"""Readers for the document and its sources, shared by the specification tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
SOURCES = OPENAPI / "sources"
DOCUMENT = OPENAPI / "openapi.yaml"
BUILD_SCRIPT = ROOT / "scripts" / "build_spec.py"
# CI checks out shared/ beside the clone; the seed comparison runs only where it exists.
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
TENANT_PREFIX = "/tenant/{tenant}"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def evidence_operations() -> list[dict[str, str]]:
    return read_tsv(SOURCES / "evidence" / "operations.tsv")


def evidence_parameters() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SOURCES / "evidence" / "parameters.json").read_text())
    return data["operations"]  # type: ignore[no-any-return]


def evidence_schemas() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SOURCES / "evidence" / "schemas.json").read_text())
    return data["schemas"]  # type: ignore[no-any-return]


def schema_names() -> dict[str, str]:
    return {row["evidence_name"]: row["name"] for row in read_tsv(SOURCES / "schema_names.tsv")}


def index_lines() -> list[dict[str, str]]:
    return read_tsv(SOURCES / "index_lines.tsv")


def load_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return document
