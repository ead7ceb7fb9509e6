"""The options every resource method takes besides the operation's own parameters.

Each option: keyword, annotation, default (Python source) and one line for the docstring. The
runtime engineer's `servicetitan_crm._options` will declare these once; until then they live here,
in one place, and the resource templates only print them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    name: str
    annotation: str
    default: str
    doc: str

    @property
    def signature(self) -> str:
        return f"{self.name}: {self.annotation} = {self.default}"


# Per call (as `with_options`); documented together in one line.
CALL_OPTIONS = (
    Option("timeout", "Timeout | NotGiven", "NOT_GIVEN", ""),
    Option("retry", "RetryPolicy | NotGiven", "NOT_GIVEN", ""),
    Option("extra_headers", "Mapping[str, str] | None", "None", ""),
    Option("extra_query", "Mapping[str, str] | None", "None", ""),
)
CALL_OPTIONS_DOC = (
    "timeout, retry, extra_headers, extra_query: this call's options (as `with_options`)."
)
LIST_OPTIONS = (
    Option("page_size", "int", "DEFAULT_PAGE_SIZE", "items per page (at most 5000)."),
    Option(
        "concurrency",
        "int",
        "DEFAULT_PAGE_CONCURRENCY",
        "pages in flight when iterated under `async with`.",
    ),
)
EXPORT_OPTIONS = (
    Option(
        "start",
        "str | datetime.date | None",
        "None",
        "a saved token, or a date (records modified since); the checkpoint's token wins.",
    ),
    Option(
        "checkpoint",
        "CheckpointStore | None",
        "None",
        "where the position is saved after each batch you have finished.",
    ),
    Option(
        "include_recent_changes",
        "bool",
        "False",
        "see changes younger than the API's ~15 minute delay.",
    ),
    Option("deduplicate", "bool", "False", "drop records repeated between consecutive batches."),
    Option(
        "follow", "bool", "False", "keep polling a caught-up feed every `poll_interval` seconds."
    ),
    Option(
        "poll_interval",
        "float",
        "EXPORT_POLL_INTERVAL_SECONDS",
        "seconds between polls of a caught-up feed under `follow=True`.",
    ),
)
# The list query parameters the list options replace (ListCall drives the paging).
PAGING_PARAMETERS = frozenset({"page", "pageSize"})
