"""Reading a pooled response whole and giving its connection back, whatever cancels the caller.

A pool slot is freed only when the response's close runs to its end. httpcore2 shields that close
from anyio cancel scopes, but a native asyncio cancellation (`task.cancel()`, `asyncio.wait_for`)
goes through such a shield; landing inside the close, it leaves the slot taken for good, and a
small pool then fails every call with `PoolTimeout` (measured: a few slots per 3,000 cancellations
on a 2-connection pool). So the SDK reads each body itself and, when the close may wait (the read
failed or was cancelled, the server ends the connection, a trace hook is set), closes the
response in a task of its own that the caller's cancellation cannot interrupt: the cancellation
still reaches the caller at once, and the close finishes in the background within the same
event-loop turn or the next.

The usual close needs no such task: once a keep-alive response is read to its end, closing it only
marks the connection idle and hands the pool slot back, without ever suspending, so no
cancellation can land inside it. That close runs inline; a task costs two event-loop turns (about
50 µs on these machines) on every request.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Coroutine
from typing import TYPE_CHECKING, Any

import anyio
import httpx2
import sniffio

from ._logging import logger

if TYPE_CHECKING:
    import asyncio

__all__ = ["read_and_release"]

# Closes left running after their caller was cancelled; the event loop keeps only weak references.
_closing: set[asyncio.Task[None]] = set()


async def read_and_release(response: httpx2.Response, request: httpx2.Request) -> httpx2.Response:
    """Read `response` (fresh from a transport) to its end, give its connection back and return
    it with its body in memory.

    The raw bytes are read here; a `Content-Encoding` other than identity is decoded once, when
    the response reads them back from memory.
    """
    stream = response.stream
    if not isinstance(stream, httpx2.AsyncByteStream):
        raise TypeError(f"An async transport returned a sync stream: {type(stream).__name__}")
    chunks: list[bytes] = []
    iterator = stream.__aiter__()
    try:
        async for chunk in iterator:
            chunks.append(chunk)
    except BaseException:
        await _uninterrupted(_close(iterator, stream))
        raise
    if _closes_at_once(response, request):
        await _close(iterator, stream)
    else:
        await _uninterrupted(_close(iterator, stream))
    response.request = request
    body = b"".join(chunks)
    if response.headers.get("content-encoding", "identity").lower() == "identity":
        # The body is the content. httpx2 has no public way to attach a body read elsewhere; its
        # own `aread` keeps it in `_content`, and that generic read (decoder, chunkers, four
        # async generators) costs about 12 µs a response, the largest cost on the request path.
        # tests/client/test_response_bodies.py holds httpx2 to this. The rest is the state
        # `aread` leaves behind: the stream consumed and closed.
        response._content = body
        response.is_stream_consumed = True
        response.is_closed = True
    else:
        response.stream = httpx2.ByteStream(body)
        await response.aread()
    return response


def _closes_at_once(response: httpx2.Response, request: httpx2.Request) -> bool:
    """Whether closing `response`, read to its end, cannot suspend: the connection stays open
    (HTTP/1.1 keep-alive) and no trace hook is awaited on the way."""
    if response.extensions.get("http_version", b"HTTP/1.1") != b"HTTP/1.1":
        return False
    if "trace" in request.extensions:
        return False
    return "close" not in response.headers.get("connection", "").lower()


async def _close(iterator: object, stream: httpx2.AsyncByteStream) -> None:
    try:
        if isinstance(iterator, AsyncGenerator):
            await iterator.aclose()
    finally:
        await stream.aclose()


async def _uninterrupted(close: Coroutine[Any, Any, None]) -> None:
    """Run `close` to its end even if the caller is cancelled meanwhile."""
    with anyio.CancelScope(shield=True):
        if sniffio.current_async_library() != "asyncio":
            await close  # trio has no native cancellation; the shield is enough
            return
        # Imported here, not at the top: asyncio (and the subprocess module it loads) would add
        # to every `import servicetitan_crm`, and a trio program never needs it. Under a running
        # asyncio loop the module is loaded already, so this is a look-up, on the rare path only.
        import asyncio

        task = asyncio.ensure_future(close)
        _closing.add(task)
        task.add_done_callback(_closed)
        await asyncio.shield(task)


def _closed(task: asyncio.Task[None]) -> None:
    _closing.discard(task)
    if not task.cancelled() and task.exception() is not None:
        # Whoever awaited it has seen the error already, unless it was cancelled meanwhile.
        logger.debug("Closing a response failed: %r", task.exception())
