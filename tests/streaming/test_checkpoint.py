"""Checkpoints: when they are saved, how they are written, and resuming after a crash."""

from __future__ import annotations

import errno
import itertools
import json
import os
import random
from pathlib import Path

import anyio
import anyio.lowlevel
import pytest
from standin_client import StandInClient
from streaming_api import BASE_URL, ExportServer, make_record

from servicetitan_crm._checkpoint import FileCheckpoint
from servicetitan_crm._errors import CheckpointError
from servicetitan_crm._export import export_batches, export_records
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers


class Killed(Exception):
    """Stands for a crash of the consuming process."""


class RecordingCheckpoint:
    """An in-memory store that logs each save into the same event list the consumer writes."""

    def __init__(self, events: list[tuple[str, object]]) -> None:
        self.events = events
        self.token: str | None = None

    async def load(self) -> str | None:
        return self.token

    async def save(self, token: str) -> None:
        self.events.append(("save", token))
        self.token = token


def batch_of(number: int, batch_size: int) -> int:
    return (number - 1) // batch_size


# --- When a checkpoint is saved -----------------------------------------------------------------


@pytest.mark.parametrize("entered", [True, False], ids=["async-with", "plain"])
async def test_a_batch_token_is_saved_only_when_the_record_after_the_batch_is_asked_for(
    export_client: StandInClient, entered: bool
) -> None:
    events: list[tuple[str, object]] = []
    records = export_records(
        export_customers_get_customers.asyncio,
        client=export_client,
        checkpoint=RecordingCheckpoint(events),
    )

    async def consume() -> None:
        async for record in records:
            events.append(("record", record.id))

    if entered:
        async with records:
            await consume()
    else:
        await consume()

    expected: list[tuple[str, object]] = []
    for number in range(1, 51):
        expected.append(("record", number))
        if number % 7 == 0 or number == 50:
            expected.append(("save", f"t{number}"))
    assert events == expected


async def test_batch_level_streams_save_a_batch_token_when_the_next_batch_is_asked_for(
    export_client: StandInClient,
) -> None:
    events: list[tuple[str, object]] = []
    async with export_batches(
        export_customers_get_customers.asyncio,
        client=export_client,
        checkpoint=RecordingCheckpoint(events),
    ) as stream:
        async for batch in stream:
            events.append(("batch", batch.continue_from))

    tokens = [f"t{n}" for n in (7, 14, 21, 28, 35, 42, 49, 50)]
    assert events == [event for token in tokens for event in (("batch", token), ("save", token))]


async def test_a_finished_feed_resumes_from_its_end(
    export_server: ExportServer, export_client: StandInClient, tmp_path: Path
) -> None:
    path = tmp_path / "customers.checkpoint"
    first = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        )
    ]
    export_server.records.extend(make_record(n) for n in range(51, 54))
    second = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        )
    ]

    assert first == list(range(1, 51))
    assert second == [51, 52, 53]
    assert await FileCheckpoint(path).load() == "t53"


# --- Crash and resume ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [3, 17, 2024])
@pytest.mark.parametrize("kill", ["exception", "cancellation"])
@pytest.mark.parametrize("entered", [True, False], ids=["async-with", "plain"])
async def test_no_record_is_lost_across_three_restarts_at_random_points(
    tmp_path: Path, seed: int, kill: str, entered: bool
) -> None:
    batch_size = 7
    server = ExportServer([make_record(n) for n in range(1, 61)], batch_size=batch_size)
    client = StandInClient(server.transport(), BASE_URL)
    path = tmp_path / "customers.checkpoint"
    rng = random.Random(seed)
    delivered: list[int] = []
    runs: list[list[int]] = []

    async def run(kill_after: int | None) -> None:
        # A fresh store object each run, as a restarted process would make.
        records = export_records(
            export_customers_get_customers.asyncio, client=client, checkpoint=FileCheckpoint(path)
        )
        seen: list[int] = []
        runs.append(seen)

        async def consume() -> None:
            async for record in records:
                seen.append(record.id)
                delivered.append(record.id)
                if len(seen) == kill_after:
                    if kill == "exception":
                        raise Killed
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()

        with anyio.CancelScope() as scope:
            try:
                if entered:
                    async with records:
                        await consume()
                else:
                    await consume()
            except Killed:
                pass

    for _ in range(3):
        await run(kill_after=rng.randint(1, 16))
    await run(kill_after=None)
    await client.aclose()

    assert sorted(set(delivered)) == list(range(1, 61))
    assert runs[-1][-1] == 60
    for killed, resumed in itertools.pairwise(runs):
        # Each restart begins with the batch that was being handled when the crash came.
        assert batch_of(resumed[0], batch_size) == batch_of(killed[-1], batch_size)
        assert resumed[0] == batch_of(killed[-1], batch_size) * batch_size + 1
    assert await FileCheckpoint(path).load() == "t60"
    assert os.listdir(tmp_path) == ["customers.checkpoint"]


# --- How a checkpoint file is written and read --------------------------------------------------


async def test_a_missing_checkpoint_file_means_no_checkpoint(tmp_path: Path) -> None:
    assert await FileCheckpoint(tmp_path / "absent.checkpoint").load() is None


async def test_saves_replace_the_file_and_leave_no_temporary_files(tmp_path: Path) -> None:
    store = FileCheckpoint(tmp_path / "feed.checkpoint")
    for number in range(1, 6):
        await store.save(f"token-{number}")

    assert await store.load() == "token-5"
    assert json.loads((tmp_path / "feed.checkpoint").read_text()) == {
        "version": 1,
        "continueFrom": "token-5",
    }
    assert os.listdir(tmp_path) == ["feed.checkpoint"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
async def test_a_failed_write_leaves_the_old_checkpoint_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store = FileCheckpoint(tmp_path / "feed.checkpoint")
    await store.save("old-token")
    before = (tmp_path / "feed.checkpoint").read_bytes()

    def disk_error(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, failing, disk_error)
    with pytest.raises(CheckpointError, match=r"cannot save the checkpoint: .*Input/output error"):
        await store.save("new-token")
    monkeypatch.undo()

    assert (tmp_path / "feed.checkpoint").read_bytes() == before
    assert await store.load() == "old-token"
    assert os.listdir(tmp_path) == ["feed.checkpoint"]


async def test_a_failed_write_stops_the_export_and_the_restart_repeats_the_batch(
    export_client: StandInClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "customers.checkpoint"
    await FileCheckpoint(path).save("t7")
    seen: list[int] = []

    def disk_error(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(CheckpointError, match="No space left on device"):
        async with export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        ) as records:
            async for record in records:
                seen.append(record.id)
                if record.id == 14:
                    monkeypatch.setattr(os, "replace", disk_error)
    monkeypatch.undo()

    resumed = [
        r.id
        async for r in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        )
    ]
    assert seen == list(range(8, 15))
    assert resumed == list(range(8, 51))


async def test_an_empty_token_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="non-empty string"):
        await FileCheckpoint(tmp_path / "feed.checkpoint").save("")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"t42",
        b'{"version": 1, "continueFrom": "t4',
        b'["t42"]',
        b'{"version": 1, "continueFrom": 42}',
        b'{"version": 1, "continueFrom": ""}',
        b'{"version": 2, "continueFrom": "t42"}',
        b"\xff\xfe\x00",
    ],
    ids=[
        "empty",
        "bare-token",
        "truncated",
        "not-an-object",
        "token-not-a-string",
        "token-empty",
        "unknown-version",
        "not-utf8",
    ],
)
async def test_a_corrupt_checkpoint_is_an_error_not_a_restart_from_zero(
    export_server: ExportServer, export_client: StandInClient, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "customers.checkpoint"
    path.write_bytes(content)

    with pytest.raises(CheckpointError, match=str(path)):
        await FileCheckpoint(path).load()
    with pytest.raises(CheckpointError):
        async with export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        ) as records:
            async for _ in records:
                pass

    assert export_server.log == []
    assert path.read_bytes() == content


async def test_an_unreadable_checkpoint_is_an_error(
    export_server: ExportServer, export_client: StandInClient, tmp_path: Path
) -> None:
    path = tmp_path / "customers.checkpoint"
    path.mkdir()

    with pytest.raises(CheckpointError, match="cannot read the checkpoint"):
        async for _ in export_records(
            export_customers_get_customers.asyncio,
            client=export_client,
            checkpoint=FileCheckpoint(path),
        ):
            pass

    assert export_server.log == []
