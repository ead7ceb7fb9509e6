"""What each endpoint module returns and how it checks its arguments: decided here, printed by
`endpoint_module.py.jinja` and `endpoint_macros.py.jinja`.

- `success_type(endpoint)`: the annotation of what the endpoint functions return: the union of
  the documented 2xx bodies' types, or "None" when no 2xx documents a typed body (error statuses
  raise, so they are never part of it);
- `argument_check(parameter, location)`: the `servicetitan_crm._arguments` function that checks
  a path or query argument and writes it as the API wants it on the wire.
"""

from __future__ import annotations

from typing import Literal

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.uuid import UuidProperty

__all__ = ["argument_check", "success_type"]

NO_BODY = "None"

_QUERY_CHECKS: dict[type[PropertyProtocol], str] = {
    EnumProperty: "query_enum",
    DateTimeProperty: "timestamp",
    IntProperty: "integer",
    BooleanProperty: "boolean",
    FloatProperty: "number",
    UuidProperty: "uuid",
}
_PATH_CHECKS: dict[type[PropertyProtocol], str] = {
    IntProperty: "path_integer",
    UuidProperty: "path_uuid",
}


def success_type(endpoint: Endpoint) -> str:
    """The return annotation of the endpoint's functions (`Response[...]` wraps it)."""
    types = []
    for response in endpoint.responses.patterns:
        codes = response.status_code.range
        if codes is not None and codes[0] >= 200 and codes[1] < 300:
            types.append(response.prop.get_type_string().as_unembedded_code())
    if not types or "Any" in types:
        return NO_BODY
    return " | ".join(sorted(set(types)))


def argument_check(parameter: Property, location: Literal["path", "query"]) -> str:
    """The name of the `_arguments` function for a path or query parameter."""
    if location == "path":
        return _PATH_CHECKS.get(type(parameter), "path_text")
    return _QUERY_CHECKS.get(type(parameter), "text")
