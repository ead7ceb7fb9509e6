"""Query-string and path parsing: every bad value is a 400 naming the parameter."""

from __future__ import annotations

import dataclasses
import math
import re
import uuid
from collections.abc import Callable, Hashable
from typing import Literal

from servicetitan_crm_simulator._config import (
    DEFAULT_LIST_PAGE_SIZE,
    MAX_IDS_PER_FILTER,
    MAX_LIST_PAGE_SIZE,
)
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._guids import parse as parse_guid
from servicetitan_crm_simulator._http import Request, invalid
from servicetitan_crm_simulator._store import SortField
from servicetitan_crm_simulator._time import parse_timestamp

Active = Literal["True", "Any", "False"]
# What the API's C# parameters hold: `long` ids, `int` page numbers.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
_ID = re.compile(r"[+-]?\d{1,19}")
_SORT_FIELDS: dict[str, SortField] = {"id": "id", "createdon": "created", "modifiedon": "modified"}


def text(request: Request, name: str) -> str | None:
    values = request.query.get(name.lower())
    return values[-1] if values else None


def _typed(request: Request, name: str) -> str | None:
    """The raw value of a parameter the document types (integer, boolean, date-time, uuid,
    enum): absent is None, and an empty value is not a value of that type."""
    raw = text(request, name)
    if raw == "":
        raise invalid(name, "The value '' is not valid.")
    return raw


def integer(
    request: Request, name: str, *, minimum: int = INT64_MIN, maximum: int = INT64_MAX
) -> int | None:
    """An integer query value within [minimum, maximum] (by default what an int64 holds)."""
    raw = _typed(request, name)
    return None if raw is None else integer_value(name, raw, minimum=minimum, maximum=maximum)


def integer_value(
    name: str, raw: str, *, minimum: int = INT64_MIN, maximum: int = INT64_MAX
) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise invalid(name, f"The value '{raw}' is not a valid integer.") from None
    if not minimum <= value <= maximum:
        raise invalid(name, f"The value {value} must be between {minimum} and {maximum}.")
    return value


def guid(request: Request, name: str) -> uuid.UUID | None:
    raw = _typed(request, name)
    return None if raw is None else parse_guid(raw, name)


def boolean(request: Request, name: str) -> bool | None:
    raw = _typed(request, name)
    return None if raw is None else boolean_value(name, raw)


def boolean_value(name: str, raw: str) -> bool:
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    raise invalid(name, f"The value '{raw}' is not a valid boolean.")


def number(request: Request, name: str) -> float | None:
    raw = _typed(request, name)
    return None if raw is None else number_value(name, raw)


def number_value(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise invalid(name, f"The value '{raw}' is not a valid number.") from None
    if not math.isfinite(value):
        raise invalid(name, f"The value '{raw}' is not a finite number.")
    return value


def digits(value: str) -> str:
    """The digits of a phone number as typed (`(512) 555-0100` -> `5125550100`)."""
    return "".join(character for character in value if character.isdigit())


def phone_contains(stored: object, wanted: str) -> bool:
    """Whether a stored phone number holds `wanted`: digits compared when `wanted` has any,
    else a case-insensitive substring."""
    text_of = str(stored or "")
    if digits(wanted):
        return digits(wanted) in digits(text_of)
    return wanted.lower() in text_of.lower()


def timestamp(request: Request, name: str) -> int | None:
    raw = _typed(request, name)
    return None if raw is None else timestamp_value(name, raw)


def timestamp_value(name: str, raw: str) -> int:
    ticks = parse_timestamp(raw)
    if ticks is None:
        raise invalid(name, f"The value '{raw}' is not a valid date-time.")
    return ticks


def id_list(request: Request, name: str) -> frozenset[int] | None:
    """A comma-separated id list. The document types it as any string, so a part that is not
    an id is accepted and matches no record; more than 50 parts is a 400, as it says."""
    raw = text(request, name)
    if raw is None or raw.strip() == "":
        return None
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if len(parts) > MAX_IDS_PER_FILTER:
        raise invalid(name, f"At most {MAX_IDS_PER_FILTER} ids are allowed, got {len(parts)}.")
    return frozenset(int(part) for part in parts if _ID.fullmatch(part))


def path_id(request: Request, name: str) -> int:
    raw = request.params[name]
    try:
        return int(raw)
    except ValueError:
        raise invalid(name, f"The value '{raw}' is not a valid id.") from None


@dataclasses.dataclass(frozen=True)
class Window:
    page: int
    size: int
    include_total: bool


def window(request: Request) -> Window:
    page = integer(request, "page", minimum=1, maximum=INT32_MAX) or 1
    size = integer(request, "pageSize", maximum=INT32_MAX)
    if size is None:
        size = DEFAULT_LIST_PAGE_SIZE
    if not 1 <= size <= MAX_LIST_PAGE_SIZE:
        raise invalid("pageSize", f"The page size must be between 1 and {MAX_LIST_PAGE_SIZE}.")
    return Window(page, size, bool(boolean(request, "includeTotal")))


def sort(request: Request) -> tuple[SortField, bool]:
    raw = text(request, "sort")
    if raw is None or raw == "":
        return ("id", False)
    descending = raw.startswith("-")
    name = raw.lstrip("+-").strip().lower()
    if name not in _SORT_FIELDS:
        raise invalid("sort", f"Cannot sort by '{raw}'; use +/- with Id, CreatedOn or ModifiedOn.")
    return (_SORT_FIELDS[name], descending)


def active(request: Request) -> Active:
    raw = _typed(request, "active")
    if raw is None:
        return "True"
    options: tuple[Active, ...] = ("True", "Any", "False")
    for option in options:
        if raw.lower() == option.lower():
            return option
    raise invalid("active", f"The value '{raw}' is not one of True, Any, False.")


Predicate = Callable[[Row], bool]


@dataclasses.dataclass
class Filters:
    """Row predicates plus a hashable signature of them (pages are cached per signature)."""

    predicates: list[Predicate] = dataclasses.field(default_factory=list)
    signature: list[Hashable] = dataclasses.field(default_factory=list)
    ids: frozenset[int] | None = None

    def add(self, name: str, value: Hashable, predicate: Predicate) -> None:
        self.predicates.append(predicate)
        self.signature.append((name, value))

    def matches(self, row: Row) -> bool:
        return all(predicate(row) for predicate in self.predicates)


def standard_filters(request: Request, *, with_ids: bool = True) -> Filters:
    """`ids` and the four created/modified bounds shared by the list operations."""
    filters = Filters()
    if with_ids:
        ids = id_list(request, "ids")
        if ids is not None:
            filters.ids = ids
            filters.add("ids", ids, lambda row: row.id in ids)
    bounds: list[tuple[str, Callable[[Row], int], bool]] = [
        ("createdBefore", lambda row: row.created, True),
        ("createdOnOrAfter", lambda row: row.created, False),
        ("modifiedBefore", lambda row: row.modified, True),
        ("modifiedOnOrAfter", lambda row: row.modified, False),
    ]
    for name, value_of, before in bounds:
        ticks = timestamp(request, name)
        if ticks is None:
            continue
        filters.add(name, ticks, _bound(value_of, ticks, before))
    return filters


def _bound(value_of: Callable[[Row], int], ticks: int, before: bool) -> Predicate:
    if before:
        return lambda row: value_of(row) < ticks
    return lambda row: value_of(row) >= ticks


def add_active(filters: Filters, request: Request) -> None:
    wanted = active(request)
    if wanted == "True":
        filters.add("active", wanted, lambda row: row.active)
    elif wanted == "False":
        filters.add("active", wanted, lambda row: not row.active)
