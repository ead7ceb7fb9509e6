"""How each generated model decodes its properties: decided here, printed by `model.py.jinja`.

openapi-python-client hands the templates its parsed `ModelProperty` objects. For every property
of a model, `decode_plan` picks a strategy for the generated `from_dict`:

- `plain`: stored as received (no union member converts it; a list of plain values is only cast
  by the generator's own code);
- `timestamp`: the text is stored, parsed on first read (`servicetitan_crm._timestamps`);
- `enum`: a string enum, looked up in one dict, an unknown value kept as a pseudo-member;
- `model_lazy`: a nullable nested object decoded on first read (`servicetitan_crm._lazy_nested`),
  chosen only when the nested `from_dict` cannot fail on an object;
- `model` / `models`: a nullable nested object or list of objects decoded at once, kept as
  received when it does not decode;
- `strict_model` / `strict_models`: a non-nullable nested object or list (request models);
- `checked`: a required, non-null scalar (a record's own id, a request model's required text):
  its JSON type is checked, a missing key or a null fails with the model and field named
  (`servicetitan_crm._required_fields`);
- `generic`: anything else, through the generator's own construct code.

A value of another JSON type than documented is kept as sent by the tolerant strategies (as the
generator's own code does); the API sends null in fields it documents as required.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from openapi_python_client.parser.properties import (
    Class,
    EnumProperty,
    ModelProperty,
    Property,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema import UntrustedString

__all__ = [
    "Converts",
    "FieldDecoding",
    "ModelDecoding",
    "Strategy",
    "decode_plan",
]

# Whether the property template of this name converts a received value (has a `construct`
# macro). Read from the templates themselves, so an upgrade of the generator cannot disagree.
Converts = Callable[[str], bool]


class Strategy(StrEnum):
    """How `from_dict` turns one received value into the attribute's value."""

    PLAIN = "plain"
    TIMESTAMP = "timestamp"
    ENUM = "enum"
    MODEL_LAZY = "model_lazy"
    MODEL = "model"
    MODELS = "models"
    STRICT_MODEL = "strict_model"
    STRICT_MODELS = "strict_models"
    CHECKED = "checked"
    GENERIC = "generic"


@dataclass(frozen=True)
class FieldDecoding:
    """One property of a model and how its value is read."""

    prop: Property
    strategy: Strategy
    # The class whose `from_dict` decodes the value (nested strategies), or the enum class.
    target: Class | None = None
    # For `checked`: the Python type the JSON value must have ("int", "str", "bool", "float"),
    # or "UUID" for a GUID parsed from its text.
    checked_type: str | None = None

    @property
    def python_name(self) -> str:
        return str(self.prop.python_name)

    @property
    def wire_name(self) -> UntrustedString:
        """The JSON name, for the template's quoting filter (never printed raw)."""
        return self.prop.name

    @property
    def key_required(self) -> bool:
        """A missing key is an error: documented required and never null."""
        return self.prop.required and not _allows_null(self.prop)

    @property
    def absence_tracked(self) -> bool:
        """A missing key reads as None and is left out again by `to_dict`."""
        return not self.key_required and self.prop.required

    @property
    def absent_value(self) -> str:
        """What a missing key reads as: null for a documented-required field, else UNSET."""
        return "None" if self.prop.required else "UNSET"


@dataclass(frozen=True)
class ModelDecoding:
    """Everything `model.py.jinja` needs to print one model's `from_dict` and `to_dict`."""

    fields: list[FieldDecoding]
    enum_classes: list[Class] = field(default_factory=list)
    # Nested classes whose bound `from_dict` the module keeps (eager nested strategies).
    nested_classes: list[Class] = field(default_factory=list)

    @property
    def tracks_absence(self) -> bool:
        return any(item.absence_tracked for item in self.fields)

    def names(self, *strategies: Strategy) -> list[str]:
        return [item.python_name for item in self.fields if item.strategy in strategies]

    @property
    def timestamp_fields(self) -> list[str]:
        return self.names(Strategy.TIMESTAMP)

    @property
    def lazy_fields(self) -> list[tuple[str, str]]:
        """(attribute, nested class name) of the fields decoded on first read."""
        return [
            (item.python_name, str(item.target.name))
            for item in self.fields
            if item.strategy is Strategy.MODEL_LAZY and item.target is not None
        ]

    @property
    def model_lists(self) -> dict[str, str]:
        """Attribute to item class name, for lists that `from_dict` may have kept as sent."""
        return {
            item.python_name: str(item.target.name)
            for item in self.fields
            if item.strategy is Strategy.MODELS and item.target is not None
        }


def decode_plan(
    model: ModelProperty, models: Mapping[str, ModelProperty], converts: Converts
) -> ModelDecoding:
    """The decoding of every property of `model`, in declaration order.

    `models` are the document's processed models by class name: a union member holds an early
    copy of a nested model, without its properties.
    """
    fields = [
        _field_decoding(prop, models, converts)
        for prop in (model.required_properties or []) + (model.optional_properties or [])
    ]
    enum_classes: list[Class] = []
    nested_classes: list[Class] = []
    for item in fields:
        if item.target is None:
            continue
        if item.strategy is Strategy.ENUM and item.target not in enum_classes:
            enum_classes.append(item.target)
        if item.strategy in _EAGER_NESTED and item.target not in nested_classes:
            nested_classes.append(item.target)
    return ModelDecoding(fields, enum_classes, nested_classes)


_CHECKED_TYPES: dict[type[PropertyProtocol], str] = {
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    StringProperty: "str",
    UuidProperty: "UUID",
}
_EAGER_NESTED = frozenset(
    {Strategy.MODEL, Strategy.MODELS, Strategy.STRICT_MODEL, Strategy.STRICT_MODELS}
)


def _field_decoding(
    prop: Property, models: Mapping[str, ModelProperty], converts: Converts
) -> FieldDecoding:
    if isinstance(prop, UnionProperty):
        return _union_decoding(prop, models, converts)
    checked_type = _CHECKED_TYPES.get(type(prop))
    if checked_type is not None and prop.required:
        return FieldDecoding(prop, Strategy.CHECKED, checked_type=checked_type)
    if not converts(prop.template) or _is_plain_list(prop, converts):
        return FieldDecoding(prop, Strategy.PLAIN)
    if isinstance(prop, ModelProperty):
        return FieldDecoding(prop, Strategy.STRICT_MODEL, prop.class_info)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return FieldDecoding(prop, Strategy.STRICT_MODELS, prop.inner_property.class_info)
    return FieldDecoding(prop, Strategy.GENERIC)


def _union_decoding(
    prop: UnionProperty, models: Mapping[str, ModelProperty], converts: Converts
) -> FieldDecoding:
    converting = [
        member
        for member in prop.inner_properties
        if converts(member.template) and not _is_plain_list(member, converts)
    ]
    if not converting:
        return FieldDecoding(prop, Strategy.PLAIN)
    if len(converting) > 1:
        return FieldDecoding(prop, Strategy.GENERIC)
    (member,) = converting
    if isinstance(member, DateTimeProperty):
        return FieldDecoding(prop, Strategy.TIMESTAMP)
    if isinstance(member, EnumProperty) and member.value_type is str:
        return FieldDecoding(prop, Strategy.ENUM, member.class_info)
    if isinstance(member, ModelProperty):
        nested = models[str(member.class_info.name)]
        if decodes_any_object(nested, converts):
            return FieldDecoding(prop, Strategy.MODEL_LAZY, nested.class_info)
        return FieldDecoding(prop, Strategy.MODEL, member.class_info)
    if isinstance(member, ListProperty) and isinstance(member.inner_property, ModelProperty):
        return FieldDecoding(prop, Strategy.MODELS, member.inner_property.class_info)
    return FieldDecoding(prop, Strategy.GENERIC)


def decodes_any_object(model: ModelProperty, converts: Converts) -> bool:
    """Whether `model.from_dict` cannot fail on an object, so it may run on first read.

    True when unknown fields are kept as they are, and every property is stored as received
    and may be null or absent.
    """
    extra = model.additional_properties
    if not extra:
        return False
    if not isinstance(extra, bool) and converts(extra.template):
        return False
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if not _stores_as_received(prop, converts):
            return False
        if prop.required and not _allows_null(prop):
            return False
    return True


def _stores_as_received(prop: Property, converts: Converts) -> bool:
    members = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    return all(
        not converts(member.template) or _is_plain_list(member, converts) for member in members
    )


def _is_plain_list(prop: PropertyProtocol, converts: Converts) -> bool:
    """A list of values no template converts: the generator's code only casts it."""
    return isinstance(prop, ListProperty) and not converts(prop.inner_property.template)


def _allows_null(prop: PropertyProtocol) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(member, NoneProperty) for member in prop.inner_properties
    )
