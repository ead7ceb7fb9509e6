"""Answers completed from the document: every documented property is sent.

The handlers render the properties the simulator models. `Conformer` walks each answer along
the operation's documented response type and adds every documented property a record lacks:
the value the record was stored with when a create or update body carried it (`EXTRA`, the
properties a handler did not read), else null when the document allows null, else a value of
the documented type derived from the record's id and the property's name. So a property added
to the document is served with no hand edit, and properties the simulator does not model
survive a round trip. Answers carry only what the document says: a property the document does
not have is not sent, and a value of an enum property the document does not list (a seeded
value a release removed) is replaced by a generated documented one. Other properties a handler
sends are never changed, and `EXTRA` never leaves the simulator. A `lenient` conformer (wild
data, which sends unknown fields and values on purpose) completes answers but removes nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from servicetitan_crm._document import Document, ObjectSchema, Operation, Property, Type

# Where a stored record keeps the body properties its handler did not read (wire names).
EXTRA = "__simulator_extra__"
# Generated values of a non-nullable property the simulator does not model.
_GENERATED_DATE_TIME = "2020-01-01T00:00:00Z"
_GENERATED_DATE = "2020-01-01"
_GENERATED_INTEGER_RANGE = 1_000_000

Walk = Callable[[Any], Any]
_Enums = tuple[tuple[Property, frozenset[Any]], ...]


def _unchanged(value: Any) -> Any:
    return value


class Conformer:
    """Completes answers of one document model; a walker per type is built once and kept."""

    def __init__(self, document: Document, *, lenient: bool = False) -> None:
        self.document = document
        self.lenient = lenient
        self._objects: dict[str, Walk] = {}
        self._operations = {operation.operation_id: operation for operation in document.operations}

    def operation(self, operation_id: str) -> Operation | None:
        """The document's operation with this id; None when the document has none."""
        return self._operations.get(operation_id)

    def complete(self, value: Any, type_: Type | None) -> Any:
        """`value` (an answer body) with every documented property of its records present.

        With no documented type (an operation the model does not have) the records are sent as
        rendered, without the extras they keep."""
        if type_ is None:
            return _without_extra(value)
        return self._walker(type_)(value)

    def _walker(self, type_: Type) -> Walk:
        if type_.kind == "object" and type_.ref is not None:
            return self._object_walker(type_.ref)
        if type_.kind in ("array", "map") and type_.items is not None:
            inner = self._walker(type_.items)
            if inner is _unchanged:
                return _unchanged
            return _items(inner) if type_.kind == "array" else _values(inner)
        return _unchanged

    def _object_walker(self, name: str) -> Walk:
        walker = self._objects.get(name)
        if walker is not None:
            return walker
        # Recursive schemas reach themselves through this slot before it is filled in.
        self._objects[name] = lambda value: self._objects[name](value)
        try:
            schema = self.document.schema(name)
        except KeyError:
            walker = _unchanged
        else:
            walker = self._build(schema)
        self._objects[name] = walker
        return walker

    def _build(self, schema: ObjectSchema) -> Walk:
        properties = schema.properties
        names = frozenset(prop.name for prop in properties)
        enums = () if self.lenient else self._enum_values(properties)
        prune = not self.lenient
        nested = [
            (prop.name, inner)
            for prop in properties
            if (inner := self._walker(prop.type)) is not _unchanged
        ]

        def walk(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            result = value
            keys = value.keys()
            if (
                EXTRA in value
                or not names <= keys
                or (prune and not keys <= names)
                or any(value.get(prop.name) not in allowed for prop, allowed in enums)
            ):
                result = self._completed(value, properties, names if prune else None, enums)
            for name, inner in nested:
                item = result.get(name)
                if item is None:
                    continue
                walked = inner(item)
                if walked is not item:
                    # Copy on write: the answer may share dicts with stored records.
                    if result is value:
                        result = dict(value)
                    result[name] = walked
            return result

        return walk

    def _enum_values(self, properties: tuple[Property, ...]) -> _Enums:
        """Each property of an enum type, with its documented values and null."""
        found = []
        for prop in properties:
            values: tuple[Any, ...] = prop.type.values
            if prop.type.kind == "enum" and prop.type.ref is not None:
                try:
                    values = self.document.enum(prop.type.ref).values
                except KeyError:
                    continue
            if values:
                found.append((prop, frozenset((*values, None))))
        return tuple(found)

    def _completed(
        self,
        value: dict[str, Any],
        properties: tuple[Property, ...],
        documented: frozenset[str] | None,
        enums: _Enums,
    ) -> dict[str, Any]:
        """`value` with the missing properties added; with `documented`, only those kept and
        enum values the document does not list replaced."""
        completed = dict(value)
        extra: Mapping[str, Any] = completed.pop(EXTRA, None) or {}
        if documented is not None:
            completed = {name: item for name, item in completed.items() if name in documented}
            for prop, allowed in enums:
                if prop.name in completed and completed[prop.name] not in allowed:
                    completed[prop.name] = self.generated(
                        prop.type, f"{value.get('id')}:{prop.name}"
                    )
        for prop in properties:
            if prop.name in completed:
                continue
            if prop.name in extra:
                completed[prop.name] = extra[prop.name]
            elif prop.nullable:
                completed[prop.name] = None
            else:
                completed[prop.name] = self.generated(prop.type, f"{value.get('id')}:{prop.name}")
        return completed

    def generated(self, type_: Type, salt: str) -> Any:
        """A value of `type_`, the same for the same `salt` (record id and property name)."""
        digest = int.from_bytes(hashlib.sha256(salt.encode()).digest()[:8], "big")
        if type_.values:
            return type_.values[digest % len(type_.values)]
        match type_.kind:
            case "integer":
                return digest % _GENERATED_INTEGER_RANGE
            case "number":
                return (digest % _GENERATED_INTEGER_RANGE) / 100
            case "boolean":
                return digest % 2 == 0
            case "date-time":
                return _GENERATED_DATE_TIME
            case "date":
                return _GENERATED_DATE
            case "uuid":
                return str(uuid.UUID(int=digest << 64 | digest))
            case "enum":
                values = self.document.enum(type_.ref).values if type_.ref else ()
                return values[digest % len(values)] if values else None
            case "object":
                return self.complete({}, type_)
            case "array":
                return []
            case "map":
                return {}
            case "string":
                return f"{salt.rsplit(':', 1)[-1]}-{digest % _GENERATED_INTEGER_RANGE}"
            case _:
                return None


def _items(inner: Walk) -> Walk:
    """A walker of a list: the same list when no item changed."""

    def walk(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        walked = [inner(item) for item in value]
        return value if all(a is b for a, b in zip(walked, value, strict=True)) else walked

    return walk


def _values(inner: Walk) -> Walk:
    """A walker of a map's values: the same map when no value changed."""

    def walk(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        walked = {key: inner(item) for key, item in value.items()}
        return value if all(walked[key] is item for key, item in value.items()) else walked

    return walk


def _without_extra(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_extra(item) for key, item in value.items() if key != EXTRA}
    if isinstance(value, list):
        return [_without_extra(item) for item in value]
    return value
