"""Nested objects of the generated response models, decoded on first read.

A contact's phone settings and preferences or a customer's address is a small object of its own:
building its model is one more instance per record, a large share of decoding a contact, and
most readers of a batch never look at it. `from_dict` stores the object as received (the dict
from `json.loads`) in the field's slot; the first read decodes it with the nested model's
`from_dict` and keeps the model, so every read, `to_dict()`, equality, `repr`, `attrs.evolve`,
copying and pickling see what eager decoding gave (the model, or the value kept as sent when it
is not an object).

`from_dict` stores a dict of a subclass as a plain dict, since the first read recognises a
received object by its exact class. Otherwise the slot holds the caller's own dict until the
first read, without a copy: `from_dict` already keeps lists and unknown fields' values as sent,
so it takes the mapping's containers over; the SDK's own mappings come from `json.loads` and
nothing else holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._timestamps import compiled_getter, wire_slot_name


class LazyNested:
    """A nested-object field of a generated model that decodes the received dict on first read.

    `from_dict` stores the dict through the slot's second name (`wire_slot_name`, a plain slot
    store); the first read decodes it and stores the model the same way. Assignments, including
    attrs' `__init__`, store as usual. As for `LazyTimestamp`, each field gets a subclass whose
    `__get__` reads the slot by its second name, an attribute read the interpreter specialises.
    """

    __slots__ = ("_decode", "_delete", "_write")

    def __init__(self, slot: Any, decode: Callable[[dict[str, Any]], object]) -> None:
        self._write: Callable[[object, object], None] = slot.__set__
        self._delete: Callable[[object], None] = slot.__delete__
        self._decode = decode

    def __set__(self, instance: object, value: object) -> None:
        self._write(instance, value)

    def __delete__(self, instance: object) -> None:
        self._delete(instance)


# The body of each field's `__get__`, compiled once per field with its slot's second name (see
# `compiled_getter`).
_GETTER_SOURCE = """
def __get__(self, instance, owner=None):
    if instance is None:
        return self
    value = instance.{wire}
    if value.__class__ is dict:
        value = self._decode(value)
        instance.{wire} = value
    return value
"""


def lazy_nested(cls: type, **decoders: Callable[[dict[str, Any]], object]) -> None:
    """Make the slots named by `decoders` of the attrs class `cls` `LazyNested`s.

    Each decoder is the nested model's `from_dict`; it must not fail on a dict (the generated
    models use this only for nested objects whose fields are all stored as received).
    """
    for name, decode in decoders.items():
        slot = cls.__dict__[name]
        wire = wire_slot_name(name)
        field_class = type(
            f"LazyNested_{cls.__name__}_{name}",
            (LazyNested,),
            {
                "__slots__": (),
                "__get__": compiled_getter(_GETTER_SOURCE, wire),
                "__module__": __name__,
            },
        )
        setattr(cls, name, field_class(slot, decode))
        setattr(cls, wire, slot)
