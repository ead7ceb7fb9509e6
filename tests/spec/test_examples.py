"""The seed reference pages' example payloads, transcribed as fixtures, against the document: the
schema finds exactly the defects that examples/notes.yaml lists, and nothing else."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from spec_sources import SOURCES

EXAMPLES = SOURCES / "examples"
NOTES: dict[str, Any] = yaml.safe_load((EXAMPLES / "notes.yaml").read_text(encoding="utf-8"))


def generator_reading(node: Any) -> Any:
    """`nullable: true` + `allOf: [$ref]` as openapi-python-client 0.29.1 reads it (`X | None`).
    JSON-Schema validators that follow the 3.0.3 wording ignore `nullable` without a `type`, so
    the test spells the same meaning out as anyOf: [X, null]."""
    if isinstance(node, list):
        return [generator_reading(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("nullable") is True and "allOf" in node and "type" not in node:
        return {"anyOf": [*generator_reading(node["allOf"]), {"enum": [None]}]}
    return {key: generator_reading(value) for key, value in node.items()}


def pointers(error: ValidationError) -> set[str]:
    """Where each bad value is, or where a missing required value should be. anyOf failures are
    unpacked into the non-null alternative's own errors."""
    if error.validator == "anyOf":
        return {p for sub in error.context or [] if sub.schema_path[0] == 0 for p in pointers(sub)}
    parts = [str(part) for part in error.absolute_path]
    if error.validator == "required":
        parts.append(str(error.message).split("'")[1])
    return {"/" + "/".join(parts) if parts else ""}


def defects_found(payload: Any, schema_name: str, document: dict[str, Any]) -> set[str]:
    components = generator_reading(document["components"])
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": components}
    validator = OAS30Validator(root, format_checker=oas30_format_checker)
    return {found for error in validator.iter_errors(payload) for found in pointers(error)}


def test_every_fixture_has_notes_and_every_note_a_fixture() -> None:
    assert {path.name for path in EXAMPLES.glob("*.json")} == set(NOTES)


@pytest.mark.parametrize("name", sorted(NOTES))
def test_schema_finds_exactly_the_noted_defects(name: str, document: dict[str, Any]) -> None:
    payload = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    note = NOTES[name]
    assert defects_found(payload, note["schema"], document) == set(note["defects"])


@pytest.mark.parametrize("name", sorted(NOTES))
def test_noted_schema_is_the_operations_body(
    name: str, operations_by_id: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    note = NOTES[name]
    operation = operations_by_id[note["operation"]][2]
    if note["direction"] == "request":
        content = operation["requestBody"]["content"]
    elif note["schema"] == "ApiErrorResponse":
        content = {
            "application/json": {"schema": {"$ref": "#/components/schemas/ApiErrorResponse"}}
        }
        assert "400" in operation["responses"]
    else:
        content = operation["responses"]["200"]["content"]
    assert content["application/json"]["schema"] == {
        "$ref": f"#/components/schemas/{note['schema']}"
    }


def test_a_corrected_example_passes(document: dict[str, Any]) -> None:
    """Fixing exactly the noted defects leaves nothing: the notes are the whole story."""
    payload = json.loads(
        (EXAMPLES / "locations_update_contact.200.json").read_text(encoding="utf-8")
    )
    payload.update(id=7, type="Phone", modifiedOn="2019-11-14T10:24:07.4726935Z")
    payload["createdOn"] = payload.pop("creationOn").replace("string", "2019-11-14T10:24:07Z")
    payload["phoneSettings"]["doNotText"] = payload["phoneSettings"].pop("dotText")
    assert defects_found(payload, "LocationContactResponse", document) == set()


def test_null_in_a_required_field_of_a_response_is_accepted(document: dict[str, Any]) -> None:
    payload = {
        "id": 7,
        "type": None,
        "value": None,
        "phoneSettings": None,
        "modifiedOn": None,
        "createdOn": None,
    }
    assert defects_found(payload, "LocationContactResponse", document) == set()


def test_a_record_s_own_id_is_never_null(document: dict[str, Any]) -> None:
    payload = {
        "id": None,
        "type": None,
        "value": None,
        "phoneSettings": None,
        "modifiedOn": None,
        "createdOn": None,
    }
    assert defects_found(payload, "LocationContactResponse", document) == {"/id"}
