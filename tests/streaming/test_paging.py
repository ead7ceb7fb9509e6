"""Paged lists: `paginate` yields items, `pages` yields pages, over real HTTP."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

import anyio
import anyio.lowlevel
import pytest
from standin_client import StandInClient
from streaming_api import ListServer, make_record

from servicetitan_crm._constants import MAX_PAGE_SIZE
from servicetitan_crm._errors import ConfigurationError, PaginationError, ServiceTitanError
from servicetitan_crm._paging import pages, paginate
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.models.active_request_arg import ActiveRequestArg

Leftover = Callable[[], set[asyncio.Task[object]]]


class Boom(Exception):
    """An error raised by the caller's own code inside the loop."""


# --- Walking every page ------------------------------------------------------------------------


async def test_yields_every_item_in_order_across_pages(
    list_server: ListServer, list_client: StandInClient
) -> None:
    async with paginate(customers_get_list.asyncio, client=list_client, page_size=5) as customers:
        ids = [customer.id async for customer in customers]

    assert ids == list(range(1, 24))
    assert list_server.pages_requested() == [1, 2, 3, 4, 5]
    assert {request.url.params["pageSize"] for request in list_server.log} == {"5"}


async def test_plain_async_for_walks_the_same_pages(
    list_server: ListServer, list_client: StandInClient
) -> None:
    ids = [
        c.id async for c in paginate(customers_get_list.asyncio, client=list_client, page_size=10)
    ]

    assert ids == list(range(1, 24))
    assert list_server.pages_requested() == [1, 2, 3]


async def test_empty_list_makes_one_request_and_yields_nothing(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.records = []
    async with paginate(customers_get_list.asyncio, client=list_client) as customers:
        seen = [customer async for customer in customers]

    assert seen == []
    assert list_server.pages_requested() == [1]


async def test_filters_go_to_the_endpoint_unchanged(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.records[3]["active"] = False
    hidden = [
        c.id async for c in paginate(customers_get_list.asyncio, client=list_client, page_size=50)
    ]
    every = [
        c.id
        async for c in paginate(
            customers_get_list.asyncio,
            client=list_client,
            page_size=50,
            active=ActiveRequestArg.ANY,
        )
    ]

    assert 4 not in hidden and len(hidden) == 22
    assert every == list(range(1, 24))
    assert list_server.log[-1].url.params["active"] == "Any"


async def test_page_stream_exposes_page_numbers_more_flags_and_totals(
    list_client: StandInClient,
) -> None:
    async with pages(
        customers_get_list.asyncio, client=list_client, page_size=10, include_total=True
    ) as stream:
        seen = [(p.page, p.has_more, p.total_count, len(p.data)) async for p in stream]

    assert seen == [(1, True, 23, 10), (2, True, 23, 10), (3, False, 23, 3)]


# --- Page size ----------------------------------------------------------------------------------


@pytest.mark.parametrize("page_size", [0, -1, MAX_PAGE_SIZE + 1])
def test_page_size_outside_the_platform_limit_is_refused(page_size: int) -> None:
    with pytest.raises(ConfigurationError, match=f"between 1 and {MAX_PAGE_SIZE}"):
        pages(customers_get_list.asyncio, client=object(), page_size=page_size)


@pytest.mark.parametrize("page_size", ["50", 5.0, True])
def test_page_size_must_be_an_int(page_size: object) -> None:
    with pytest.raises(TypeError, match="page_size must be an int"):
        pages(customers_get_list.asyncio, client=object(), page_size=page_size)  # type: ignore[arg-type]


async def test_the_platform_maximum_page_size_is_accepted(
    list_server: ListServer, list_client: StandInClient
) -> None:
    ids = [
        c.id async for c in paginate(customers_get_list.asyncio, client=list_client, page_size=5000)
    ]

    assert len(ids) == 23
    assert list_server.log[0].url.params["pageSize"] == "5000"


def test_the_page_number_belongs_to_the_stream() -> None:
    with pytest.raises(ConfigurationError, match="page is chosen by the stream"):
        pages(customers_get_list.asyncio, client=object(), page=3)


@pytest.mark.parametrize(
    ("concurrency", "error", "message"),
    [
        (0, ConfigurationError, "concurrency must be a positive int, got 0"),
        (-2, ConfigurationError, "concurrency must be a positive int, got -2"),
        (True, TypeError, "concurrency must be an int, not bool True"),
    ],
)
def test_concurrency_must_be_a_positive_int(
    concurrency: int, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        pages(customers_get_list.asyncio, client=object(), concurrency=concurrency)
    assert str(raised.value) == message


# --- A server that breaks the paging contract ---------------------------------------------------


@pytest.mark.parametrize("entered", [True, False], ids=["async-with", "plain"])
async def test_page_with_more_items_than_page_size_raises(
    list_server: ListServer, list_client: StandInClient, entered: bool
) -> None:
    list_server.oversize_page = 2
    stream = paginate(customers_get_list.asyncio, client=list_client, page_size=5)
    ids: list[int] = []

    async def consume() -> None:
        async for customer in stream:
            ids.append(customer.id)

    with pytest.raises(PaginationError) as caught:
        if entered:
            async with stream:
                await consume()
        else:
            await consume()

    assert isinstance(caught.value, ServiceTitanError)
    assert caught.value.operation == stream.operation == "GET /customers"
    assert caught.value.position == 2
    assert "6 items exceed the requested page size of 5" in str(caught.value)
    assert ids == [1, 2, 3, 4, 5]


async def test_server_answering_another_page_number_raises(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.wrong_number_page = 3

    with pytest.raises(PaginationError, match="page 3: the server answered page 2 instead"):
        async with paginate(
            customers_get_list.asyncio, client=list_client, page_size=5
        ) as customers:
            async for _ in customers:
                pass

    assert list_server.pages_requested()[:3] == [1, 2, 3]


async def test_page_repeating_the_previous_items_raises(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.repeat_page = 3

    with pytest.raises(PaginationError, match="page 3: the page repeats the items of the page"):
        async with paginate(
            customers_get_list.asyncio, client=list_client, page_size=5
        ) as customers:
            async for _ in customers:
                pass


async def test_errors_from_the_server_reach_the_caller_in_page_order(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.statuses[3] = [400]
    ids: list[int] = []

    with pytest.raises(ServiceTitanError, match="400"):
        async with paginate(
            customers_get_list.asyncio, client=list_client, page_size=5, concurrency=3
        ) as customers:
            async for customer in customers:
                ids.append(customer.id)

    assert ids == list(range(1, 11))


# --- Prefetch and bounded concurrency -----------------------------------------------------------


async def test_next_page_is_in_flight_while_the_caller_handles_the_current_one(
    list_server: ListServer, list_client: StandInClient
) -> None:
    async with pages(customers_get_list.asyncio, client=list_client, page_size=5) as stream:
        first = await stream.__anext__()
        await list_server.wait_until(lambda: list_server.started == 2)

        assert first.page == 1
        assert list_server.pages_requested() == [1, 2]


async def test_concurrent_pages_arrive_out_of_order_but_are_yielded_in_order(
    list_server: ListServer, list_client: StandInClient
) -> None:
    concurrency = 4
    all_in_flight = anyio.Event()
    answered: dict[int, anyio.Event] = {n: anyio.Event() for n in range(1, concurrency + 1)}
    original = list_server._answer

    async def answer_last_first(request):  # type: ignore[no-untyped-def]
        number = int(request.url.params["page"])
        if number <= concurrency:
            if list_server.in_flight == concurrency:
                all_in_flight.set()
            with anyio.fail_after(10):
                await all_in_flight.wait()
                if number < concurrency:
                    await answered[number + 1].wait()
        try:
            return await original(request)
        finally:
            if number in answered:
                answered[number].set()

    list_server._answer = answer_last_first  # type: ignore[method-assign]
    async with pages(
        customers_get_list.asyncio, client=list_client, page_size=2, concurrency=concurrency
    ) as stream:
        numbers = [page.page async for page in stream]

    assert numbers == list(range(1, 13))
    assert list_server.max_in_flight == concurrency


async def test_never_more_requests_in_flight_than_the_concurrency(
    list_server: ListServer, list_client: StandInClient
) -> None:
    list_server.records = [make_record(n) for n in range(1, 101)]
    async with paginate(
        customers_get_list.asyncio, client=list_client, page_size=3, concurrency=3
    ) as customers:
        ids = []
        async for customer in customers:
            ids.append(customer.id)
            await anyio.lowlevel.checkpoint()

    assert ids == list(range(1, 101))
    assert 1 <= list_server.max_in_flight <= 3


async def test_pages_past_the_last_one_are_cancelled_and_never_yielded(
    list_server: ListServer, list_client: StandInClient, leftover_tasks: Leftover
) -> None:
    # 23 records in pages of 5: page 5 is the last; pages 6 and 7 hang until cancelled.
    list_server.hold = {6: anyio.Event(), 7: anyio.Event()}
    async with pages(
        customers_get_list.asyncio, client=list_client, page_size=5, concurrency=3
    ) as stream:
        numbers = [page.page async for page in stream]

    assert numbers == [1, 2, 3, 4, 5]
    assert set(list_server.pages_requested()) <= {1, 2, 3, 4, 5, 6, 7}
    assert list_server.in_flight == 0
    assert list_server.cancelled >= 1
    assert leftover_tasks() == set()


async def test_concurrency_needs_the_stream_entered(list_client: StandInClient) -> None:
    with pytest.raises(RuntimeError, match="needs the stream entered with `async with`"):
        async for _ in paginate(customers_get_list.asyncio, client=list_client, concurrency=2):
            pass


# --- Leaving early: break, caller exceptions, cancellation --------------------------------------


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_break_cancels_the_requests_in_flight(
    list_server: ListServer,
    list_client: StandInClient,
    leftover_tasks: Leftover,
    concurrency: int,
) -> None:
    list_server.hold = {n: anyio.Event() for n in range(2, 6)}
    async with paginate(
        customers_get_list.asyncio, client=list_client, page_size=5, concurrency=concurrency
    ) as customers:
        async for customer in customers:
            if customer.id == 3:
                await list_server.wait_until(lambda: list_server.in_flight == concurrency)
                break

    assert list_server.in_flight == 0
    assert list_server.cancelled == concurrency
    assert leftover_tasks() == set()


async def test_exception_in_the_caller_cancels_the_requests_in_flight(
    list_server: ListServer, list_client: StandInClient, leftover_tasks: Leftover
) -> None:
    list_server.hold = {2: anyio.Event()}

    with pytest.raises(Boom):
        async with paginate(
            customers_get_list.asyncio, client=list_client, page_size=5
        ) as customers:
            async for _ in customers:
                await list_server.wait_until(lambda: list_server.in_flight == 1)
                raise Boom

    assert list_server.in_flight == 0
    assert list_server.cancelled == 1
    assert leftover_tasks() == set()


async def test_cancelling_the_caller_cancels_the_requests_in_flight(
    list_server: ListServer, list_client: StandInClient, leftover_tasks: Leftover
) -> None:
    list_server.hold = {n: anyio.Event() for n in range(2, 6)}
    handled: list[int] = []

    with anyio.CancelScope() as scope:
        async with paginate(
            customers_get_list.asyncio, client=list_client, page_size=5, concurrency=2
        ) as customers:
            async for customer in customers:
                handled.append(customer.id)
                if customer.id == 2:
                    await list_server.wait_until(lambda: list_server.in_flight == 2)
                    scope.cancel()
                    await anyio.sleep_forever()

    assert scope.cancelled_caught
    assert handled == [1, 2]
    assert list_server.in_flight == 0
    assert list_server.cancelled == 2
    assert leftover_tasks() == set()


async def test_cancelling_a_plain_loop_waiting_on_a_page_leaves_nothing_in_flight(
    list_server: ListServer, list_client: StandInClient, leftover_tasks: Leftover
) -> None:
    list_server.hold = {2: anyio.Event()}
    handled: list[int] = []

    async with anyio.create_task_group() as task_group:

        async def consume() -> None:
            async for customer in paginate(
                customers_get_list.asyncio, client=list_client, page_size=5
            ):
                handled.append(customer.id)

        task_group.start_soon(consume)
        await list_server.wait_until(lambda: list_server.in_flight == 1 and len(handled) == 5)
        task_group.cancel_scope.cancel()

    assert handled == [1, 2, 3, 4, 5]
    assert list_server.in_flight == 0
    assert list_server.cancelled == 1
    assert leftover_tasks() == set()


@pytest.mark.parametrize("how", ["break", "exception"])
async def test_leaving_a_plain_loop_leaves_nothing_running(
    list_server: ListServer, list_client: StandInClient, leftover_tasks: Leftover, how: str
) -> None:
    with contextlib.suppress(Boom):
        async for customer in paginate(customers_get_list.asyncio, client=list_client, page_size=5):
            if customer.id == 7:
                if how == "exception":
                    raise Boom
                break

    assert list_server.pages_requested() == [1, 2]
    assert list_server.in_flight == 0
    assert leftover_tasks() == set()


async def test_a_stream_is_entered_once(list_client: StandInClient) -> None:
    stream = pages(customers_get_list.asyncio, client=list_client)
    async with stream:
        with pytest.raises(RuntimeError, match="entered only once"):
            await stream.__aenter__()
