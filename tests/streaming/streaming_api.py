"""A small CRM server for the streaming tests, spoken to over real HTTP (httpx2.MockTransport).

`ListServer` serves `GET /customers` pages and `ExportServer` serves `GET /export/customers`
batches, both with the platform's wire format. Each counts the requests in flight, can hold
requests until the test releases them, and can misbehave on purpose (oversize or repeated pages,
a continuation that does not advance, 503 answers).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx2

API_URL = "https://api.test/crm/v2"
AUTH_URL = "https://auth.test/connect/token"
TENANT = 42
BASE_URL = f"{API_URL}/tenant/{TENANT}"
EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
# Every wait on the server side is bounded, so a broken stream fails a test instead of hanging it.
HOLD_LIMIT_SECONDS = 10


def make_record(number: int, *, active: bool = True, minutes: int | None = None) -> dict[str, Any]:
    """One customer as the API sends it; `minutes` sets modifiedOn (default: `number`)."""
    modified = EPOCH + datetime.timedelta(minutes=number if minutes is None else minutes)
    stamp = modified.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {
        "id": number,
        "name": f"Customer {number}",
        "type": "Residential",
        "active": active,
        "address": None,
        "balance": 0.0,
        "createdById": 1,
        "createdOn": stamp,
        "modifiedOn": stamp,
        "customFields": [],
        "doNotMail": False,
        "doNotService": False,
        "externalData": None,
        "tagTypeIds": [],
    }


def json_response(status: int, body: object) -> httpx2.Response:
    return httpx2.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


class TrafficCounter:
    """Counts requests in flight and how they ended; handlers run inside `track()`."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.max_in_flight = 0
        self.started = 0
        self.cancelled = 0
        self.log: list[httpx2.Request] = []
        self._changed = anyio.Event()

    async def track(
        self, request: httpx2.Request, answer: Callable[[], Awaitable[httpx2.Response]]
    ) -> httpx2.Response:
        self.log.append(request)
        self.started += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self._notify()
        try:
            return await answer()
        except anyio.get_cancelled_exc_class():
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
            self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    async def wait_until(self, condition: Callable[[], bool]) -> None:
        """Wait (bounded) until `condition()` holds after some request started or ended."""
        with anyio.fail_after(HOLD_LIMIT_SECONDS):
            while not condition():
                await self._changed.wait()


class ListServer(TrafficCounter):
    """`GET /customers`: pages of `records`, page numbers from 1, `hasMore` while more follow."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        super().__init__()
        self.records = records
        self.hold: dict[int, anyio.Event] = {}
        self.statuses: dict[int, list[int]] = {}
        self.oversize_page: int | None = None
        self.wrong_number_page: int | None = None
        self.repeat_page: int | None = None

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def pages_requested(self) -> list[int]:
        return [int(request.url.params["page"]) for request in self.log]

    async def handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.method == "GET" and request.url.path == "/crm/v2/tenant/42/customers"
        return await self.track(request, lambda: self._answer(request))

    async def _answer(self, request: httpx2.Request) -> httpx2.Response:
        number = int(request.url.params["page"])
        size = int(request.url.params["pageSize"])
        if number in self.hold:
            with anyio.fail_after(HOLD_LIMIT_SECONDS):
                await self.hold[number].wait()
        pending = self.statuses.get(number)
        if pending:
            status = pending.pop(0)
            return json_response(status, {"title": "Service Unavailable", "status": status})
        records = self.records
        if request.url.params.get("active") != "Any":
            records = [record for record in records if record["active"]]
        answered = number - 1 if number == self.wrong_number_page else number
        start = (number - 2) * size if number == self.repeat_page else (number - 1) * size
        end = start + size + (1 if number == self.oversize_page else 0)
        body: dict[str, Any] = {
            "page": answered,
            "pageSize": size,
            "hasMore": (number * size) < len(records),
            "totalCount": len(records)
            if request.url.params.get("includeTotal") == "true"
            else None,
            "data": records[start:end],
        }
        return json_response(200, body)


class ExportServer(TrafficCounter):
    """`GET /export/customers`: batches of `records` in modification order, tokens `t<offset>`.

    With `includeRecentChanges=true` each batch after the first starts `overlap` records before
    the token, as the platform's recent changes may repeat records between consecutive responses.
    """

    def __init__(self, records: list[dict[str, Any]], *, batch_size: int, overlap: int = 0) -> None:
        super().__init__()
        self.records = records
        self.batch_size = batch_size
        self.overlap = overlap
        self.hold_from: dict[str | None, anyio.Event] = {}
        self.stuck_token: str | None = None
        self.on_caught_up: Callable[[int], None] | None = None
        self.caught_up_answers = 0

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def tokens_requested(self) -> list[str | None]:
        return [request.url.params.get("from") for request in self.log]

    def offset_of(self, start: str | None) -> int:
        if start is None:
            return 0
        if start.startswith("t"):
            return int(start[1:])
        since = datetime.datetime.fromisoformat(start.replace("Z", "+00:00"))
        if since.tzinfo is None:
            since = since.replace(tzinfo=datetime.UTC)
        for offset, record in enumerate(self.records):
            modified = datetime.datetime.fromisoformat(record["modifiedOn"].replace("Z", "+00:00"))
            if modified >= since:
                return offset
        return len(self.records)

    async def handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.method == "GET" and request.url.path == "/crm/v2/tenant/42/export/customers"
        return await self.track(request, lambda: self._answer(request))

    async def _answer(self, request: httpx2.Request) -> httpx2.Response:
        start = request.url.params.get("from")
        if start in self.hold_from:
            with anyio.fail_after(HOLD_LIMIT_SECONDS):
                await self.hold_from[start].wait()
        if start is not None and start == self.stuck_token:
            return json_response(200, {"hasMore": True, "continueFrom": start, "data": []})
        offset = self.offset_of(start)
        first = offset
        if request.url.params.get("includeRecentChanges") == "true" and offset > 0:
            first = max(0, offset - self.overlap)
        end = min(offset + self.batch_size, len(self.records))
        has_more = end < len(self.records)
        if not has_more:
            self.caught_up_answers += 1
            if self.on_caught_up is not None:
                self.on_caught_up(self.caught_up_answers)
        body = {"hasMore": has_more, "continueFrom": f"t{end}", "data": self.records[first:end]}
        return json_response(200, body)


def with_token_endpoint(server: TrafficCounter) -> httpx2.MockTransport:
    """The server's API behind a transport that also answers the OAuth2 token request."""

    async def dispatch(request: httpx2.Request) -> httpx2.Response:
        if str(request.url) == AUTH_URL:
            body = {"access_token": "token-1", "token_type": "Bearer", "expires_in": 900}
            return json_response(200, body)
        handle: Callable[[httpx2.Request], Awaitable[httpx2.Response]] = server.handle  # type: ignore[attr-defined]
        return await handle(request)

    return httpx2.MockTransport(dispatch)
