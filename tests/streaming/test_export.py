"""Export feeds: following `continueFrom`, where a feed starts, follow mode, de-duplication."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable

import anyio
import anyio.lowlevel
import pytest
from standin_client import StandInClient
from streaming_api import BASE_URL, EPOCH, ExportServer, make_record

from servicetitan_crm._errors import ConfigurationError, PaginationError
from servicetitan_crm._export import ExportBatch, export_batches, export_records
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

Leftover = Callable[[], set[asyncio.Task[object]]]


class Boom(Exception):
    """An error raised by the caller's own code inside the loop."""


class MemoryCheckpoint:
    """A checkpoint store that keeps the token in memory."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token

    async def load(self) -> str | None:
        return self.token

    async def save(self, token: str) -> None:
        self.token = token


# --- Following continueFrom ---------------------------------------------------------------------


@pytest.mark.parametrize("entered", [True, False], ids=["async-with", "plain"])
async def test_reads_every_record_following_continue_from_while_has_more(
    export_server: ExportServer, export_client: StandInClient, entered: bool
) -> None:
    records = export_records(export_customers_get_customers.asyncio, client=export_client)
    if entered:
        async with records:
            ids = [record.id async for record in records]
    else:
        ids = [record.id async for record in records]

    assert ids == list(range(1, 51))
    assert export_server.tokens_requested() == [
        None,
        "t7",
        "t14",
        "t21",
        "t28",
        "t35",
        "t42",
        "t49",
    ]


async def test_batches_carry_their_records_and_the_token_after_them(
    export_client: StandInClient,
) -> None:
    async with export_batches(
        export_customers_get_customers.asyncio, client=export_client
    ) as stream:
        batches = [batch async for batch in stream]

    assert [len(batch.records) for batch in batches] == [7, 7, 7, 7, 7, 7, 7, 1]
    assert [batch.continue_from for batch in batches][:2] == ["t7", "t14"]
    assert batches[-1] == ExportBatch(batches[-1].records, "t50", False)
    assert all(batch.has_more for batch in batches[:-1])


async def test_empty_feed_yields_nothing(leftover_tasks: Leftover) -> None:
    server = ExportServer([], batch_size=5)
    client = StandInClient(server.transport(), BASE_URL)
    async with export_records(export_customers_get_customers.asyncio, client=client) as records:
        seen = [record async for record in records]
    await client.aclose()

    assert seen == []
    assert server.tokens_requested() == [None]


async def test_a_continuation_that_does_not_advance_raises(
    export_server: ExportServer, export_client: StandInClient
) -> None:
    export_server.stuck_token = "t14"
    seen: list[int] = []

    with pytest.raises(PaginationError, match="hasMore is true but continueFrom did not adv"):
        async with export_records(
            export_customers_get_customers.asyncio, client=export_client
        ) as records:
            async for record in records:
                seen.append(record.id)

    assert seen == list(range(1, 15))
    assert export_server.tokens_requested() == [None, "t7", "t14"]


# --- Where a feed starts ------------------------------------------------------------------------


async def test_starts_from_a_saved_token(
    export_server: ExportServer, export_client: StandInClient
) -> None:
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio, client=export_client, start="t42"
        )
    ]

    assert ids == list(range(43, 51))
    assert export_server.tokens_requested() == ["t42", "t49"]


async def test_starts_from_a_date() -> None:
    server = ExportServer([make_record(n, minutes=n * 24 * 60) for n in range(1, 21)], batch_size=4)
    client = StandInClient(server.transport(), BASE_URL)
    start = datetime.date(2024, 1, 10)
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio, client=client, start=start
        )
    ]
    await client.aclose()

    assert server.tokens_requested()[0] == "2024-01-10"
    assert ids == list(range(9, 21))


async def test_starts_from_a_datetime_sent_in_utc(
    export_server: ExportServer, export_client: StandInClient
) -> None:
    eastern = datetime.timezone(datetime.timedelta(hours=-5))
    start = (EPOCH + datetime.timedelta(minutes=45)).astimezone(eastern)
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio, client=export_client, start=start
        )
    ]

    assert export_server.tokens_requested()[0] == "2024-01-01T00:45:00Z"
    assert ids == list(range(45, 51))


@pytest.mark.parametrize(
    ("start", "error"), [("", ConfigurationError), (7, TypeError), (b"t7", TypeError)]
)
def test_start_must_be_a_token_or_a_date(start: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="start must be a token"):
        export_records(export_customers_get_customers.asyncio, client=object(), start=start)  # type: ignore[arg-type]


async def test_a_saved_checkpoint_wins_over_start(
    export_server: ExportServer, export_client: StandInClient
) -> None:
    store = MemoryCheckpoint("t35")
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            start="t7",
            checkpoint=store,
        )
    ]

    assert ids == list(range(36, 51))
    assert export_server.tokens_requested()[0] == "t35"
    assert store.token == "t50"


# --- Prefetch and leaving early -----------------------------------------------------------------


async def test_the_next_batch_is_fetched_while_the_caller_handles_one_and_no_further(
    export_server: ExportServer, export_client: StandInClient
) -> None:
    async with export_batches(
        export_customers_get_customers.asyncio, client=export_client
    ) as stream:
        first = await stream.__anext__()
        await export_server.wait_until(lambda: export_server.started == 2)
        for _ in range(20):
            await anyio.lowlevel.checkpoint()

        assert first.continue_from == "t7"
        assert export_server.tokens_requested() == [None, "t7"]


@pytest.mark.parametrize("how", ["break", "exception", "cancel"])
async def test_leaving_the_loop_cancels_the_request_in_flight(
    export_server: ExportServer, export_client: StandInClient, leftover_tasks: Leftover, how: str
) -> None:
    export_server.hold_from = {"t7": anyio.Event()}

    with anyio.CancelScope() as scope:
        try:
            async with export_records(
                export_customers_get_customers.asyncio, client=export_client
            ) as records:
                async for record in records:
                    if record.id == 3:
                        await export_server.wait_until(lambda: export_server.in_flight == 1)
                        if how == "break":
                            break
                        if how == "exception":
                            raise Boom
                        scope.cancel()
                        await anyio.sleep_forever()
        except Boom:
            pass

    assert export_server.in_flight == 0
    assert export_server.cancelled == 1
    assert leftover_tasks() == set()


# --- Follow mode --------------------------------------------------------------------------------


async def test_follow_mode_polls_a_caught_up_feed_with_the_last_token(
    export_server: ExportServer, export_client: StandInClient, leftover_tasks: Leftover
) -> None:
    def publish(caught_up_answers: int) -> None:
        # Two quiet polls, then five new records, then quiet again.
        if caught_up_answers == 3:
            export_server.records.extend(make_record(n) for n in range(51, 56))
        assert caught_up_answers < 20, "the stream kept polling past the test's end"

    export_server.on_caught_up = publish
    ids: list[int] = []
    async with export_records(
        export_customers_get_customers.asyncio, client=export_client, follow=True, poll_interval=0
    ) as records:
        async for record in records:
            ids.append(record.id)
            if record.id == 55:
                break

    assert ids == list(range(1, 56))
    assert export_server.tokens_requested()[-4:] == ["t49", "t50", "t50", "t50"]
    assert export_server.in_flight == 0
    assert leftover_tasks() == set()


async def test_follow_mode_waits_between_polls_and_stops_when_cancelled(
    export_server: ExportServer, export_client: StandInClient, leftover_tasks: Leftover
) -> None:
    polls = anyio.Event()

    def count(caught_up_answers: int) -> None:
        if caught_up_answers == 3:
            polls.set()

    export_server.on_caught_up = count
    ids: list[int] = []

    async def follow() -> None:
        async for record in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            follow=True,
            poll_interval=0.01,
        ):
            ids.append(record.id)

    async with anyio.create_task_group() as task_group:
        task_group.start_soon(follow)
        with anyio.fail_after(10):
            await polls.wait()
        task_group.cancel_scope.cancel()

    assert ids == list(range(1, 51))
    assert export_server.tokens_requested()[-3:] == ["t49", "t50", "t50"]
    assert leftover_tasks() == set()


@pytest.mark.parametrize("interval", [-1.0, float("nan"), float("inf")])
def test_poll_interval_must_be_finite_and_not_negative(interval: float) -> None:
    with pytest.raises(ConfigurationError, match="poll_interval"):
        export_records(
            export_customers_get_customers.asyncio, client=object(), poll_interval=interval
        )


# --- includeRecentChanges and de-duplication ----------------------------------------------------


async def test_recent_changes_repeat_records_between_consecutive_responses() -> None:
    server = ExportServer([make_record(n) for n in range(1, 21)], batch_size=5, overlap=2)
    client = StandInClient(server.transport(), BASE_URL)
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio, client=client, include_recent_changes=True
        )
    ]
    await client.aclose()

    repeated_from_before = [4, 5, 9, 10, 14, 15]
    assert ids == [*range(1, 6), *range(4, 11), *range(9, 16), *range(14, 21)]
    assert sorted(ids) == sorted([*range(1, 21), *repeated_from_before])
    assert {request.url.params["includeRecentChanges"] for request in server.log} == {"true"}


async def test_deduplicate_drops_records_repeated_from_the_previous_response() -> None:
    server = ExportServer([make_record(n) for n in range(1, 21)], batch_size=5, overlap=2)
    client = StandInClient(server.transport(), BASE_URL)
    ids = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio,
            client=client,
            include_recent_changes=True,
            deduplicate=True,
        )
    ]
    await client.aclose()

    assert ids == list(range(1, 21))


async def test_deduplicate_keeps_a_record_that_changed_since_the_previous_response() -> None:
    server = ExportServer([make_record(n) for n in range(1, 11)], batch_size=5, overlap=2)
    client = StandInClient(server.transport(), BASE_URL)
    seen: list[tuple[int, datetime.datetime]] = []
    # A plain loop fetches each batch when asked, so the change lands before the second response.
    async for record in export_records(
        export_customers_get_customers.asyncio,
        client=client,
        include_recent_changes=True,
        deduplicate=True,
    ):
        seen.append((record.id, record.modified_on))
        if record.id == 5 and len(seen) == 5:
            server.records[4] = make_record(5, minutes=600)
    await client.aclose()

    assert [number for number, _ in seen] == [1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10]
    assert seen[5][1] == EPOCH + datetime.timedelta(minutes=600)
