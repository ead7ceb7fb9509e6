"""Python annotations of parameters and answers, decided from the document model.

They must equal what the generated endpoint functions declare (the resource methods pass their
arguments straight through; `tests/resources/test_naming.py` compares the two signatures), so
each rule here mirrors one of openapi-python-client's or of our endpoint templates'.
"""

from __future__ import annotations

import json
import re

from openapi_python_client.strings import PythonIdentifier

from servicetitan_crm._document import Document, Operation, Parameter, Type

FIELD_PREFIX = "field_"
SCALARS = {"integer": "int", "number": "float", "boolean": "bool", "string": "str", "uuid": "UUID"}
# Date-time filters take a date too (endpoint_macros.py.jinja, `parameter_signature`).
QUERY_SCALARS = {**SCALARS, "date-time": "datetime.date", "date": "datetime.date"}
# Inside a resource class a bare `list` would mean its `list` method.
LIST = "builtins.list"


class AnnotationError(ValueError):
    """A parameter or answer of a shape the resource client has no annotation for."""


def model_module(model: str) -> str:
    """The module of a generated model class (openapi-python-client's rule)."""
    return str(PythonIdentifier(model, FIELD_PREFIX))


def models(document: Document) -> dict[str, str]:
    """Schema name -> generated class, for objects and enums."""
    found = {schema.name: schema.model for schema in document.objects}
    found.update((schema.name, schema.model) for schema in document.enums)
    return found


def class_of(ref: str, document: Document) -> str:
    model = models(document).get(ref)
    if model is None:
        raise AnnotationError(f"no schema {ref!r}")
    return model


def enum_annotation(type_: Type, document: Document) -> str:
    """An enum also takes its wire values, as a Literal."""
    assert type_.ref is not None
    values = ", ".join(json.dumps(value) for value in document.enum(type_.ref).values)
    return f"{class_of(type_.ref, document)} | Literal[{values}]"


def parameter_annotation(parameter: Parameter, document: Document, where: str) -> str:
    """The annotation without `| Unset` (see `parameter_signature`)."""
    kind = parameter.type.kind
    if kind == "enum" and parameter.location == "query":
        return enum_annotation(parameter.type, document)
    table = QUERY_SCALARS if parameter.location == "query" else SCALARS
    if kind not in table:
        raise AnnotationError(f"{where}: no annotation for parameter {parameter.name} ({kind})")
    return table[kind]


def parameter_signature(parameter: Parameter, document: Document, where: str) -> str:
    """`name: annotation` (required) or `name: annotation | Unset = UNSET`."""
    annotation = parameter_annotation(parameter, document, where)
    if parameter.required:
        return f"{parameter.attribute}: {annotation}"
    return f"{parameter.attribute}: {annotation} | Unset = UNSET"


def value_annotation(type_: Type, document: Document, where: str) -> str:
    if type_.kind in ("object", "enum") and type_.ref is not None:
        return class_of(type_.ref, document)
    if type_.kind == "array" and type_.items is not None:
        return f"{LIST}[{value_annotation(type_.items, document, where)}]"
    if type_.kind in SCALARS:
        return SCALARS[type_.kind]
    raise AnnotationError(f"{where}: no annotation for an answer of kind {type_.kind}")


def answer_annotation(operation: Operation, document: Document) -> str:
    """What the endpoint's `asyncio` returns."""
    if operation.response is None:
        return "None"
    annotation = value_annotation(operation.response, document, operation.operation_id)
    return f"{annotation} | None" if operation.response_nullable else annotation


def referenced_models(annotation: str, document: Document) -> set[str]:
    """Model classes an annotation names (for its imports)."""
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))
    return set(models(document).values()) & words
