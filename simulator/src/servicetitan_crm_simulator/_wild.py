"""Wild data: what a tolerant client must survive, applied to a quarter of records each.

By record id (a GUID read as a number) modulo 4: a documented-required field is null; an
unknown field appears; an enum carries a value the document does not list; timestamps lose
their zone designator.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

_TIMESTAMP_Z = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")
_REQUIRED_TO_NULL = ("name", "value", "tagName", "text", "campaignId")
_UNKNOWN_ENUMS = {
    "booking": ("status", "Rescheduled"),
    "lead": ("status", "Reopened"),
    "customer": ("type", "Government"),
    "contact": ("type", "Pager"),
    "contact_method": ("type", "Pager"),
    "provider_tag": ("type", "V3Api"),
}
UNKNOWN_FIELD = "simulatorUnknownField"


def wilden(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    record_id = body.get("id", 0)
    # The contacts family has GUID ids; the others int64 ones.
    variant = (uuid.UUID(record_id).int if isinstance(record_id, str) else int(record_id)) % 4
    wild = dict(body)
    if variant == 0:
        for name in _REQUIRED_TO_NULL:
            if name in wild:
                wild[name] = None
                break
    elif variant == 1:
        wild[UNKNOWN_FIELD] = {"addedIn": "2026-09", "values": [1, 2, 3]}
    elif variant == 2:
        field, value = _UNKNOWN_ENUMS.get(kind, ("", None))
        if field in wild and value is not None:
            wild[field] = value
        elif "priority" in wild:
            wild["priority"] = "Critical"
        else:
            wild = _without_zone(wild)
    else:
        wild = _without_zone(wild)
    return wild


def _without_zone(value: Any) -> Any:
    if isinstance(value, str) and _TIMESTAMP_Z.fullmatch(value):
        return value[:-1]
    if isinstance(value, dict):
        return {key: _without_zone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_zone(item) for item in value]
    return value
