"""JSON request bodies read field by field, collecting every error into one 400."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from servicetitan_crm._document import Document, ObjectSchema, Property
from servicetitan_crm_simulator._http import Problem
from servicetitan_crm_simulator._time import format_ticks, parse_timestamp

_VALIDATION_TITLE = "One or more validation errors occurred."
# What a C# `long` holds.
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _is_int64(value: Any) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and _INT64_MIN <= value <= _INT64_MAX
    )


class Body:
    """One JSON object of a request; nested objects share the root's error list.

    `schema` is the document's schema of this object (`document` holds it and the schemas of
    nested objects): where it types a field, `choice` follows it rather than the handler's
    list, so an enum value the document adds is accepted and a field the document leaves a
    free string is not narrowed.
    """

    def __init__(
        self,
        raw: Any,
        path: str = "",
        errors: dict[str, list[str]] | None = None,
        missing: dict[str, list[str]] | None = None,
        *,
        forbid_null: bool = False,
        document: Document | None = None,
        schema: ObjectSchema | None = None,
    ) -> None:
        self.errors: dict[str, list[str]] = {} if errors is None else errors
        # Well-formed references to records that do not exist: a 404 once the body is valid.
        self.missing: dict[str, list[str]] = {} if missing is None else missing
        self.path = path
        # Patch bodies: a field sent as null where the document does not allow null is a 400
        # (readers pass nullable=True for the fields it allows). Elsewhere null reads as absent.
        self.forbid_null = forbid_null
        self.document = document
        self.schema = schema
        is_object = isinstance(raw, dict)
        if not is_object:
            self._error(path or "$", "A JSON object is required.")
            raw = {}
        self.raw: dict[str, Any] = raw
        # The fields a handler looked at; the others are kept as the record's extras.
        self.read: set[str] = set()
        if schema is not None and is_object:
            # What the document requires, whether or not the handler reads it.
            for prop in schema.properties:
                if prop.required and prop.name not in raw:
                    self._error(self._name(prop.name), f"The {prop.name} field is required.")

    def has(self, name: str) -> bool:
        self.read.add(name)
        return name in self.raw

    def unread(self) -> dict[str, Any]:
        """The fields no handler read: properties the simulator does not model, kept as sent."""
        return {name: value for name, value in self.raw.items() if name not in self.read}

    def error(self, name: str, message: str) -> None:
        """Record an error found by the caller about field `name` of this object."""
        self._error(self._name(name), message)

    def not_found(self, name: str, message: str) -> None:
        """Field `name` names a record that does not exist (the request is answered 404)."""
        self.missing.setdefault(self._name(name), []).append(message)

    def _name(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def _error(self, name: str, message: str) -> None:
        messages = self.errors.setdefault(name, [])
        if message not in messages:
            messages.append(message)

    def _value(self, name: str, required: bool, nullable: bool = False) -> Any:
        self.read.add(name)
        value = self.raw.get(name)
        documented = self._documented(name)
        if documented is not None:
            nullable = documented.nullable
        if value is None and required:
            self._error(self._name(name), f"The {name} field is required.")
        elif value is None and name in self.raw and self.forbid_null and not nullable:
            self._error(self._name(name), f"The {name} field may not be null.")
        return value

    def _child(self, raw: Any, path: str, name: str) -> Body:
        return Body(
            raw,
            path,
            self.errors,
            self.missing,
            forbid_null=self.forbid_null,
            document=self.document,
            schema=self._nested_schema(name),
        )

    def _documented(self, name: str) -> Property | None:
        """The document's property `name` of this object; None where it does not say."""
        if self.schema is None:
            return None
        try:
            return self.schema.property(name)
        except KeyError:
            return None

    def _nested_schema(self, name: str) -> ObjectSchema | None:
        """The document's schema of the object (or of the items) in field `name`."""
        documented = self._documented(name)
        if self.document is None or documented is None:
            return None
        type_ = documented.type
        if type_.kind == "array" and type_.items is not None:
            type_ = type_.items
        try:
            return self.document.schema(type_.ref) if type_.ref is not None else None
        except KeyError:
            return None

    def _documented_values(self, name: str) -> tuple[str, ...] | None:
        """The values the document allows in string field `name`: its enum's, () for a free
        string, or None when the document does not type the field here."""
        documented = self._documented(name)
        if self.document is None or documented is None:
            return None
        type_ = documented.type
        if type_.values:
            return type_.values
        if type_.kind == "enum" and type_.ref is not None:
            try:
                return tuple(str(value) for value in self.document.enum(type_.ref).values)
            except KeyError:
                return None
        return () if type_.kind == "string" else None

    def string(self, name: str, *, required: bool = False, nullable: bool = False) -> str | None:
        value = self._value(name, required, nullable)
        if value is None or isinstance(value, str):
            return value
        self._error(self._name(name), "A string is required.")
        return None

    def integer(self, name: str, *, required: bool = False, nullable: bool = False) -> int | None:
        value = self._value(name, required, nullable)
        if value is None:
            return None
        if _is_int64(value):
            return int(value)
        self._error(self._name(name), "An integer (int64) is required.")
        return None

    def number(self, name: str, *, nullable: bool = False) -> float | None:
        value = self._value(name, False, nullable)
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return None if value is None else float(value)
        self._error(self._name(name), "A number is required.")
        return None

    def boolean(self, name: str, *, required: bool = False, nullable: bool = False) -> bool | None:
        value = self._value(name, required, nullable)
        if value is None or isinstance(value, bool):
            return value
        self._error(self._name(name), "A boolean is required.")
        return None

    def choice(
        self, name: str, options: Iterable[str], *, required: bool = False, nullable: bool = False
    ) -> str | None:
        value = self.string(name, required=required, nullable=nullable)
        documented = self._documented_values(name)
        allowed = tuple(options) if documented is None else documented
        if value is not None and allowed and value not in allowed:
            self._error(self._name(name), f"'{value}' is not one of {', '.join(allowed)}.")
            return None
        if value is not None and not allowed and value not in tuple(options):
            # The document lets any string in here, but the answers carry only `options` (its
            # response enum): the value is accepted and kept as no value.
            return None
        return value

    def timestamp(self, name: str, *, required: bool = False) -> str | None:
        """A date-time, answered back in the API's own 7-digit UTC form."""
        value = self.string(name, required=required)
        if value is None:
            return None
        ticks = parse_timestamp(value)
        if ticks is None:
            self._error(self._name(name), f"'{value}' is not a valid date-time.")
            return None
        return format_ticks(ticks)

    def integers(self, name: str, *, required: bool = False) -> list[int] | None:
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, list) and all(_is_int64(item) for item in value):
            return list(value)
        self._error(self._name(name), "A list of integers (int64) is required.")
        return None

    def strings(self, name: str) -> list[str] | None:
        value = self._value(name, False)
        if value is None:
            return None
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)
        self._error(self._name(name), "A list of strings is required.")
        return None

    def object(self, name: str, *, required: bool = False, nullable: bool = False) -> Body | None:
        value = self._value(name, required, nullable)
        return None if value is None else self._child(value, self._name(name), name)

    def objects(self, name: str, *, required: bool = False) -> list[Body] | None:
        value = self._value(name, required)
        if value is None:
            return None
        if not isinstance(value, list):
            self._error(self._name(name), "A list is required.")
            return None
        return [
            self._child(item, f"{self._name(name)}[{index}]", name)
            for index, item in enumerate(value)
        ]

    def check(self) -> None:
        """Raise the collected errors as one 400, else the missing references as one 404."""
        if self.errors:
            raise Problem(400, _VALIDATION_TITLE, dict(self.errors))
        if self.missing:
            titles = [message for messages in self.missing.values() for message in messages]
            raise Problem(404, " ".join(titles), dict(self.missing))
