"""A scripted ServiceTitan (token endpoint + API) behind httpx2.MockTransport, and a fake clock."""

from __future__ import annotations

import collections
import json
import urllib.parse
from collections.abc import Callable
from typing import Any

import anyio.lowlevel
import httpx2

from servicetitan_crm._client import ServiceTitanClient

API_URL = "https://api.example.test/crm/v2"
AUTH_URL = "https://auth.example.test/connect/token"
TENANT = "4242"
CLIENT_ID = "cid.example"
# Distinctive values, so a leak is found by a plain substring search.
CLIENT_SECRET = "cs.SECRET-d81f0c9a"
APP_KEY = "ak.APPKEY-77e1b2c3"

Script = httpx2.Response | Exception | Callable[[httpx2.Request], httpx2.Response]


def token_value(number: int) -> str:
    return f"at.TOKEN-{number:04d}-5c2e"


class FakeServiceTitan:
    """Answers token requests (a new token each time unless scripted) and API requests (200
    `{"ok": true}` unless scripted), recording each request with the fake time it arrived."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.token_requests: list[httpx2.Request] = []
        self.api_requests: list[httpx2.Request] = []
        self.api_times: list[float] = []
        self.token_times: list[float] = []
        self.token_script: collections.deque[Script] = collections.deque()
        self.api_script: collections.deque[Script] = collections.deque()
        self.expires_in: object = 900
        self.closed = False

    def then_token(self, *items: Script) -> None:
        self.token_script.extend(items)

    def then_api(self, *items: Script) -> None:
        self.api_script.extend(items)

    async def handle(self, request: httpx2.Request) -> httpx2.Response:
        # Yield once so concurrent callers really overlap.
        await anyio.lowlevel.checkpoint()
        if str(request.url) == AUTH_URL:
            self.token_requests.append(request)
            self.token_times.append(self.clock.now)
            return self._answer(self.token_script, request, self._issue_token)
        # The client sends the same Request object again on a replay: keep what was sent now.
        self.api_requests.append(
            httpx2.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.content,
                extensions=dict(request.extensions),
            )
        )
        self.api_times.append(self.clock.now)
        return self._answer(
            self.api_script, request, lambda _: httpx2.Response(200, json={"ok": True})
        )

    def _issue_token(self, request: httpx2.Request) -> httpx2.Response:
        body: dict[str, object] = {
            "access_token": token_value(len(self.token_requests)),
            "token_type": "Bearer",
        }
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx2.Response(200, json=body)

    @staticmethod
    def _answer(
        script: collections.deque[Script],
        request: httpx2.Request,
        default: Callable[[httpx2.Request], httpx2.Response],
    ) -> httpx2.Response:
        item: Script = script.popleft() if script else default
        if isinstance(item, Exception):
            raise item
        if isinstance(item, httpx2.Response):
            return item
        return item(request)

    @property
    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def bearer_tokens(self) -> list[str]:
        return [r.headers["Authorization"].removeprefix("Bearer ") for r in self.api_requests]


def form_of(request: httpx2.Request) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(request.content.decode()))


def problem(status: int, title: str, **extra: Any) -> httpx2.Response:
    body = {"type": "https://tools.ietf.org/html/rfc7231", "title": title, "status": status}
    body.update(extra)
    return httpx2.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/problem+json"},
    )


class FakeClock:
    """Monotonic time that only moves when someone sleeps on it; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


async def get(
    client: ServiceTitanClient, path: str = "/customers", **kwargs: Any
) -> httpx2.Response:
    return await client.get_async_httpx_client().request("GET", path, **kwargs)
