"""Strict reading of what a success body is before a generated model reads it.

Records are read tolerantly (unknown fields kept, nulls read as None), but the parts that steer
the SDK are not: a paged list that answered `"hasMore": "false"` (a string, so truthy) was
followed forever, and `"hasMore": null` ended a walk after one page in silence. So:

- the body's JSON type must be the documented one (an object, an array, an integer...), null only
  where the document allows it, and the items of an array of scalars their documented type;
- the envelope fields of a page (`page`, `pageSize`, `hasMore`, `totalCount`, `data`) and of an
  export batch (`hasMore`, `continueFrom`, `data`) must be present with their documented type,
  never null (`totalCount` alone may be null or absent: it is sent only when asked for);
- an object answer must carry at least one of its schema's documented properties, so `{}` or a
  page envelope answered to a get-by-id is an error rather than a record whose fields are all None.

Anything else raises `ResponseDecodeError` naming the operation and the field.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import httpx2

from ._errors import ResponseDecodeError

__all__ = ["checked_json"]

_PAGE_FIELDS: Final = {"page": int, "pageSize": int, "hasMore": bool, "data": list}
_EXPORT_FIELDS: Final = {"hasMore": bool, "continueFrom": str, "data": list}
# The JSON types a body may be documented as, and the Python types `json` decodes them to.
Expected = Literal["object", "array", "integer", "number", "string", "boolean", "any"]
_SCALAR_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
}
_JSON_TYPES: Final = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


def checked_json(
    operation: str,
    response: httpx2.Response,
    expected: Expected,
    properties: frozenset[str] = frozenset(),
    *,
    items: Expected = "any",
    nullable: bool = False,
) -> Any:
    """The decoded body of `response`, checked as the module docstring says.

    `properties` are the JSON names the object's schema documents; a schema with the page or
    export envelope's fields among them is checked as that envelope. `items` is the documented
    type of an array's items (checked for scalars; objects are checked by their model), and
    `nullable` says whether `null` is a documented answer.
    """
    try:
        body = response.json()
    except ValueError as exc:
        raise ResponseDecodeError(operation, response, exc) from exc
    if body is None and nullable:
        return body
    reason = _problem(body, expected, properties)
    if reason is None and expected == "array" and items in _SCALAR_TYPES:
        reason = _items_problem(body, items)
    if reason is None:
        return body
    # Not left in this frame for an error tracker to record: the body may quote anything.
    del body
    raise ResponseDecodeError(operation, response, None, reason=reason)


def _problem(body: Any, expected: Expected, documented: frozenset[str]) -> str | None:
    """What is wrong with `body`, or None."""
    if expected == "array" and not isinstance(body, list):
        return f"the body is {_json_type(body)}, not an array"
    if expected in _SCALAR_TYPES and not _is_scalar(body, expected):
        return f"the body is {_json_type(body)}, not {_described(expected)}"
    if expected != "object":
        return None
    if not isinstance(body, dict):
        return f"the body is {_json_type(body)}, not an object"
    if documented >= _PAGE_FIELDS.keys():
        total = body.get("totalCount")
        if total is not None and not _is(total, int):
            return _field_problem("totalCount", total, "an integer or null")
        return _fields_problem(body, _PAGE_FIELDS)
    if documented >= _EXPORT_FIELDS.keys():
        return _fields_problem(body, _EXPORT_FIELDS)
    if documented and documented.isdisjoint(body):
        shown = ", ".join(sorted(documented)[:6]) + (", ..." if len(documented) > 6 else "")
        return f"the object has none of the documented properties ({shown})"
    return None


def _fields_problem(body: dict[str, Any], fields: dict[str, type]) -> str | None:
    for name, kind in fields.items():
        if name not in body:
            return f"the envelope field {name} is missing"
        if not _is(body[name], kind):
            return _field_problem(name, body[name], _JSON_TYPES[kind])
    return None


def _items_problem(body: list[Any], items: Expected) -> str | None:
    for index, item in enumerate(body):
        if not _is_scalar(item, items):
            return f"item {index} is {_json_type(item)}, not {_described(items)}"
    return None


def _is_scalar(value: object, expected: Expected) -> bool:
    # bool is an int in Python, not in JSON.
    kinds = _SCALAR_TYPES[expected]
    return isinstance(value, kinds) and (expected == "boolean" or not isinstance(value, bool))


def _described(expected: Expected) -> str:
    return (
        "a boolean"
        if expected == "boolean"
        else f"{'an' if expected[0] == 'i' else 'a'} {expected}"
    )


def _is(value: object, kind: type) -> bool:
    # bool is an int in Python, not in JSON.
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _field_problem(name: str, value: object, expected: str) -> str:
    shown = "null" if value is None else f"{_json_type(value)} {value!r}"
    return f"the envelope field {name} is {shown}, not {expected}"
