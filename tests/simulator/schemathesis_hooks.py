"""Schemathesis hooks of the conformance run (loaded through SCHEMATHESIS_HOOKS).

The run's test writes a JSON file (path in `CONFORMANCE_FACTS`) of what the document alone
cannot tell a fuzzer, read from the served simulator and the document model:

- `ids`: for each operation with path parameters, path-parameter sets that name records that
  exist (a customer and one of its contacts, ...), so by-id operations reach their success
  paths instead of answering 404 to random ids. Two generated cases in three get one of them;
  the third keeps its generated ids, so the 404 paths stay covered. A generated value the
  document would not accept (a negative case) is never replaced.
- `path_types`: each operation's path-parameter types, to tell positive values from negative.
- `required_one_of`: the filters of which an operation requires at least one; a case without
  any gets the first one, with a value that filters nothing out (`filter_values`).
"""

from __future__ import annotations

import json
import os
import re
import uuid
import zlib
from typing import Any

import schemathesis

FACTS_VARIABLE = "CONFORMANCE_FACTS"
# One generated case in this many keeps its generated ids.
_KEEP_GENERATED_EVERY = 3
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_INTEGER = re.compile(r"-?[0-9]+")

_FACTS: dict[str, Any] = json.loads(open(os.environ[FACTS_VARIABLE]).read())  # noqa: SIM115


def _operation_id(context: Any) -> str | None:
    operation = context.operation
    if operation is None:
        return None
    found: str | None = operation.definition.raw.get("operationId")
    return found


def _accepted(value: Any, parameter: dict[str, Any]) -> bool:
    """Whether the document model's parameter type accepts `value` (positive data)."""
    kind = parameter.get("kind")
    if kind == "integer":
        # The coverage phase sends path values as the strings it puts in the URL.
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        low = parameter.get("minimum")
        high = parameter.get("maximum")
        low = _INT64_MIN if low is None else low
        high = _INT64_MAX if high is None else high
        return bool(low <= value <= high)
    if kind == "uuid":
        try:
            uuid.UUID(str(value))
        except ValueError:
            return False
        return True
    if kind == "string":
        if not isinstance(value, str):
            return False
        if parameter.get("values") and value not in parameter["values"]:
            return False
        pattern = parameter.get("pattern")
        return pattern is None or re.search(pattern, value) is not None
    return False


def _with_real_ids(operation_id: str, path_parameters: dict[str, Any] | None) -> Any:
    real: list[dict[str, Any]] = _FACTS["ids"].get(operation_id, [])
    if not real or not path_parameters:
        return path_parameters
    types: dict[str, Any] = _FACTS["path_types"][operation_id]
    if not all(_accepted(value, types.get(name, {})) for name, value in path_parameters.items()):
        return path_parameters
    spin = zlib.crc32(json.dumps(path_parameters, sort_keys=True, default=str).encode())
    if spin % _KEEP_GENERATED_EVERY == 0:
        return path_parameters
    return {**path_parameters, **real[spin % len(real)]}


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    """Every phase's cases pass here (the coverage phase's do not go through strategies)."""
    operation_id = _operation_id(context) or ""
    case.path_parameters = _with_real_ids(operation_id, case.path_parameters)
    required: list[str] = _FACTS["required_one_of"].get(operation_id, [])
    if not required:
        return
    query = case.query if isinstance(case.query, dict) else {}
    if any(query.get(name) not in (None, "") for name in required):
        return
    case.query = {**query, required[0]: _FACTS["filter_values"][required[0]]}
