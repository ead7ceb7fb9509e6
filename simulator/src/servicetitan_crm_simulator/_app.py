"""The simulator: an ASGI application serving the token endpoint and the CRM v2 API.

One app serves both hosts' paths: `POST /connect/token` and `/crm/v2/tenant/{tenant}/...`,
so the SDK is pointed at `<base>/crm/v2` (api_url) and `<base>/connect/token` (auth_url).
`GET /_simulator/stats` and `POST /_simulator/expire-tokens` let a process that runs the
simulator elsewhere observe and steer it.
"""

from __future__ import annotations

import collections
import dataclasses
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import httpx2

from servicetitan_crm._client import ServiceTitanClient
from servicetitan_crm_simulator import (
    _bookings,
    _contact_methods,
    _contact_preferences,
    _contacts,
    _customers,
    _feeds,
    _leads,
    _locations,
    _relationships,
    _tags,
    _technicians,
)
from servicetitan_crm_simulator._auth import Tokens
from servicetitan_crm_simulator._config import App, SimulatorConfig
from servicetitan_crm_simulator._conform import Conformer
from servicetitan_crm_simulator._faults import Faults
from servicetitan_crm_simulator._feeds import FEEDS
from servicetitan_crm_simulator._http import NO_BODY, Problem, Request, Response
from servicetitan_crm_simulator._parameters import check_parameters
from servicetitan_crm_simulator._routes import RouteTable
from servicetitan_crm_simulator._routing import Context, Handler, Route
from servicetitan_crm_simulator._store import Store
from servicetitan_crm_simulator._time import ticks_from_datetime

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

API_PREFIX = "/crm/v2"
TOKEN_PATH = "/connect/token"
# Base URL for in-process use through httpx2.ASGITransport (never resolved).
IN_PROCESS_BASE_URL = "http://servicetitan-simulator.test"
# Set by `serve` so a dropped connection is a real socket close, not an exception.
SERVED_SCOPE_KEY = "servicetitan_crm.simulator.served"
_TENANT_PATH = re.compile(r"/crm/v2/tenant/(?P<tenant>[^/]+)(?P<rest>/.*)?")
# What a dropped response promises but never delivers, so the client sees a cut connection.
_DROPPED_CONTENT_LENGTH = b"1024"

# The hand-written handlers, by operation; `RouteTable` routes the document's operations to them
# (and the others to generic handlers).
ROUTES: list[Route] = [
    *_customers.ROUTES,
    *_tags.ROUTES,
    *_technicians.ROUTES,
    *_locations.ROUTES,
    *_leads.ROUTES,
    *_bookings.ROUTES,
    *_feeds.ROUTES,
    *_contact_preferences.ROUTES,
    *_contact_methods.ROUTES,
    *_relationships.ROUTES,
    *_contacts.ROUTES,
]
HANDLERS: dict[str, Handler] = {api_route.operation: api_route.handler for api_route in ROUTES}


@dataclasses.dataclass(frozen=True)
class SimulatorUrls:
    """Where the SDK should point: `api_url` and `auth_url` (and the base they share)."""

    base_url: str
    api_url: str
    auth_url: str

    @classmethod
    def at(cls, base_url: str) -> SimulatorUrls:
        base = base_url.rstrip("/")
        return cls(base, base + API_PREFIX, base + TOKEN_PATH)


@dataclasses.dataclass
class SimulatorStats:
    """Counters of what the simulator saw; read them to assert on a client's behaviour."""

    token_requests: int = 0
    tokens_issued: int = 0
    api_requests: int = 0
    rate_limited: int = 0
    faults_injected: int = 0
    operations: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)

    def as_json(self) -> dict[str, Any]:
        """camelCase, like the API it sits beside."""
        return {
            "tokenRequests": self.token_requests,
            "tokensIssued": self.tokens_issued,
            "apiRequests": self.api_requests,
            "rateLimited": self.rate_limited,
            "faultsInjected": self.faults_injected,
            "operations": dict(self.operations),
        }


class Simulator:
    """In-memory ServiceTitan CRM v2 tenants behind an ASGI app.

    Use it in-process with `httpx2.ASGITransport(app=simulator)` (see `transport()`), or on a
    loopback port with `serve(simulator)`. `config` and `faults` may be changed at any time.

        simulator = Simulator(SimulatorConfig(customers=1000))
        async with httpx2.AsyncClient(transport=simulator.transport(),
                                     base_url=simulator.urls().base_url) as http:
            ...
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config if config is not None else SimulatorConfig()
        self.faults = Faults()
        self.stats = SimulatorStats()
        self._tokens = Tokens()
        self._stores: dict[int, Store] = {}
        self._conformer = Conformer(self.config.document, lenient=self.config.wild_data)
        self._routes = RouteTable.of(self.config.document, HANDLERS)

    def routes(self) -> RouteTable:
        """The routes of `config.document` (rebuilt when the config names another)."""
        if self._routes.document is not self.config.document:
            self._routes = RouteTable.of(self.config.document, HANDLERS)
        return self._routes

    def conformer(self) -> Conformer:
        """What completes answers from `config.document` (rebuilt when the config names another
        document or switches wild data, whose unknown fields and values it then keeps)."""
        conformer = self._conformer
        if (
            conformer.document is not self.config.document
            or conformer.lenient != self.config.wild_data
        ):
            self._conformer = Conformer(self.config.document, lenient=self.config.wild_data)
        return self._conformer

    def urls(self, base_url: str = IN_PROCESS_BASE_URL) -> SimulatorUrls:
        return SimulatorUrls.at(base_url)

    def transport(self) -> httpx2.ASGITransport:
        """An httpx transport that calls this app in-process."""
        return httpx2.ASGITransport(app=self)

    def sdk_client(
        self, tenant: int | None = None, *, app: App | None = None, **settings: Any
    ) -> ServiceTitanClient:
        """A `ServiceTitanClient` wired to this simulator in-process.

        It acts on `tenant` (default: the lowest served tenant) as `app` (default: the first
        registered app allowed there), through `transport()`. `settings` override or add any
        `ServiceTitanClient` argument (`rate_limiter=None`, `retry=...`).
        """
        tenant = self._served(tenant)
        if app is None:
            app = self.app_for(tenant)
        urls = self.urls()
        defaults: dict[str, Any] = {
            "tenant": tenant,
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "app_key": app.app_key,
            "api_url": urls.api_url,
            "auth_url": urls.auth_url,
            "transport": self.transport(),
        }
        return ServiceTitanClient(**{**defaults, **settings})

    def app_for(self, tenant: int) -> App:
        """The first registered app allowed on `tenant`."""
        for app in self.config.apps:
            if app.allows(tenant):
                return app
        raise ValueError(f"No registered app is allowed on tenant {tenant}.")

    def store(self, tenant: int | None = None) -> Store:
        """The state of `tenant` (default: the lowest served tenant)."""
        tenant = self._served(tenant)
        store = self._stores.get(tenant)
        if store is None:
            store = self._stores[tenant] = Store(self.config.data_of(tenant))
        return store

    def feed_contents(self, tenant: int | None = None) -> dict[str, dict[int, dict[str, Any]]]:
        """Everything the export feeds of `tenant` hold, to compare a synced copy against.

        By feed name (`customers`, `customers-contacts`, `locations`, `locations-contacts`,
        `leads`, `bookings`), every record id with the record at its latest version, as the
        feed writes it (deleted records included, `active` false). Records changed within
        `export_recent_delay_seconds` of the simulated now are included although a feed read
        without `includeRecentChanges` does not reach them yet.
        """
        store = self.store(tenant)
        return {feed.name: feed.contents(store, self.conformer()) for feed in FEEDS}

    def _served(self, tenant: int | None) -> int:
        if tenant is None:
            return min(self.config.tenants)
        if tenant not in self.config.tenants:
            raise ValueError(
                f"Tenant {tenant} is not served (tenants: {sorted(self.config.tenants)})."
            )
        return tenant

    def expire_tokens(self) -> None:
        """Every access token issued so far stops working now."""
        self._tokens.expire_all()

    def now(self) -> int:
        return ticks_from_datetime(self.config.clock())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = await _read_request(scope, receive)
        if self.config.latency_seconds > 0:
            await anyio.sleep(self.config.latency_seconds)
        response = self._answer_or_fault(request)
        if response is None:
            await _drop(scope, send)
            return
        await _write(send, response)

    def _answer_or_fault(self, request: Request) -> Response | None:
        if request.path.rstrip("/") == TOKEN_PATH:
            self.stats.token_requests += 1
        faulted, status = self.faults.take(request.method, request.path, _tenant_in(request.path))
        if faulted:
            self.stats.faults_injected += 1
            if status is None:
                return None
            return Problem(status, f"Simulated failure: status {status}.").response()
        try:
            answer = self._answer(request)
        except Problem as problem:
            return problem.response()
        return self.faults.corrupted(request.method, request.path, _tenant_in(request.path), answer)

    def _answer(self, request: Request) -> Response:
        if request.path.rstrip("/") == TOKEN_PATH:
            response = self._tokens.token_endpoint(request, self.config, self.now())
            self.stats.tokens_issued = self._tokens.issued
            return response
        if request.path.startswith("/_simulator/"):
            return self._admin(request)
        found = _TENANT_PATH.fullmatch(request.path)
        if found is None:
            raise Problem(404, f"No API at {request.path}.")
        self.stats.api_requests += 1
        tenant_text, rest = found.group("tenant"), found.group("rest") or "/"
        if not tenant_text.isdigit():
            raise Problem(404, f"Tenant '{tenant_text}' was not found.")
        request = dataclasses.replace(request, tenant=int(tenant_text))
        matched, allowed = self.routes().match(request.method, rest)
        now = self.now()
        self._tokens.check(request, self.config, now)
        retry_after = self.faults.retry_after(
            request.tenant, self.config.rate_limit_per_second, time.monotonic()
        )
        if retry_after is not None:
            self.stats.rate_limited += 1
            raise Problem(
                429,
                f"Rate limit is exceeded. Try again in {retry_after} seconds.",
                headers={"retry-after": str(retry_after)},
            )
        if matched is None:
            if allowed:
                raise Problem(
                    405,
                    f"{request.method} is not allowed here; use {', '.join(allowed)}.",
                    headers={"allow": ", ".join(allowed)},
                )
            raise Problem(404, f"No operation at {rest}.")
        api_route, params = matched
        self.stats.operations[api_route.operation] += 1
        document = self.config.document
        operation = self.conformer().operation(api_route.operation)
        request = dataclasses.replace(request, params=params)
        if operation is not None:
            check_parameters(document, operation, request)
        context = Context(
            request,
            self.store(request.tenant),
            self.config,
            now,
            operation,
        )
        response = api_route.handler(context)
        if response.body is not NO_BODY:
            documented = None if operation is None else operation.response
            response.body = self.conformer().complete(response.body, documented)
        return response

    def _admin(self, request: Request) -> Response:
        if request.path == "/_simulator/stats" and request.method == "GET":
            body = self.stats.as_json()
            body["heldRecords"] = sum(store.held_records for store in self._stores.values())
            return Response(200, body)
        if request.path == "/_simulator/expire-tokens" and request.method == "POST":
            self.expire_tokens()
            return Response(200)
        raise Problem(404, f"No simulator control at {request.method} {request.path}.")


def _tenant_in(path: str) -> int | None:
    """The tenant an API path names; None for other paths and for a tenant that is no number."""
    found = _TENANT_PATH.fullmatch(path)
    tenant = None if found is None else found.group("tenant")
    return int(tenant) if tenant is not None and tenant.isdigit() else None


async def _read_request(scope: Scope, receive: Receive) -> Request:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    query: dict[str, list[str]] = {}
    raw_query = scope.get("query_string", b"").decode("latin-1")
    for name, value in urllib.parse.parse_qsl(raw_query, keep_blank_values=True):
        query.setdefault(name.lower(), []).append(value)
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return Request(scope["method"].upper(), scope["path"], query, headers, b"".join(chunks))


async def _write(send: Send, response: Response) -> None:
    body = response.encode()
    headers = [(name.lower().encode(), value.encode()) for name, value in response.headers.items()]
    headers.append((b"content-length", str(len(body)).encode()))
    if body:
        headers.append((b"content-type", response.content_type.encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _drop(scope: Scope, send: Send) -> None:
    """Cut the connection: headers promise a body that never comes.

    On a port the server then closes the socket; in-process there is no socket, so the
    transport error httpx would raise is raised here and reaches the caller.
    """
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-length", _DROPPED_CONTENT_LENGTH)],
        }
    )
    if not scope.get(SERVED_SCOPE_KEY):
        raise httpx2.RemoteProtocolError("The simulator dropped the connection (injected fault).")


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
