"""What each operation's success body must be, checked before a model reads it.

The generated `_parse_response` passes `ResponseShape.expected` and `.properties` to
`servicetitan_crm._envelope.checked_json`, which raises `ResponseDecodeError` naming the operation
when the body is not of the documented JSON type (and, for page and export envelopes, when an
envelope field is wrong).
"""

from __future__ import annotations

from dataclasses import dataclass

from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema import UntrustedString

__all__ = ["ResponseShape", "response_shape"]


@dataclass(frozen=True)
class ResponseShape:
    """The documented JSON shape of a success body."""

    # One of servicetitan_crm._envelope.Expected: "object", "array", or a JSON scalar type.
    expected: str
    # For an object: the JSON names its schema documents (sorted by attribute name).
    properties: tuple[UntrustedString, ...] = ()
    # For an array: the JSON type of its items, when they are scalars.
    items: str = "any"
    # Whether null is a documented answer.
    nullable: bool = False


_SCALARS: dict[type[PropertyProtocol], str] = {
    BooleanProperty: "boolean",
    IntProperty: "integer",
    FloatProperty: "number",
    StringProperty: "string",
}


def response_shape(prop: Property | PropertyProtocol) -> ResponseShape:
    """The shape of a body documented by `prop` (the response's parsed property)."""
    nullable = False
    if isinstance(prop, UnionProperty):
        members = [m for m in prop.inner_properties if not isinstance(m, NoneProperty)]
        nullable = len(members) < len(prop.inner_properties)
        if len(members) != 1:
            return ResponseShape(_SCALARS.get(type(prop), "any"), nullable=nullable)
        prop = members[0]
    if isinstance(prop, ModelProperty):
        names = sorted(
            (p for p in (prop.required_properties or []) + (prop.optional_properties or [])),
            key=lambda p: str(p.python_name),
        )
        return ResponseShape("object", tuple(p.name for p in names), nullable=nullable)
    if isinstance(prop, ListProperty):
        return ResponseShape(
            "array", items=_SCALARS.get(type(prop.inner_property), "any"), nullable=nullable
        )
    return ResponseShape(_SCALARS.get(type(prop), "any"), nullable=nullable)
