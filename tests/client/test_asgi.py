"""One in-process ASGI app behind httpx2.ASGITransport serves token and API requests alike."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx2

from servicetitan_crm._client import ServiceTitanClient

from .fakes import APP_KEY, CLIENT_ID, CLIENT_SECRET

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


class MiniServiceTitan:
    """Just enough of the API for a paged list: a token endpoint and `/customers`."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str | None]] = []

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.seen.append((scope["method"], scope["path"], headers.get("authorization")))
        if scope["path"] == "/connect/token":
            form = parse_qs(body.decode())
            valid = form["client_secret"] == [CLIENT_SECRET] and form["client_id"] == [CLIENT_ID]
            status, payload = (
                (200, {"access_token": "asgi-token", "expires_in": 900, "token_type": "Bearer"})
                if valid
                else (400, {"error": "invalid_client"})
            )
        elif (
            headers.get("authorization") != "Bearer asgi-token"
            or headers.get("st-app-key") != APP_KEY
        ):
            status, payload = 401, {"title": "Unauthorized", "status": 401}
        else:
            page = int(parse_qs(scope["query_string"].decode())["page"][0])
            status, payload = 200, {"page": page, "hasMore": page < 3, "data": [{"id": page}]}
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(payload).encode()})


async def test_one_asgi_transport_serves_tokens_and_pages_under_the_default_limiter() -> None:
    app = MiniServiceTitan()
    results: dict[int, Any] = {}

    async with ServiceTitanClient(
        tenant=7,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        api_url="http://simulator.local/crm/v2",
        auth_url="http://simulator.local/connect/token",
        transport=httpx2.ASGITransport(app=app),
    ) as st:

        async def fetch(page: int) -> None:
            response = await st.get_async_httpx_client().get("/customers", params={"page": page})
            results[page] = response.json()

        async with anyio.create_task_group() as tasks:
            for page in (1, 2, 3):
                tasks.start_soon(fetch, page)

    assert [results[p]["data"] for p in (1, 2, 3)] == [[{"id": 1}], [{"id": 2}], [{"id": 3}]]
    assert app.seen[0] == ("POST", "/connect/token", None)
    assert sorted(app.seen[1:]) == [
        ("GET", "/crm/v2/tenant/7/customers", "Bearer asgi-token") for _ in range(3)
    ]
