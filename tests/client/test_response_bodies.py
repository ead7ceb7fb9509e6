"""Every response body reaches the caller whole: read in any number of chunks, decoded once when
the server compressed it, identical to what the server sent when it did not."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import AsyncIterator

import httpx2
import pytest

from servicetitan_crm import NotFoundError
from servicetitan_crm.generated.api.customers import customers_get

from .conftest import MakeClient
from .fakes import FakeServiceTitan, get

RECORD = {"id": 7, "name": "Ada Lovelace " * 40, "active": True, "type": "Residential"}
BODY = json.dumps(RECORD).encode()


class Chunks(httpx2.AsyncByteStream):
    """A body that arrives in pieces of `size` bytes, as a socket delivers it."""

    def __init__(self, body: bytes, size: int) -> None:
        self._body, self._size = body, size

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self._body), self._size):
            yield self._body[start : start + self._size]


def answered(body: bytes, *, status: int = 200, encoding: str | None = None) -> httpx2.Response:
    headers = {"Content-Type": "application/json"}
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    return httpx2.Response(status, headers=headers, stream=Chunks(body, size=37))


@pytest.mark.parametrize("size", [1, 37, len(BODY)])
async def test_an_uncompressed_body_is_the_bytes_sent(
    server: FakeServiceTitan, make_client: MakeClient, size: int
) -> None:
    server.then_api(
        httpx2.Response(
            200, headers={"Content-Type": "application/json"}, stream=Chunks(BODY, size)
        )
    )
    async with make_client() as client:
        response = await get(client, "/customers/7")
    assert response.content == BODY
    assert response.json() == RECORD
    assert await response.aread() == BODY
    assert response.is_closed


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("GZIP", gzip.compress),
    ],
)
async def test_a_compressed_body_is_decoded_once(
    server: FakeServiceTitan,
    make_client: MakeClient,
    encoding: str,
    compress: object,
) -> None:
    assert callable(compress)
    server.then_api(answered(compress(BODY), encoding=encoding))
    async with make_client() as client:
        customer = await customers_get.asyncio(7, client=client)
    assert customer.name == RECORD["name"]


async def test_an_identity_encoding_is_taken_as_is(
    server: FakeServiceTitan, make_client: MakeClient
) -> None:
    server.then_api(answered(BODY, encoding="identity"))
    async with make_client() as client:
        response = await get(client, "/customers/7")
    assert response.content == BODY


async def test_an_error_body_is_kept_for_the_typed_error(
    server: FakeServiceTitan, make_client: MakeClient
) -> None:
    problem = {"title": "Customer 7 was not found", "status": 404}
    server.then_api(
        answered(gzip.compress(json.dumps(problem).encode()), status=404, encoding="gzip")
    )
    async with make_client() as client:
        with pytest.raises(NotFoundError, match="Customer 7 was not found"):
            await customers_get.asyncio(7, client=client)
