"""What the conformance run's fuzzer is told beyond the document, read from the document model
and the served simulator (see `schemathesis_hooks`).

Real ids are found the way a person exploring the API finds them: a path parameter names a
record of the list at the path before it (`/customers/{id}/contacts/{contactId}`: `id` from
`GET /customers`, `contactId` from `GET /customers/{id}/contacts`), or, when no list sits
there, of the one top-level list whose path begins with it (`/booking-provider/{id}`: the
`/booking-provider-tags` list). A record gives the parameter's own field if it has one
(`relatedEntityId`, and `typeSlug` after it), else its `id`, else the field named by the
parameter's last word (`preferenceName`: `name`); an answer that is a bare value is the value.
"""

from __future__ import annotations

import re
from typing import Any

import httpx2

from servicetitan_crm._document import Document, Operation, Parameter, Type

# Records read from each list: enough to vary the ids without multiplying the sets.
RECORDS_PER_LIST = 3
# A value for each type of filter that is valid and narrows nothing away that matters.
SAMPLE_VALUES: dict[str, Any] = {
    "date-time": "2000-01-01T00:00:00Z",
    "integer": 1,
    "string": "1",
    "boolean": "true",
}
_LAST_WORD = re.compile(r"[A-Z][a-z]*$")


def facts(document: Document, http: httpx2.Client) -> dict[str, Any]:
    """The JSON the hooks read: real ids, path types, required filters and their values."""
    with_paths = [operation for operation in document.operations if operation.path_parameters]
    required = {
        operation.operation_id: list(operation.required_one_of)
        for operation in document.operations
        if operation.required_one_of
    }
    return {
        "ids": {
            operation.operation_id: sets
            for operation in with_paths
            if (sets := real_ids(document, operation, http))
        },
        "path_types": {
            operation.operation_id: {
                parameter.name: _type_facts(parameter) for parameter in operation.path_parameters
            }
            for operation in with_paths
        },
        "required_one_of": required,
        "filter_values": {
            name: _sample(document.operation(operation_id), name)
            for operation_id, names in required.items()
            for name in names
        },
    }


def real_ids(document: Document, operation: Operation, http: httpx2.Client) -> list[dict[str, Any]]:
    """Path-parameter sets of `operation` naming records that exist; parameters no list
    reveals are left out (the fuzzer's values stand for them)."""
    sets: list[dict[str, Any]] = [{}]
    for parameter in operation.path_parameters:
        grown: list[dict[str, Any]] = []
        for known in sets:
            if parameter.name in known:
                grown.append(known)
                continue
            values = _values_for(document, operation, parameter.name, known, http)
            grown.extend({**known, **value} for value in values[:RECORDS_PER_LIST])
        sets = grown or sets
    return [found for found in sets if found]


def _values_for(
    document: Document, operation: Operation, name: str, known: dict[str, Any], http: httpx2.Client
) -> list[dict[str, Any]]:
    prefix = operation.path.split("/{" + name + "}", 1)[0]
    source = _source(document, prefix)
    if source is None:
        return []
    later = [p.name for p in operation.path_parameters]
    later = later[later.index(name) + 1 :]
    path = source.path
    for key, value in known.items():
        path = path.replace("{" + key + "}", str(value))
    if "{" in path:
        return []
    response = http.get(path.lstrip("/"))
    if response.status_code != 200 or not response.content:
        return []
    answer = response.json()
    records = answer.get("data", []) if isinstance(answer, dict) and "data" in answer else answer
    if not isinstance(records, list):
        records = [records]
    found = []
    for record in records:
        value = _value(record, name)
        if value is None:
            continue
        # A record's own `id` names it, never a record further down the path.
        extra = {
            key: record[key]
            for key in later
            if key != "id" and isinstance(record, dict) and key in record
        }
        found.append({name: value, **extra})
    return found


def _source(document: Document, prefix: str) -> Operation | None:
    gets = [operation for operation in document.operations if operation.method == "get"]
    exact = [operation for operation in gets if operation.path == prefix]
    if exact:
        return exact[0]
    begun = [
        operation
        for operation in gets
        if operation.kind == "list"
        and not operation.path_parameters
        and operation.path.startswith(prefix)
    ]
    return begun[0] if len(begun) == 1 else None


def _value(record: Any, name: str) -> Any:
    if not isinstance(record, dict):
        return record
    if name in record:
        return record[name]
    if "id" in record:
        return record["id"]
    word = _LAST_WORD.search(name)
    return record.get(word.group().lower()) if word else None


def _type_facts(parameter: Parameter) -> dict[str, Any]:
    return {
        "kind": parameter.type.kind,
        "minimum": parameter.minimum,
        "maximum": parameter.maximum,
        "values": list(parameter.type.values),
        "pattern": parameter.type.pattern,
    }


def _sample(operation: Operation, name: str) -> Any:
    parameter = next(p for p in operation.query_parameters if p.name == name)
    type_: Type = parameter.type
    if type_.values:
        return type_.values[0]
    return SAMPLE_VALUES.get(type_.kind, SAMPLE_VALUES["string"])
