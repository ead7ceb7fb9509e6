"""Caller mistakes in streaming are refused before the first request, with a message naming them.

An export stream given another kind of endpoint, a page stream given an export endpoint, either
given `asyncio_detailed`, and a file checkpoint whose directory is missing or not a directory: each
raises before anything is sent, instead of after a request or after the first delivered batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from standin_client import StandInClient
from streaming_api import BASE_URL, ExportServer, ListServer, make_record

from servicetitan_crm._checkpoint import FileCheckpoint
from servicetitan_crm._errors import CheckpointError, ConfigurationError
from servicetitan_crm._export import export_batches, export_records
from servicetitan_crm._paging import pages, paginate
from servicetitan_crm.generated.api.customers import customers_get, customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

EXPORT_STREAMS: list[Callable[..., Any]] = [export_records, export_batches]
PAGE_STREAMS: list[Callable[..., Any]] = [pages, paginate]


@pytest.mark.parametrize("stream", EXPORT_STREAMS)
@pytest.mark.parametrize(
    ("endpoint", "named"),
    [
        (customers_get_list.asyncio, "GET /customers is not one (it has no from_ or "),
        (customers_get.asyncio, "GET /customers/{id} is not one"),
        (export_customers_get_customers.asyncio_detailed, "not asyncio_detailed"),
        ("export_customers", "not 'export_customers'"),
    ],
    ids=["list", "get-by-id", "detailed", "not-callable"],
)
def test_an_export_stream_refuses_what_is_not_an_export_endpoint(
    stream: Callable[..., Any], endpoint: object, named: str
) -> None:
    server = ExportServer([make_record(1)], batch_size=5)
    client = StandInClient(server.transport(), BASE_URL)

    with pytest.raises(ConfigurationError) as caught:
        stream(endpoint, client=client)

    assert str(caught.value).startswith(
        "export_records and export_batches take an export endpoint function"
    )
    assert named in str(caught.value)
    assert server.log == []


@pytest.mark.parametrize("stream", PAGE_STREAMS)
def test_a_page_stream_refuses_an_export_endpoint(stream: Callable[..., Any]) -> None:
    server = ListServer([make_record(1)])
    client = StandInClient(server.transport(), BASE_URL)

    with pytest.raises(ConfigurationError, match="GET /export/customers is not one") as caught:
        stream(export_customers_get_customers.asyncio, client=client)

    assert "it has no page or page_size parameter" in str(caught.value)
    assert server.log == []


@pytest.mark.parametrize(
    ("make_path", "reason"),
    [
        (lambda root: root / "missing" / "customers.checkpoint", "missing does not exist"),
        (lambda root: root / "a-file" / "customers.checkpoint", "a-file is not a directory"),
    ],
    ids=["missing-directory", "file-as-directory"],
)
async def test_a_checkpoint_that_cannot_be_saved_is_refused_before_the_first_request(
    tmp_path: Path, make_path: Callable[[Path], Path], reason: str
) -> None:
    (tmp_path / "a-file").write_text("not a directory")
    server = ExportServer([make_record(n) for n in range(1, 20)], batch_size=5)
    client = StandInClient(server.transport(), BASE_URL)
    checkpoint = FileCheckpoint(make_path(tmp_path))
    delivered: list[object] = []

    with pytest.raises(CheckpointError, match=f"cannot save the checkpoint: .*{reason}"):
        async with export_records(
            export_customers_get_customers.asyncio, client=client, checkpoint=checkpoint
        ) as records:
            async for record in records:
                delivered.append(record)

    assert delivered == []
    assert server.log == []
    await client.aclose()


async def test_a_checkpoint_probe_leaves_nothing_behind(tmp_path: Path) -> None:
    checkpoint = FileCheckpoint(tmp_path / "customers.checkpoint")

    assert await checkpoint.load() is None
    assert [entry async for entry in anyio.Path(tmp_path).iterdir()] == []
