"""How each model property decodes, decided in `scripts/codegen/decoding.py`.

The expectations are stated on the document's raw schemas (openapi/openapi.yaml), independently
of openapi-python-client's parsed model that the classifier reads, and checked for every property
of every schema; the generated classes then show that what is decoded on first read cannot fail.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
import yaml

from .conftest import DOCUMENT, ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from codegen.client_code import template_converts
from codegen.decoding import ModelDecoding, Strategy, decodes_any_object
from openapi_python_client import Project
from openapi_python_client.parser.properties.union import UnionProperty

import servicetitan_crm.generated.models as generated_models

Json = dict[str, Any]
SCHEMAS: dict[str, Json] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))["components"][
    "schemas"
]


@pytest.fixture(scope="module")
def plans(project: Project) -> dict[str, ModelDecoding]:
    plan = project.env.globals["decode_plan"]
    return {str(model.class_info.name): plan(model) for model in project.openapi.models}


def target(schema: Json) -> tuple[str | None, bool]:
    """The schema name a property refers to (directly, through allOf, or as array items), and
    whether it is nullable."""
    nullable = bool(schema.get("nullable"))
    ref = schema.get("$ref") or (schema.get("allOf") or [{}])[0].get("$ref")
    if ref is None and schema.get("type") == "array":
        ref = schema["items"].get("$ref")
    return (ref.rsplit("/", 1)[-1] if ref else None), nullable


def is_object(name: str) -> bool:
    return "enum" not in SCHEMAS[name]


def stored_as_received(schema: Json) -> bool:
    name, _ = target(schema)
    return name is None and schema.get("format") not in ("date-time", "uuid", "date")


def decodes_on_first_read(name: str) -> bool:
    """A nested object that decodes on first read: open to unknown fields, every property kept
    as received and allowed to be null or absent."""
    schema = SCHEMAS[name]
    required = set(schema.get("required", []))
    return schema.get("additionalProperties") is not False and all(
        stored_as_received(prop) and (prop.get("nullable") or key not in required)
        for key, prop in schema.get("properties", {}).items()
    )


def expected_strategy(schema: Json, required: bool) -> Strategy:
    name, nullable = target(schema)
    scalar = schema.get("type") in ("integer", "number", "boolean", "string")
    if required and scalar and not nullable and schema.get("format") != "date-time":
        return Strategy.CHECKED
    if name is not None and is_object(name):
        if schema.get("type") == "array":
            return Strategy.MODELS if nullable else Strategy.STRICT_MODELS
        if not nullable:
            return Strategy.STRICT_MODEL
        return Strategy.MODEL_LAZY if decodes_on_first_read(name) else Strategy.MODEL
    if name is not None:  # an enum
        string_enum = SCHEMAS[name].get("type") == "string"
        return Strategy.ENUM if nullable and string_enum else Strategy.GENERIC
    if schema.get("type") == "object":  # an inline object becomes a model of its own
        return Strategy.STRICT_MODEL
    if schema.get("format") == "date-time":
        return Strategy.TIMESTAMP if nullable else Strategy.GENERIC
    if schema.get("format") in ("uuid", "date"):
        return Strategy.GENERIC
    return Strategy.PLAIN


def object_schemas() -> list[str]:
    return sorted(
        name
        for name, schema in SCHEMAS.items()
        if "properties" in schema and "allOf" not in schema and "enum" not in schema
    )


@pytest.mark.parametrize("schema_name", object_schemas())
def test_every_property_decodes_as_its_schema_says(
    schema_name: str, plans: dict[str, ModelDecoding]
) -> None:
    plan = plans[schema_name]
    decided = {item.wire_name.get_untrusted_value(): item.strategy for item in plan.fields}
    properties = SCHEMAS[schema_name]["properties"]
    required = set(SCHEMAS[schema_name].get("required", ()))
    assert set(decided) == set(properties)
    expected = {key: expected_strategy(prop, key in required) for key, prop in properties.items()}
    assert decided == expected


def test_the_document_exercises_every_tolerant_strategy(plans: dict[str, ModelDecoding]) -> None:
    """The strategies above are not vacuous: the real document uses each of them."""
    used = {item.strategy for plan in plans.values() for item in plan.fields}
    assert used >= {
        Strategy.PLAIN,
        Strategy.TIMESTAMP,
        Strategy.ENUM,
        Strategy.MODEL_LAZY,
        Strategy.MODEL,
        Strategy.MODELS,
        Strategy.STRICT_MODELS,
        Strategy.CHECKED,
    }


@pytest.mark.parametrize(
    "received",
    [
        {},
        {"unknown": [1, {"a": None}]},
        {"line1": 5, "city": ["x"], "zip": {"nested": True}, "latitude": "north"},
    ],
)
def test_a_model_decoded_on_first_read_takes_any_object(
    received: Json, plans: dict[str, ModelDecoding]
) -> None:
    lazy_targets = {
        item.target.name
        for plan in plans.values()
        for item in plan.fields
        if item.strategy is Strategy.MODEL_LAZY and item.target is not None
    }
    assert lazy_targets
    for class_name in sorted(lazy_targets):
        model = getattr(generated_models, class_name)
        assert model.from_dict(received).to_dict() == received, class_name


def test_an_object_with_a_required_non_null_property_is_decoded_at_once(project: Project) -> None:
    converts = template_converts(project.env)
    strict = [
        model
        for model in project.openapi.models
        if any(
            not isinstance(prop, UnionProperty) or prop.default is not None
            for prop in model.required_properties or []
        )
    ]
    assert strict
    for model in strict:
        assert not decodes_any_object(model, converts), model.class_info.name
