"""The options of one call, one list and one export feed, declared once: names, types, defaults,
documentation and checks.

- `CallOptions` (`timeout`, `retry`, `extra_headers`, `extra_query`): every resource method and
  `ServiceTitanClient.with_options`.
- `ListOptions` (`page_size`, `concurrency`): every list method (`ListCall`), `pages`, `paginate`.
- `ExportOptions` (`start`, `checkpoint`, `include_recent_changes`, `deduplicate`, `follow`,
  `poll_interval`): every export method (`ExportCall`), `export_records`, `export_batches`.

Each is an attrs class whose fields are the declaration. Building one checks every value, each
kind by one function of `_option_checks`, so a mistake raises the same error type and text
through whichever layer it came: a value of the wrong type is a `TypeError`, a value of the right
type that cannot be right is a `ConfigurationError`.

For a code generator the same declarations are `CALL_OPTIONS`, `LIST_OPTIONS` and
`EXPORT_OPTIONS`: ordered tuples of `OptionSpec`, read from the attrs fields, with

- `name`: the keyword parameter (`"page_size"`);
- `annotation`: its annotation as source text (`"int"`, `"Timeout | NotGiven"`);
- `default`: its default as source text (`"DEFAULT_PAGE_SIZE"`, `"NOT_GIVEN"`);
- `doc`: one line for the method's `Args:` section.

`OPTION_IMPORTS` maps every name those texts use to the module it is imported from (a name mapped
to itself is a module, imported whole: `import datetime`). A renderer writes
`{name}: {annotation} = {default},` for each spec, in order, after the operation's own keyword
parameters (the call options last), and passes the values on by name:
`self._with(timeout, retry, extra_headers, extra_query)` (in `CALL_OPTIONS` order),
`ListCall(endpoint, client, filters={...}, page_size=page_size, concurrency=concurrency)`,
`ExportCall(endpoint, client, start=start, ...)`; `ListCall` and `ExportCall` take any declared
option by name, so a new one needs no edit there. `tests/resources/test_option_declaration.py`
holds every signature to these declarations.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx2

from . import _option_checks as check
from ._config import NOT_GIVEN, NotGiven
from ._constants import (
    DEFAULT_PAGE_CONCURRENCY,
    DEFAULT_PAGE_SIZE,
    EXPORT_POLL_INTERVAL_SECONDS,
    MAX_PAGE_SIZE,
)
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._checkpoint import CheckpointStore  # annotation only: checkpoints load with exports

__all__ = [
    "CALL_OPTIONS",
    "EXPORT_OPTIONS",
    "LIST_OPTIONS",
    "OPTION_IMPORTS",
    "CallOptions",
    "ExportOptions",
    "ListOptions",
    "OptionSpec",
    "Timeout",
]

Timeout = httpx2.Timeout | float | None

_SOURCE = "servicetitan_crm.option_source"


@attrs.frozen
class OptionSpec:
    """One option as a generator renders it: `{name}: {annotation} = {default}` and `doc`."""

    name: str
    annotation: str
    default: str
    doc: str


def _declared(default_source: str, doc: str) -> dict[str, tuple[str, str]]:
    """A field's metadata for its `OptionSpec`: how its default is spelled, and its doc line."""
    return {_SOURCE: (default_source, doc)}


@attrs.frozen
class CallOptions:
    """What one call may set for itself (as `with_options` does for every call of a view)."""

    timeout: Timeout | NotGiven = attrs.field(
        default=NOT_GIVEN,
        converter=check.timeout_or_not_given,
        metadata=_declared(
            "NOT_GIVEN", "seconds (or an httpx2.Timeout) per attempt; None for no limit."
        ),
    )
    retry: RetryPolicy | NotGiven = attrs.field(
        default=NOT_GIVEN,
        converter=check.retry_or_not_given,
        metadata=_declared("NOT_GIVEN", "the RetryPolicy of this call."),
    )
    extra_headers: Mapping[str, str] | None = attrs.field(
        default=None,
        converter=check.extra_headers,
        metadata=_declared("None", "headers added to the request."),
    )
    extra_query: Mapping[str, str] | None = attrs.field(
        default=None,
        converter=check.extra_query,
        metadata=_declared("None", "query parameters added (the call's own win)."),
    )


@attrs.frozen
class ListOptions:
    """How a list is walked: page by page, with some pages in flight."""

    page_size: int = attrs.field(
        default=DEFAULT_PAGE_SIZE,
        converter=check.page_size,
        metadata=_declared("DEFAULT_PAGE_SIZE", f"items per page (at most {MAX_PAGE_SIZE})."),
    )
    concurrency: int = attrs.field(
        default=DEFAULT_PAGE_CONCURRENCY,
        converter=check.concurrency,
        metadata=_declared(
            "DEFAULT_PAGE_CONCURRENCY", "pages in flight when iterated under `async with`."
        ),
    )


@attrs.frozen
class ExportOptions:
    """Where an export feed starts, where its position is kept, and how it is followed."""

    start: str | datetime.date | None = attrs.field(
        default=None,
        converter=check.start,
        metadata=_declared(
            "None",
            "a saved token, or a date (records modified since); the checkpoint's token wins.",
        ),
    )
    checkpoint: CheckpointStore | None = attrs.field(
        default=None,
        converter=check.checkpoint,
        metadata=_declared(
            "None", "where the position is saved after each batch you have finished."
        ),
    )
    include_recent_changes: bool = attrs.field(
        default=False,
        converter=check.include_recent_changes,
        metadata=_declared("False", "see changes younger than the API's ~15 minute delay."),
    )
    deduplicate: bool = attrs.field(
        default=False,
        converter=check.deduplicate,
        metadata=_declared("False", "drop records repeated between consecutive batches."),
    )
    follow: bool = attrs.field(
        default=False,
        converter=check.follow,
        metadata=_declared("False", "keep polling a caught-up feed every `poll_interval` seconds."),
    )
    poll_interval: float = attrs.field(
        default=EXPORT_POLL_INTERVAL_SECONDS,
        converter=check.poll_interval,
        metadata=_declared(
            "EXPORT_POLL_INTERVAL_SECONDS",
            "seconds between polls of a caught-up feed under `follow=True`.",
        ),
    )


def _specs(options: type[Any]) -> tuple[OptionSpec, ...]:
    specs = []
    for field in attrs.fields(options):
        source, doc = field.metadata[_SOURCE]
        specs.append(OptionSpec(field.name, str(field.type), source, doc))
    return tuple(specs)


CALL_OPTIONS: Final = _specs(CallOptions)
LIST_OPTIONS: Final = _specs(ListOptions)
EXPORT_OPTIONS: Final = _specs(ExportOptions)

OPTION_IMPORTS: Final[Mapping[str, str]] = {
    "datetime": "datetime",
    "Mapping": "collections.abc",
    "CheckpointStore": "servicetitan_crm._checkpoint",
    "NOT_GIVEN": "servicetitan_crm._config",
    "NotGiven": "servicetitan_crm._config",
    "DEFAULT_PAGE_CONCURRENCY": "servicetitan_crm._constants",
    "DEFAULT_PAGE_SIZE": "servicetitan_crm._constants",
    "EXPORT_POLL_INTERVAL_SECONDS": "servicetitan_crm._constants",
    "Timeout": "servicetitan_crm._options",
    "RetryPolicy": "servicetitan_crm._retry",
}
