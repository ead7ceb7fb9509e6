"""Readers for the document and its sources, shared by the specification tests."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
SOURCES = OPENAPI / "sources"
DOCUMENT = OPENAPI / "openapi.yaml"
SCRIPTS = ROOT / "scripts"
BUILD_SCRIPT = SCRIPTS / "build_spec.py"
# CI checks out shared/ beside the clone; the seed comparison runs only where it exists.
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
TENANT_PREFIX = "/tenant/{tenant}"
EXPORT = SOURCES / "export" / "tenant-crm-v2.json"
REF_PREFIX = "#/components/schemas/"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def export_document() -> dict[str, Any]:
    """The vendored export, parsed as published."""
    data: dict[str, Any] = json.loads(EXPORT.read_text(encoding="utf-8"))
    return data


def target(schema: dict[str, Any]) -> str | None:
    """The export name behind a `$ref` or a `oneOf: [{$ref}]` wrapper."""
    ref = schema.get("$ref") or (schema.get("oneOf") or [{}])[0].get("$ref")
    return None if ref is None else str(ref).removeprefix(REF_PREFIX)


def export_scopes() -> dict[str, str]:
    return {row["operationId"]: row["scope"] for row in read_tsv(SOURCES / "scopes.tsv")}


def response_cell(schema: dict[str, Any] | None) -> str:
    """The 200 body in the notation the tests compare with: a name, array<name>, (no body), or
    the scalar's type followed by |null when nullable."""
    if schema is None:
        return "(no body)"
    name = target(schema)
    if name is not None:
        return name
    if schema["type"] == "array":
        return f"array<{target(schema['items'])}>"
    return str(schema["type"]) + ("|null" if schema.get("nullable") else "")


def export_operations() -> list[dict[str, str]]:
    """One row per export operation, read straight from the published JSON: operationId, method,
    path (with /tenant/{tenant}), path_params (name:type[/format];...), query_params, request and
    200 schema names, error statuses, and the OAuth scope from scopes.tsv."""
    scopes = export_scopes()
    rows = []
    for path, item in export_document()["paths"].items():
        for method, operation in item.items():
            parameters = operation.get("parameters", [])
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            success = operation["responses"]["200"].get("content", {}).get("application/json")
            rows.append(
                {
                    "operationId": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "path_params": ";".join(
                        p["name"]
                        + ":"
                        + "/".join(filter(None, (p["schema"]["type"], p["schema"].get("format"))))
                        for p in parameters
                        if p["in"] == "path"
                    ),
                    "query_params": ",".join(p["name"] for p in parameters if p["in"] == "query")
                    or "-",
                    "request_body_schema": "-" if body is None else str(target(body["schema"])),
                    "response_200_schema": response_cell(
                        None if success is None else success["schema"]
                    ),
                    "error_statuses": ",".join(s for s in operation["responses"] if s != "200"),
                    "oauth_scope": scopes[operation["operationId"]],
                }
            )
    return rows


def export_schemas() -> dict[str, Any]:
    """The export's components/schemas as published."""
    schemas: dict[str, Any] = export_document()["components"]["schemas"]
    return schemas


def schema_names() -> dict[str, str]:
    return {row["evidence_name"]: row["name"] for row in read_tsv(SOURCES / "schema_names.tsv")}


def index_lines() -> list[dict[str, str]]:
    return read_tsv(SOURCES / "index_lines.tsv")


def load_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return document


CHANGES = OPENAPI / "CHANGES.md"
CHANGED_OPERATION = re.compile(r"^- operation (added|removed): `(\w+)` \((\w+) (\S+?)[;)]")


def operations_changed_since_the_seeds() -> tuple[set[str], dict[str, tuple[str, str]]]:
    """Operations later exports added, and those they removed with their route (method, path
    with /tenant/{tenant}), as openapi/CHANGES.md lists them: the seeds' index predates both."""
    added: set[str] = set()
    removed: dict[str, tuple[str, str]] = {}
    for line in CHANGES.read_text(encoding="utf-8").splitlines():
        match = CHANGED_OPERATION.match(line)
        if match is None:
            continue
        change, operation_id, method, path = match.groups()
        if change == "added":
            added.add(operation_id)
        else:
            removed[operation_id] = (method, TENANT_PREFIX + path)
    return added, removed
