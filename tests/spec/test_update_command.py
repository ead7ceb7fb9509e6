"""`scripts/update_spec.py PATH`: import a new export, regenerate, report (CHANGES.md and stdout).

The full runs work in a scratch copy of the repository (scripts, openapi, templates, generated
package) and read what the regenerated package offers; they are marked slow like the
regeneration test."""

from __future__ import annotations

import ast
import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import export_mutations as edit
import pytest
import yaml
from build_spec import enum_member_name
from openapi_python_client.strings import PythonIdentifier
from spec_sources import ROOT
from update_spec import plan

GENERATED = Path("src") / "servicetitan_crm" / "generated"
VENDORED = Path("openapi") / "sources" / "export" / "tenant-crm-v2.json"
CHANGES = Path("openapi") / "CHANGES.md"
NAMES = Path("openapi") / "sources" / "resource_names.tsv"
COPIED = ["scripts", "openapi", "templates", "generator-config.yml", "docs", str(GENERATED)]
COMMAND_TIMEOUT_SECONDS = 300


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A copy of everything the update command reads and writes."""
    root = tmp_path / "repo"
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, root / name)
    return root


def write_export(folder: Path, document: edit.Document) -> Path:
    path = folder / "tenant-crm-v2.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def run(root: Path, script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / script), *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_SECONDS,
        check=False,
    )


def functions(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.AsyncFunctionDef)}


def fields(module: Path, class_name: str) -> dict[str, str]:
    """Annotated attributes of one class of a generated module: name -> annotation text."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    [found] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name]
    return {
        node.target.id: ast.unparse(node.annotation)
        for node in found.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def keyword_defaults(module: Path, function: str) -> dict[str, bool]:
    """Keyword-only parameters of a function -> whether they have a default."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    [found] = [n for n in tree.body if isinstance(n, ast.AsyncFunctionDef) and n.name == function]
    return {
        argument.arg: default is not None
        for argument, default in zip(found.args.kwonlyargs, found.args.kw_defaults, strict=True)
    }


@pytest.mark.slow
def test_a_new_release_is_imported_reported_and_generated(scratch: Path, tmp_path: Path) -> None:
    previous_changes = (scratch / CHANGES).read_text(encoding="utf-8")
    new = write_export(tmp_path, edit.new_release(edit.published()))

    result = run(scratch, "update_spec.py", str(new), "--fail-on-breaking")

    assert result.returncode == 1, result.stderr
    report = result.stdout
    assert "2 breaking, 5 compatible." in report
    assert "- `LeadResponse.callReasonId` removed" in report
    assert "OAuth scope inferred as `tn.crm.memberships:r`" in report
    assert "`Memberships_GetList`: resource method inferred as `st.memberships.list`" in report
    names = (scratch / NAMES).read_text(encoding="utf-8")
    assert "\nMemberships_GetList\tmemberships\tlist\t\t" in names
    changes = (scratch / CHANGES).read_text(encoding="utf-8")
    previous_newest = next(line for line in previous_changes.splitlines() if line.startswith("## "))
    assert report in changes
    assert changes.index(report) < changes.index(previous_newest)
    assert (scratch / VENDORED).read_bytes() == new.read_bytes()

    package = scratch / GENERATED
    memberships = package / "api" / "memberships" / "memberships_get_list.py"
    assert {"asyncio", "asyncio_detailed"} <= functions(memberships)
    resource = (package / "resources" / "memberships.py").read_text(encoding="utf-8")
    assert "memberships_get_list.asyncio" in resource
    assert "call_reason_id" not in fields(package / "models" / "lead_response.py", "LeadResponse")
    customer = fields(package / "models" / "customer_response.py", "CustomerResponse")
    assert customer[PythonIdentifier(edit.EXTERNAL_ID, "field_")] == "None | str | Unset"
    status = (package / "models" / "booking_status.py").read_text(encoding="utf-8")
    assert f'{enum_member_name(edit.RESCHEDULED)} = "{edit.RESCHEDULED}"' in status
    export = package / "api" / "export_customers" / "export_customers_get_customers.py"
    assert keyword_defaults(export, "asyncio")["from_"] is False

    assert run(scratch, "generate.py", "--check").returncode == 0
    edited = package / "models" / "lead_response.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n", "utf-8")
    assert run(scratch, "generate.py", "--check").returncode == 1


@pytest.mark.slow
def test_a_removed_operation_and_a_renamed_schema_leave_the_package(
    scratch: Path, tmp_path: Path
) -> None:
    new = write_export(tmp_path, edit.rename_follow_up(edit.remove_lead_dismiss(edit.published())))

    result = run(scratch, "update_spec.py", str(new))

    assert result.returncode == 0, result.stderr
    assert "2 breaking, 0 compatible." in result.stdout
    package = scratch / GENERATED
    assert not (package / "api" / "leads" / "leads_dismiss.py").exists()
    assert "\nLeads_Dismiss\t" not in (scratch / NAMES).read_text(encoding="utf-8")
    assert "its row left openapi/sources/resource_names.tsv" in result.stdout
    assert not (package / "models" / "follow_up_response.py").exists()
    assert "follow_up_date" in fields(
        package / "models" / "lead_follow_up_response.py", "LeadFollowUpResponse"
    )
    follow_up = (package / "api" / "leads" / "leads_create_follow_up.py").read_text("utf-8")
    assert "LeadFollowUpResponse" in follow_up


def test_importing_the_vendored_export_again_changes_nothing(scratch: Path) -> None:
    before = {name: (scratch / name).read_bytes() for name in (VENDORED, CHANGES)}

    result = run(scratch, "update_spec.py", str(scratch / VENDORED), "--fail-on-breaking")

    assert result.returncode == 0, result.stderr
    assert "No change in operations, parameters, schemas or enum values." in result.stdout
    assert {name: (scratch / name).read_bytes() for name in before} == before


def test_a_file_that_is_not_an_export_is_refused_before_anything_changes(
    scratch: Path, tmp_path: Path
) -> None:
    before = (scratch / VENDORED).read_bytes()
    bad = tmp_path / "export.json"
    bad.write_text('{"swagger": "2.0", "paths": {}}', encoding="utf-8")

    result = run(scratch, "update_spec.py", str(bad))

    assert result.returncode == 2
    assert "not an OpenAPI 3 document" in result.stderr
    assert (scratch / VENDORED).read_bytes() == before


def test_a_failed_rebuild_puts_every_file_back(scratch: Path, tmp_path: Path) -> None:
    """A status the document has no response for stops the build; nothing stays half-updated."""
    document = edit.published()
    edit.operation(document, "Leads_Update")["responses"]["418"] = edit.BAD_REQUEST
    tables = ["scopes.tsv", "schema_names.tsv", "late_properties.yaml"]
    watched = [VENDORED, CHANGES, Path("openapi") / "openapi.yaml"] + [
        Path("openapi") / "sources" / name for name in tables
    ]
    before = {name: (scratch / name).read_bytes() for name in watched}

    result = run(scratch, "update_spec.py", str(write_export(tmp_path, document)))

    assert result.returncode == 2
    assert "status 418 has no entry under error_responses" in result.stderr
    assert {name: (scratch / name).read_bytes() for name in watched} == before


def test_a_required_property_new_in_a_server_sent_schema_is_recorded_as_late(
    scratch: Path, tmp_path: Path
) -> None:
    document = edit.published()
    location = edit.schema(document, "Crm.V2.Locations.LocationResponse")
    location["properties"]["timeZone"] = {"type": "string"}
    location["required"].append("timeZone")
    sources = scratch / "openapi" / "sources"

    _, update = plan(write_export(tmp_path, document), sources)

    late = yaml.safe_load(update.table_texts[sources / "late_properties.yaml"])
    assert late["Crm.V2.Locations.LocationResponse"] == ["taxExempt", "timeZone"]
    assert any(note.startswith("`LocationResponse.timeZone`: required") for note in update.notes)


def test_a_new_booking_provider_route_gets_the_bookings_write_scope(
    scratch: Path, tmp_path: Path
) -> None:
    document = edit.published()
    route = copy.deepcopy(edit.operation(document, "Bookings_DismissBooking"))
    route["operationId"] = "Bookings_Reschedule"
    path = "/tenant/{tenant}/booking-provider/{booking_provider}/bookings/{id}/reschedule"
    document["paths"][path] = {"post": route}
    sources = scratch / "openapi" / "sources"

    _, update = plan(write_export(tmp_path, document), sources)

    scopes = update.table_texts[sources / "scopes.tsv"].splitlines()
    assert scopes[-1] == "Bookings_Reschedule\ttn.crm.bookings:w\tinferred"


def test_a_new_file_with_the_same_facts_is_vendored_and_recorded(
    scratch: Path, tmp_path: Path
) -> None:
    document = edit.published()
    edit.operation(document, "Leads_Get")["summary"] = "Gets a lead by id"
    new = write_export(tmp_path, document)

    result = run(scratch, "update_spec.py", str(new), "--fail-on-breaking")

    assert result.returncode == 0, result.stderr
    assert "No change in operations, parameters, schemas or enum values." in result.stdout
    assert (scratch / VENDORED).read_bytes() == new.read_bytes()
    assert result.stdout in (scratch / CHANGES).read_text(encoding="utf-8")
    assert (scratch / "openapi" / "openapi.yaml").read_bytes() == (
        ROOT / "openapi" / "openapi.yaml"
    ).read_bytes()
