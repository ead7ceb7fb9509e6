"""The engine under page and export streams: fetch ahead in a task group, hand over in order.

A stream is an async iterator over *steps* (one page, one export batch). Used as an async context
manager it owns an anyio task group whose producer task computes the next steps while the caller
handles the current one, and passes them through a zero-buffer memory stream, so at most one
finished step waits beside the one the caller holds. Leaving the `async with` block (a `break`, an
exception, a cancellation) cancels the producer and every request it has in flight before the block
exits. Without `async with`, each step is computed inline in the caller's task when asked for: no
prefetch, and nothing that could outlive the loop.

Errors are values on the way through: a failing step is sent to the caller in its place and raised
there, in order, instead of tearing the task group down with an `ExceptionGroup`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Generic, Self, TypeVar

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

S = TypeVar("S")
T = TypeVar("T")


class PrefetchingStream(Generic[S]):
    """Base class: subclasses implement `_step` (and may override `_produce` to fetch wider)."""

    def __init__(self, operation: str) -> None:
        self._operation = operation
        self._task_group: TaskGroup | None = None
        self._receive: MemoryObjectReceiveStream[S | Exception] | None = None
        self._entered = False
        self._closed = False

    @property
    def operation(self) -> str:
        """The operation behind the stream, e.g. `GET /customers`, as error messages name it."""
        return self._operation

    async def _step(self) -> S:
        """Compute the next step; raise `StopAsyncIteration` after the last one."""
        raise NotImplementedError

    async def _produce(self, send: MemoryObjectSendStream[S | Exception]) -> None:
        """Feed `send` in order until the end or the first error (the default: one step ahead)."""
        async with send:
            while True:
                try:
                    step = await self._step()
                except StopAsyncIteration:
                    return
                except Exception as exc:  # delivered to the caller in the step's place
                    await send.send(exc)
                    return
                await send.send(step)

    async def __aenter__(self) -> Self:
        if self._entered:
            raise RuntimeError(f"{type(self).__name__} can be entered only once")
        self._entered = True
        send, self._receive = anyio.create_memory_object_stream[S | Exception](0)
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        self._task_group.start_soon(self._produce, send)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        self._closed = True
        assert self._task_group is not None and self._receive is not None
        # Whatever the producer is doing now is no longer wanted, however the block ends.
        self._task_group.cancel_scope.cancel()
        # The task group would wrap the caller's own exception in an ExceptionGroup; only a
        # cancellation goes through it (its bookkeeping needs to see that), others propagate as is.
        # The producer never raises: its errors travel through the stream.
        passed = exc if isinstance(exc, anyio.get_cancelled_exc_class()) else None
        try:
            await self._task_group.__aexit__(
                type(passed) if passed is not None else None,
                passed,
                traceback if passed is not None else None,
            )
        finally:
            self._receive.close()
        return None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> S:
        if self._closed:
            raise StopAsyncIteration
        if self._receive is None:
            if self._entered:
                raise RuntimeError(f"{type(self).__name__} is still being entered")
            try:
                return await self._step()
            except BaseException:
                self._closed = True
                raise
        try:
            step = await self._receive.receive()
        except anyio.EndOfStream:
            self._closed = True
            raise StopAsyncIteration from None
        if isinstance(step, Exception):
            self._closed = True
            raise step
        return step


class ItemStream(Generic[S, T]):
    """The items of every step of a stream, in order: records of export batches, items of pages.

    Entering it enters the stream beneath (prefetch, cancellation on exit); plain `async for` works
    too, with that stream's inline behaviour.
    """

    __slots__ = ("_items", "_items_of", "_steps")

    def __init__(self, steps: PrefetchingStream[S], items_of: Callable[[S], Iterable[T]]) -> None:
        self._steps = steps
        self._items_of = items_of
        self._items: Iterator[T] = iter(())

    @property
    def operation(self) -> str:
        """The operation behind the stream, e.g. `GET /customers`."""
        return self._steps.operation

    async def __aenter__(self) -> Self:
        await self._steps.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        return await self._steps.__aexit__(exc_type, exc, traceback)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        for item in self._items:
            return item
        async for step in self._steps:
            self._items = iter(self._items_of(step))
            for item in self._items:
                return item
        raise StopAsyncIteration
