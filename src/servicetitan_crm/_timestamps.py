"""Timestamps as the API writes them: parsed into aware datetimes that remember their text.

The API sends up to 7 fractional digits (finer than a datetime's microseconds) and some fields
without a zone. Parsed values are always aware (a missing zone means UTC, as the API documents)
and `format_timestamp` writes the original text back, so a model's `to_dict()` round-trips byte
for byte. The generated response models keep a timestamp field's text as received and parse
it on first read (`LazyTimestamp`): building a `Timestamp` costs about 350 ns, three times a
plain `datetime.fromisoformat`, and a batch of records holds thousands of them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

_UTC = datetime.UTC
_ZERO_OFFSET = datetime.timedelta(0)


class Timestamp(datetime.datetime):
    """A `datetime` that remembers the exact text the API sent.

    Values derived by arithmetic or `replace()` are plain datetimes without the text, and are
    formatted afresh.
    """

    __slots__ = ("_wire_text",)

    _wire_text: str


# Bound once: the lookups are measurable when a batch holds thousands of timestamps.
_from_text = Timestamp.fromisoformat


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse an API timestamp (ISO 8601) into an aware `Timestamp`; `ValueError` if it is none."""
    parsed = _from_text(value)
    if parsed.tzinfo is None:
        # `replace()` on a subclass costs twice as much as building the value again.
        parsed = Timestamp(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            _UTC,
        )
    parsed._wire_text = value
    return parsed


def read_timestamp(value: str) -> datetime.datetime | str:
    """A timestamp field's value as received: parsed when it is a timestamp, else the text kept.

    The reference pages and some live records put placeholders such as `"string"` in timestamp
    fields; failing the whole batch on one of them would lose every other record.
    """
    try:
        return parse_timestamp(value)
    except ValueError:
        return value


def format_timestamp(value: datetime.datetime) -> str:
    """The text to send for a datetime: the API's own text when unchanged, otherwise ISO 8601 with
    `Z` for UTC (naive values are taken as UTC, like the API does)."""
    wire_text: str | None = getattr(value, "_wire_text", None)
    if wire_text is not None:
        return wire_text
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    if value.utcoffset() == _ZERO_OFFSET:
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


def wire_slot_name(name: str) -> str:
    """The class attribute under which `lazy_timestamps` exposes field `name`'s own slot."""
    return f"_{name}_wire"


class LazyTimestamp:
    """A timestamp field of a generated model that parses the API's text on first read.

    `from_dict` stores the text in the field's slot as received (through the slot's second name,
    `wire_slot_name`, which is a plain slot store); the first read parses it (`read_timestamp`)
    and stores the result, so decoding a batch does not pay for timestamps nobody reads, while
    every read still returns an aware `datetime` (or the value kept as sent when it is not a
    timestamp). Assignments, including attrs' `__init__`, store as usual.

    Every read goes through `__get__`, so its cost is one call: `lazy_timestamps` gives each
    field a subclass whose `__get__` reads the slot by its second name, an attribute read the
    interpreter specialises (a call of the slot's own `__get__` costs twice as much).
    """

    __slots__ = ("_delete", "_write")

    def __init__(self, slot: Any) -> None:
        self._write: Callable[[object, object], None] = slot.__set__
        self._delete: Callable[[object], None] = slot.__delete__

    def _parsed(self, instance: object, value: str) -> Any:
        """The first read of a text: parsed and stored (a text that is no timestamp stays)."""
        parsed = read_timestamp(value)
        if parsed.__class__ is not str:
            self._write(instance, parsed)
        return parsed

    def __set__(self, instance: object, value: object) -> None:
        self._write(instance, value)

    def __delete__(self, instance: object) -> None:
        self._delete(instance)


# The body of each field's `__get__`, compiled once per field with its slot's second name (as
# attrs compiles `__init__`): an attribute name cannot be a variable in a plain attribute read.
_GETTER_SOURCE = """
def __get__(self, instance, owner=None):
    if instance is None:
        return self
    value = instance.{wire}
    if value.__class__ is str:
        return self._parsed(instance, value)
    return value
"""


def compiled_getter(source: str, wire: str) -> Callable[..., Any]:
    """The `__get__` that `source` defines, with `{wire}` standing for the slot's second name."""
    if not wire.isidentifier():
        raise ValueError(f"not an attribute name: {wire!r}")
    namespace: dict[str, Any] = {}
    exec(source.format(wire=wire), namespace)
    getter: Callable[..., Any] = namespace["__get__"]
    return getter


def lazy_timestamps(cls: type, *names: str) -> None:
    """Make the slots `names` of the attrs class `cls` `LazyTimestamp`s.

    Each slot stays reachable under its second name (`wire_slot_name`): `from_dict` stores the
    text there and `to_dict` reads it, so a record decoded and encoded again never parses its
    timestamps (a text still in the slot is written back as it is).
    """
    for name in names:
        slot = cls.__dict__[name]
        wire = wire_slot_name(name)
        field_class = type(
            f"LazyTimestamp_{cls.__name__}_{name}",
            (LazyTimestamp,),
            {
                "__slots__": (),
                "__get__": compiled_getter(_GETTER_SOURCE, wire),
                "__module__": __name__,
            },
        )
        setattr(cls, name, field_class(slot))
        setattr(cls, wire, slot)
