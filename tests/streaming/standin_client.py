"""A client with only `get_async_httpx_client()`: no auth, retries or rate limiter.

The generated endpoint functions need nothing more, so tests about event ordering (what is in
flight when) can run without the real client's token request and request spacing in between.
"""

from __future__ import annotations

import httpx2


class StandInClient:
    def __init__(self, transport: httpx2.AsyncBaseTransport, base_url: str) -> None:
        self._client = httpx2.AsyncClient(transport=transport, base_url=base_url)

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        return self._client

    async def aclose(self) -> None:
        await self._client.aclose()
