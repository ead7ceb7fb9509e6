"""Take a new CRM v2 export from ServiceTitan, report what changed, and regenerate the SDK.

    python scripts/update_spec.py PATH                      # import, rebuild, regenerate, report
    python scripts/update_spec.py PATH --fail-on-breaking   # the same, exit 1 if anything breaks
    nox -s update_spec -- PATH [--fail-on-breaking]

The previous export is the vendored copy in openapi/sources/export/ (older ones are in git
history). The command reads and checks the new file before touching anything, then copies it in
byte for byte, keeps our own tables in step (scopes.tsv, schema_names.tsv, late_properties.yaml,
resource_names.tsv: a new operation gets an inferred resource method), rebuilds
openapi/openapi.yaml and the generated package in process (`generate.py`'s pipeline), prints the
change report and prepends it to openapi/CHANGES.md. If the rebuild fails, every file it touched
is put back as it was.
Exit status: 0 done, 1 breaking changes found with --fail-on-breaking (the SDK is still
regenerated, for review), 2 bad input or a failed rebuild.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import build_spec
import generate
import yaml
from build_spec import EXPORT_FILE, ROOT, SOURCES, derived_name, read_tsv, relative_path
from codegen.document import document_of
from codegen.resource_names import complete_names, read_names, table_text
from published_export import Export, ExportError, load_export
from spec_changes import Change, Side, compare

from servicetitan_crm._document import Document

CHANGES = ROOT / "openapi" / "CHANGES.md"
CHANGES_TITLE = "# Changes of the CRM v2 export\n"
CHANGES_INTRO = (
    "Written by `scripts/update_spec.py`, newest first. Each entry compares a new export with the\n"
    "one before it, classified for code written against the SDK.\n"
)
SCOPE_SOURCE_INFERRED = "inferred"
# Path segments that do not name the resource a scope covers (`/export/customers` is customers).
SCOPE_SKIPPED_SEGMENTS = frozenset({"export"})
READ_METHOD = "GET"


@dataclass(frozen=True)
class Update:
    """The outcome of comparing a new export with the vendored one."""

    changes: list[Change]
    notes: list[str]
    table_texts: dict[Path, str]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]


# --- our tables kept in step with the export ------------------------------------------------------


def resource_segment(path: str) -> str:
    segments = [s for s in relative_path(path).split("/") if s and not s.startswith("{")]
    useful = [s for s in segments if s not in SCOPE_SKIPPED_SEGMENTS]
    return useful[0] if useful else segments[0]


def inferred_scope(method: str, path: str, export: Export, scopes: dict[str, str]) -> str:
    """The scope family of documented operations under the same first path segment (the
    booking-provider routes are bookings), else `tn.crm.<segment>`; `:r` for GET, else `:w`."""
    segment = resource_segment(path)
    families = sorted(
        scopes[op.operation_id].rsplit(":", 1)[0]
        for op in export.operations
        if op.operation_id in scopes and resource_segment(op.path) == segment
    )
    family = families[0] if families else "tn.crm." + segment.replace("-", "")
    return f"{family}:{'r' if method == READ_METHOD else 'w'}"


def scopes_text(new: Export, old: Export, sources: Path) -> tuple[str, list[str]]:
    """scopes.tsv covering exactly the new export's operations; a new operation gets an inferred
    scope, marked as such, and a note asks the maintainer to confirm it."""
    rows = {row["operationId"]: row for row in read_tsv(sources / "scopes.tsv")}
    scopes = {operation_id: row["scope"] for operation_id, row in rows.items()}
    notes = []
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["operationId", "scope", "source"])
    for op in new.operations:
        row = rows.get(op.operation_id)
        if row is None:
            scope = inferred_scope(op.method, op.path, old, scopes)
            row = {"scope": scope, "source": SCOPE_SOURCE_INFERRED}
            notes.append(
                f"`{op.operation_id}`: OAuth scope inferred as `{scope}` (the export does not"
                " describe OAuth); confirm it in openapi/sources/scopes.tsv"
            )
        writer.writerow([op.operation_id, row["scope"], row["source"]])
    return out.getvalue(), notes


def read_pins(sources: Path) -> dict[str, str]:
    """schema_names.tsv: export name -> our name."""
    return {row["evidence_name"]: row["name"] for row in read_tsv(sources / "schema_names.tsv")}


def names_text(new: Export, sources: Path) -> str:
    """schema_names.tsv covering exactly the new export's schemas: names we had stay pinned, new
    export names get the naming rule's name."""
    pinned = read_pins(sources)
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["evidence_name", "name"])
    for export_name in sorted(new.schemas):
        name = pinned.get(export_name) or derived_name(export_name, new.schemas)
        writer.writerow([export_name, name])
    return out.getvalue()


def late_properties_text(old: Export, new: Export, sources: Path) -> tuple[str, list[str]]:
    """late_properties.yaml plus every required property the new export adds to a schema the
    server sends (servers not yet updated leave it out), and a note for each."""
    path = sources / "late_properties.yaml"
    text = path.read_text(encoding="utf-8")
    late: dict[str, list[str]] = yaml.safe_load(text) or {}
    side = Side.of(new, read_pins(sources))
    additions = []
    notes = []
    for name in sorted(side.server_sent):
        schema = new.schemas[name]
        before = old.schemas.get(name)
        if schema["kind"] != "object" or before is None or before["kind"] != "object":
            continue
        added = [
            prop
            for prop in schema["required"]
            if prop not in before["properties"] and prop not in late.get(name, [])
        ]
        if added:
            additions.append((name, late.get(name, []) + added))
            notes += [
                f"`{side.names[name]}.{prop}`: required by the export, kept optional in the"
                " document (recorded in openapi/sources/late_properties.yaml)"
                for prop in added
            ]
    for name, props in additions:
        line = f"{name}: [{', '.join(props)}]\n"
        if name in late:
            lines = [
                line if existing.startswith(f"{name}:") else existing
                for existing in text.splitlines(keepends=True)
            ]
            text = "".join(lines)
        else:
            text += line
    return text, notes


def document_notes(new: Export, sources: Path) -> list[str]:
    """Prose of ours the new export's operations and tags still lack."""
    document = yaml.safe_load((sources / "document.yaml").read_text(encoding="utf-8"))
    notes = []
    for tag in sorted({op.tag for op in new.operations} - set(document["tags"])):
        notes.append(f"tag {tag} has no description under `tags` in openapi/sources/document.yaml")
    for op in new.operations:
        if op.operation_id not in document["operations"]:
            notes.append(
                f"`{op.operation_id}` has no summary under `operations` in"
                " openapi/sources/document.yaml"
            )
    current = {op.operation_id for op in new.operations}
    for operation_id in document["operations"]:
        if operation_id not in current:
            notes.append(
                f"`{operation_id}` is no longer in the export: its summary in"
                " openapi/sources/document.yaml can go"
            )
    return notes


def plan(new_path: Path, sources: Path = SOURCES) -> tuple[Export, Update]:
    """Compare the new export with the vendored one and work out our tables; writes nothing."""
    new = load_export(new_path)
    old = load_export(sources / EXPORT_FILE)
    changes = compare(old, new, read_pins(sources))
    scopes, scope_notes = scopes_text(new, old, sources)
    late, late_notes = late_properties_text(old, new, sources)
    tables = {
        sources / "scopes.tsv": scopes,
        sources / "schema_names.tsv": names_text(new, sources),
        sources / "late_properties.yaml": late,
    }
    notes = scope_notes + late_notes + document_notes(new, sources)
    return new, Update(changes, notes, tables)


# --- the report -----------------------------------------------------------------------------------


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def report(update: Update, old_bytes: bytes, new_bytes: bytes, name: str, today: str) -> str:
    """One CHANGES.md entry in Markdown."""
    breaking = update.breaking
    compatible = [change for change in update.changes if not change.breaking]
    lines = [
        f"## {today}: {name} (sha256 {digest(new_bytes)}, previous {digest(old_bytes)})",
        "",
    ]
    if not update.changes:
        lines.append("No change in operations, parameters, schemas or enum values.")
    else:
        lines.append(f"{len(breaking)} breaking, {len(compatible)} compatible.")
    for title, group in (("Breaking", breaking), ("Compatible", compatible)):
        if group:
            lines += ["", f"### {title}", ""]
            lines += [f"- {change.text}" for change in group]
    if update.notes:
        lines += ["", "### For the maintainer", ""]
        lines += [f"- {note}" for note in update.notes]
    return "\n".join(lines) + "\n"


def prepend_entry(entry: str, changes: Path = CHANGES) -> str:
    """CHANGES.md with `entry` as its newest entry (the title and introduction stay on top)."""
    current = changes.read_text(encoding="utf-8") if changes.exists() else ""
    head = CHANGES_TITLE + "\n" + CHANGES_INTRO
    body = current[len(head) :].lstrip("\n") if current.startswith(head) else current
    return head + "\n" + entry + ("\n" + body if body else "")


# --- the command ----------------------------------------------------------------------------------


def resource_names_text(document: Document, table: Path) -> tuple[str, list[str]]:
    """resource_names.tsv naming exactly the document's operations: rows we had stay (in their
    order), rows of removed operations go, a new operation gets an inferred row; a note for each
    inferred or removed row."""
    names = read_names(table)
    current = {operation.operation_id for operation in document.operations}
    _, inferred = complete_names(document, names)
    kept = [name for operation_id, name in names.items() if operation_id in current]
    notes = [
        f"`{name.operation_id}`: resource method inferred as `st.{name.resource}.{name.method}`;"
        " confirm or rename it (and write its line) in openapi/sources/resource_names.tsv"
        for name in inferred
    ]
    notes += [
        f"`{operation_id}` is no longer in the export: its row left"
        " openapi/sources/resource_names.tsv"
        for operation_id in names
        if operation_id not in current
    ]
    return table_text([*kept, *inferred]), notes


def regenerate(facts_changed: bool, table: Path) -> list[str] | None:
    """Rebuild the document, the naming table and the package, in process; the naming notes, or
    None when the build fails. When no fact changed, the document cannot change (the build reads
    only the facts), so checking it is enough."""
    try:
        text = build_spec.build_text()
        if not facts_changed:
            current = build_spec.DOCUMENT.read_text(encoding="utf-8")
            return [] if current == text else None
        names, notes = resource_names_text(document_of(text.encode(), "openapi.yaml"), table)
        table.write_text(names, encoding="utf-8", newline="\n")
        return notes if generate.generate(check=False) == 0 else None
    except (ValueError, KeyError, OSError, subprocess.CalledProcessError) as error:
        print(f"update_spec: {error}", file=sys.stderr)
        return None


def snapshot(paths: Iterable[Path]) -> dict[Path, bytes | None]:
    return {path: path.read_bytes() if path.exists() else None for path in paths}


def restore(saved: dict[Path, bytes | None]) -> None:
    for path, data in saved.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(data)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="the new export file (OpenAPI 3 JSON)")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when anything is breaking"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    vendored = SOURCES / EXPORT_FILE
    try:
        new_bytes = args.export.read_bytes()
        _, update = plan(args.export)
    except (OSError, ExportError) as error:
        print(f"update_spec: {error}", file=sys.stderr)
        return 2
    old_bytes = vendored.read_bytes()
    today = datetime.now(UTC).date().isoformat()
    entry = report(update, old_bytes, new_bytes, args.export.name, today)
    # A new file with the same facts (prose, examples, key order) is still recorded as imported.
    if new_bytes != old_bytes:
        document = ROOT / "openapi" / "openapi.yaml"
        names = SOURCES / "resource_names.tsv"
        reference = generate.COLUMN_REFERENCE
        saved = snapshot([vendored, CHANGES, document, names, reference, *update.table_texts])
        vendored.write_bytes(new_bytes)
        for path, text in update.table_texts.items():
            path.write_text(text, encoding="utf-8", newline="\n")
        naming_notes = regenerate(bool(update.changes), names)
        if naming_notes is None:
            restore(saved)
            print("update_spec: the rebuild failed; every file is as it was", file=sys.stderr)
            return 2
        if naming_notes:
            update = Update(update.changes, update.notes + naming_notes, update.table_texts)
            entry = report(update, old_bytes, new_bytes, args.export.name, today)
        CHANGES.write_text(prepend_entry(entry), encoding="utf-8", newline="\n")
    print(entry, end="")
    return 1 if args.fail_on_breaking and update.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
