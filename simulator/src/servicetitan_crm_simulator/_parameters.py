"""Path and query parameters checked against the document before a handler runs.

Every path and query parameter the operation documents is checked as the API's model binding
checks it: a value of the wrong type, out of the documented bounds, not one of the documented
values (an enum, matched as the document spells it) or not matching the
documented pattern is a 400 naming the parameter; a required parameter that is missing is a 400,
and so is a request without any of the filters of which the operation requires at least one
(`Operation.required_one_of`). Query parameters the document does not name are ignored, as the
API ignores them. A parameter added to the document is checked with no hand edit; what it
filters is up to the handler.
"""

from __future__ import annotations

import re

from servicetitan_crm._document import Document, Operation, Parameter
from servicetitan_crm_simulator._guids import parse as parse_guid
from servicetitan_crm_simulator._http import Problem, Request, invalid
from servicetitan_crm_simulator._query import (
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    INT64_MIN,
    boolean_value,
    integer_value,
    number_value,
    text,
    timestamp_value,
)


def check_parameters(document: Document, operation: Operation, request: Request) -> None:
    """Raise a 400 `Problem` for the first path or query parameter of `operation` that is
    not valid, or when none of the filters it requires at least one of is given."""
    for parameter in operation.parameters:
        if parameter.location == "path":
            raw = request.params.get(parameter.name)
        else:
            raw = text(request, parameter.name)
        if raw is None:
            if parameter.required:
                raise invalid(parameter.name, f"The {parameter.name} field is required.")
            continue
        _check(document, parameter, raw)
    _check_required_one_of(operation, request)


def _check(document: Document, parameter: Parameter, raw: str) -> None:
    name, type_ = parameter.name, parameter.type
    if raw == "" and type_.kind != "string":
        raise invalid(name, "The value '' is not valid.")
    match type_.kind:
        case "integer":
            narrow = type_.format == "int32"
            lowest, highest = (INT32_MIN, INT32_MAX) if narrow else (INT64_MIN, INT64_MAX)
            integer_value(
                name,
                raw,
                minimum=lowest if parameter.minimum is None else parameter.minimum,
                maximum=highest if parameter.maximum is None else parameter.maximum,
            )
        case "number":
            number_value(name, raw)
        case "boolean":
            boolean_value(name, raw)
        case "date-time":
            timestamp_value(name, raw)
        case "uuid":
            parse_guid(raw, name)
        case "enum" if type_.ref is not None:
            _one_of(name, raw, tuple(str(value) for value in document.enum(type_.ref).values))
        case _:
            pass
    if type_.values:
        _one_of(name, raw, type_.values)
    if type_.pattern is not None and re.search(type_.pattern, raw) is None:
        raise invalid(name, f"The value '{raw}' does not match the pattern {type_.pattern}.")


def _one_of(name: str, raw: str, values: tuple[str, ...]) -> None:
    # Exactly as the document spells them (see DECISIONS, "case of enum query values").
    if raw not in values:
        raise invalid(name, f"The value '{raw}' is not one of {', '.join(values)}.")


def _check_required_one_of(operation: Operation, request: Request) -> None:
    names = operation.required_one_of
    if not names or any(text(request, name) for name in names):
        return
    listed = ", ".join(names)
    raise Problem(
        400,
        f"At least one of the filters {listed} is required.",
        {name: [f"At least one of {listed} is required."] for name in names},
    )
