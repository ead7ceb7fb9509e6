"""The document model (`servicetitan_crm.generated.document`) says what the generated SDK is.

Everything outside the generated SDK that depends on the document (the simulator's records, the
sync's tables, the tests' inventories) reads this model, so its names must be the generated code's
names and its facts the document's.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import attrs
import pytest
import yaml
from spec_sources import DOCUMENT as DOCUMENT_PATH

from servicetitan_crm import models
from servicetitan_crm.generated.document import DOCUMENT

RAW: dict[str, Any] = yaml.safe_load(DOCUMENT_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = {"get", "put", "post", "patch", "delete"}


def test_every_operation_of_the_document_is_in_the_model_once() -> None:
    in_document = sorted(
        (operation["operationId"], method, path)
        for path, item in RAW["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    )
    in_model = sorted((op.operation_id, op.method, op.path) for op in DOCUMENT.operations)
    assert in_model == in_document


def test_every_schema_of_the_document_is_an_object_or_an_enum_of_the_model() -> None:
    named = {schema.name for schema in DOCUMENT.objects} | {e.name for e in DOCUMENT.enums}
    assert named == set(RAW["components"]["schemas"])


@pytest.mark.parametrize("schema", DOCUMENT.objects, ids=lambda schema: schema.name)
def test_object_properties_are_the_generated_model_attributes(schema: Any) -> None:
    model = getattr(models, schema.model)
    # Beside the properties: unknown ones (`additional_properties`) and private bookkeeping.
    fields = {field.name for field in attrs.fields(model) if not field.name.startswith("_")}
    fields.discard("additional_properties")
    assert {p.attribute for p in schema.properties} == fields


@pytest.mark.parametrize("enum", DOCUMENT.enums, ids=lambda enum: enum.name)
def test_enum_values_are_the_generated_enum_members(enum: Any) -> None:
    assert {member.value for member in getattr(models, enum.model)} == set(enum.values)


@pytest.mark.parametrize("operation", DOCUMENT.operations, ids=lambda op: op.operation_id)
def test_parameters_are_the_generated_endpoint_arguments(operation: Any) -> None:
    module = importlib.import_module(
        f"servicetitan_crm.generated.api.{operation.package}.{operation.module}"
    )
    signature = inspect.signature(module.asyncio)
    expected = {p.attribute for p in operation.parameters}
    if operation.body is not None:
        expected.add("body")
    assert set(signature.parameters) - {"client"} == expected
    required = {p.attribute for p in operation.parameters if p.required}
    assert {
        name
        for name, parameter in signature.parameters.items()
        if parameter.default is inspect.Parameter.empty and name not in ("client", "body")
    } == required


def test_lists_and_exports_name_their_record_schema() -> None:
    for operation in DOCUMENT.operations:
        if operation.kind == "call":
            assert operation.item is None
        else:
            assert operation.item is not None
            DOCUMENT.schema(operation.item)


def test_unknown_names_raise_naming_what_was_asked() -> None:
    with pytest.raises(KeyError, match="NoSuchSchema"):
        DOCUMENT.schema("NoSuchSchema")
    with pytest.raises(KeyError, match="No_Such"):
        DOCUMENT.operation("No_Such")
