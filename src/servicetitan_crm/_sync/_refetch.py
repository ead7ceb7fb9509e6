"""A 200 whose body was cut short is asked for again, like a dropped connection.

A broken proxy can end a response early and still send a complete HTTP message (the length
header matching the cut body): the transport sees a success, and only the JSON decoding of the
body tells. An export read is a GET, safe to repeat, so the sync sends it again a bounded number
of times (`SYNC_BODY_ATTEMPTS`) before the feed fails with the decoding error.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import anyio

from .._constants import SYNC_BODY_ATTEMPTS, SYNC_BODY_RETRY_WAIT_SECONDS
from .._errors import ResponseDecodeError
from ..generated.client import HttpClient
from ..generated.types import UNSET, Unset
from ._feeds import DecodedBatch

__all__ = ["refetching"]

Fetch = Callable[..., Awaitable[DecodedBatch]]


def _cut_short(error: ResponseDecodeError) -> bool:
    """Whether the body was not JSON at all (cut short, or not the API's answer)."""
    return isinstance(error.__cause__, (json.JSONDecodeError, UnicodeDecodeError))


def refetching(fetch: Fetch, on_retry: Callable[[], None] = lambda: None) -> Fetch:
    """`fetch` (a `batch_endpoint`), sent again when its body is not JSON; `on_retry` is told
    of each new attempt."""

    async def fetch_whole(
        *,
        client: HttpClient,
        from_: str | Unset = UNSET,
        include_recent_changes: bool | Unset = UNSET,
    ) -> DecodedBatch:
        for attempt in range(1, SYNC_BODY_ATTEMPTS + 1):
            try:
                return await fetch(
                    client=client, from_=from_, include_recent_changes=include_recent_changes
                )
            except ResponseDecodeError as error:
                if attempt == SYNC_BODY_ATTEMPTS or not _cut_short(error):
                    raise
            on_retry()
            await anyio.sleep(SYNC_BODY_RETRY_WAIT_SECONDS * attempt)
        raise AssertionError("the last attempt returns or raises")

    # Errors name the operation from the function's module, as for the endpoint itself.
    fetch_whole.__module__ = fetch.__module__
    return fetch_whole
