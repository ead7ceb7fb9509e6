"""Typed errors: one class per status family, RFC 7807 bodies read, readable without them."""

from __future__ import annotations

import httpx2
import pytest

from servicetitan_crm._errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseDecodeError,
    ServerError,
    ServiceTitanError,
    TransportError,
    raise_for_status,
)
from servicetitan_crm._retry import RetryPolicy

from .conftest import MakeClient
from .fakes import API_URL, TENANT, FakeServiceTitan, get, problem

PATH = f"/crm/v2/tenant/{TENANT}/customers/9"


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (529, ServerError),
        (422, ApiError),
        (418, ApiError),
        (499, ApiError),
        (302, ApiError),
    ],
)
async def test_each_status_raises_its_error_class(
    make_client: MakeClient, server: FakeServiceTitan, status: int, error_type: type[ApiError]
) -> None:
    server.then_api(*(httpx2.Response(status) for _ in range(2)))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(ApiError) as caught:
            await get(st, "/customers/9")

    assert type(caught.value) is error_type
    assert isinstance(caught.value, ServiceTitanError)
    assert caught.value.status_code == status
    assert caught.value.method == "GET"
    assert caught.value.url == f"{API_URL}/tenant/{TENANT}/customers/9"


async def test_an_rfc7807_body_is_parsed_and_named_in_the_message(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(
        problem(404, "Customer not found", traceId="00-abc-01", data={"id": 9}, extra="kept")
    )

    async with make_client() as st:
        with pytest.raises(NotFoundError) as caught:
            await get(st, "/customers/9", params={"include": "x"})

    error = caught.value
    assert str(error) == f"404 Not Found for GET {PATH}: Customer not found (traceId=00-abc-01)"
    assert error.problem.title == "Customer not found"
    assert error.problem.status == 404
    assert error.problem.type == "https://tools.ietf.org/html/rfc7231"
    assert error.problem.trace_id == "00-abc-01"
    assert error.problem.data == {"id": 9}
    assert error.problem.raw is not None and error.problem.raw["extra"] == "kept"
    assert b'"extra": "kept"' in error.content
    assert error.url.endswith("/customers/9")  # no query string


async def test_validation_errors_are_listed_by_field(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(
        problem(
            400,
            "One or more validation errors occurred.",
            errors={"name": ["The Name field is required."], "type": ["Unknown value."]},
        )
    )

    async with make_client() as st:
        with pytest.raises(BadRequestError) as caught:
            await st.get_async_httpx_client().post("/customers", json={})

    assert caught.value.problem.errors == {
        "name": ["The Name field is required."],
        "type": ["Unknown value."],
    }
    assert str(caught.value).endswith(
        "One or more validation errors occurred. "
        "[name: The Name field is required.; type: Unknown value.]"
    )


async def test_a_non_json_body_still_gives_status_and_text(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    page = "<html><body>" + "Bad gateway. " * 40 + "</body></html>"
    server.then_api(httpx2.Response(502, text=page, headers={"Content-Type": "text/html"}))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(ServerError) as caught:
            await get(st, "/customers/9")

    message = str(caught.value)
    assert message.startswith(f"502 Bad Gateway for GET {PATH}: '<html><body>Bad gateway.")
    assert message.endswith("...'")
    assert len(message) < 300
    assert caught.value.problem.raw is None
    assert caught.value.content == page.encode()


async def test_an_unknown_status_without_a_body_is_named_plainly(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(httpx2.Response(520))

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(ServerError) as caught:
            await get(st, "/customers/9")

    assert str(caught.value) == f"520 Server Error for GET {PATH}"


async def test_a_rate_limit_error_carries_the_requested_wait(
    make_client: MakeClient, server: FakeServiceTitan
) -> None:
    server.then_api(
        httpx2.Response(
            429,
            headers={"Retry-After": "12"},
            json={"title": "Rate limit is exceeded. Try again in 12 seconds.", "status": 429},
        )
    )

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(RateLimitError) as caught:
            await get(st)

    assert caught.value.retry_after == 12.0
    assert caught.value.headers["Retry-After"] == "12"


@pytest.mark.parametrize(
    ("failure", "error_type", "name"),
    [
        (httpx2.ConnectError("[Errno 111] Connection refused"), TransportError, "ConnectError"),
        (httpx2.ReadTimeout("timed out"), RequestTimeoutError, "ReadTimeout"),
        (httpx2.PoolTimeout("no connection"), RequestTimeoutError, "PoolTimeout"),
        (httpx2.RemoteProtocolError("peer closed"), TransportError, "RemoteProtocolError"),
    ],
)
async def test_transport_failures_are_wrapped_with_their_cause(
    make_client: MakeClient,
    server: FakeServiceTitan,
    failure: httpx2.TransportError,
    error_type: type[TransportError],
    name: str,
) -> None:
    server.then_api(failure)

    async with make_client(retry=RetryPolicy(attempts=1)) as st:
        with pytest.raises(TransportError) as caught:
            await st.get_async_httpx_client().post("/customers", json={})

    assert type(caught.value) is error_type
    assert caught.value.__cause__ is failure
    assert str(caught.value) == f"{name} for POST /crm/v2/tenant/{TENANT}/customers: {failure}"


def answered(status: int, content: bytes, method: str = "GET") -> httpx2.Response:
    request = httpx2.Request(method, f"{API_URL}/tenant/{TENANT}/customers/9?page=1")
    return httpx2.Response(status, content=content, request=request)


def test_raise_for_status_raises_typed_errors_for_any_http_client() -> None:
    raise_for_status(answered(200, b"{}"))
    raise_for_status(answered(204, b""))

    with pytest.raises(ConflictError, match=f"409 Conflict for GET {PATH}: Duplicate"):
        raise_for_status(answered(409, b'{"title": "Duplicate"}'))
    with pytest.raises(RateLimitError) as caught:
        raise_for_status(
            httpx2.Response(
                429,
                headers={"Retry-After": "3"},
                request=httpx2.Request("GET", f"{API_URL}/x"),
            )
        )
    assert caught.value.retry_after == 3.0


def test_odd_problem_bodies_are_tolerated() -> None:
    for content in (b"[1, 2]", b'"text"', b'{"title": 5, "status": "x", "errors": []}', b"\xff"):
        with pytest.raises(ServerError) as caught:
            raise_for_status(answered(500, content))
        assert str(caught.value).startswith(f"500 Internal Server Error for GET {PATH}")


def test_a_response_decode_error_names_the_operation_and_cause() -> None:
    response = answered(200, b'{"id": "not-a-number"}')
    cause = ValueError("invalid literal for int()")

    error = ResponseDecodeError("GET /customers/{id}", response, cause)

    assert isinstance(error, ServiceTitanError)
    assert str(error) == (
        "Could not decode the 200 response of GET /customers/{id}: "
        'ValueError: invalid literal for int(); body starts \'{"id": "not-a-number"}\''
    )
    assert error.status_code == 200 and error.content == b'{"id": "not-a-number"}'
    assert "no documented body" in str(ResponseDecodeError("GET /x", answered(204, b""), None))


def test_public_exceptions_read_as_the_package() -> None:
    for error_type in (ApiError, NotFoundError, ServerError, TransportError, RequestTimeoutError):
        assert error_type.__module__ == "servicetitan_crm"
