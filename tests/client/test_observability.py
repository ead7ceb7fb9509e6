"""Logging (a debug line per attempt, info per retry, a warning on giving up), no credentials."""

from __future__ import annotations

import logging
import re
import traceback

import httpx2
import pytest

from servicetitan_crm._errors import ServiceTitanError
from servicetitan_crm._retry import RetryPolicy

from .conftest import MakeClient
from .fakes import APP_KEY, CLIENT_SECRET, TENANT, FakeServiceTitan, get, problem, token_value

PATH = f"/crm/v2/tenant/{TENANT}/customers"


def sdk_messages(caplog: pytest.LogCaptureFixture) -> list[tuple[int, str]]:
    """The SDK's records, with attempt timings (`in 1.2 ms`) written as `in N ms`."""
    return [
        (r.levelno, re.sub(r" in \d+\.\d ms", " in N ms", r.getMessage()))
        for r in caplog.records
        if r.name == "servicetitan_crm"
    ]


async def test_each_attempt_logs_one_debug_line_and_each_retry_an_info_line(
    make_client: MakeClient, server: FakeServiceTitan, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")
    server.then_api(httpx2.Response(503, headers={"Retry-After": "2"}), problem(401, "Expired"))

    async with make_client() as st:
        await get(st, "/customers", params={"page": 3, "pageSize": 50})

    assert sdk_messages(caplog) == [
        (logging.DEBUG, "POST /connect/token -> 200 (token request)"),
        (logging.DEBUG, "Fetched an access token valid for 900 s"),
        (logging.DEBUG, f"GET {PATH} -> 503 in N ms (attempt 1, waited 0.000 s)"),
        (logging.INFO, f"Retrying GET {PATH} after 503 in 2.000 s (attempt 2 of 5)"),
        (logging.DEBUG, f"GET {PATH} -> 401 in N ms (attempt 2, waited 2.000 s)"),
        (logging.DEBUG, "POST /connect/token -> 200 (token request)"),
        (logging.DEBUG, "Fetched an access token valid for 900 s"),
        (
            logging.DEBUG,
            f"GET {PATH} -> 200 in N ms "
            "(attempt 3, replayed with a new token after 401, waited 0.000 s)",
        ),
    ]


async def test_a_token_request_retry_is_logged_like_an_api_retry(
    make_client: MakeClient, server: FakeServiceTitan, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="servicetitan_crm")
    server.then_token(httpx2.Response(503, headers={"Retry-After": "1"}))

    async with make_client() as st:
        await get(st, "/customers")

    assert sdk_messages(caplog) == [
        (logging.INFO, "Retrying the token request after 503 in 1.000 s (attempt 2 of 5)"),
    ]


async def test_transport_failures_are_logged_by_name(
    make_client: MakeClient, server: FakeServiceTitan, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")
    server.then_api(httpx2.ConnectError("refused"))

    async with make_client() as st:
        await get(st)

    messages = [message for _, message in sdk_messages(caplog)]
    assert f"GET {PATH} -> ConnectError in N ms (attempt 1, waited 0.000 s)" in messages
    assert any(m.startswith(f"Retrying GET {PATH} after ConnectError in ") for m in messages)


async def test_logs_show_the_path_but_never_the_query_string(
    make_client: MakeClient, server: FakeServiceTitan, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="servicetitan_crm")
    server.then_api(httpx2.Response(503))

    async with make_client() as st:
        await get(st, "/customers", params={"name": "private-query-value"})

    assert caplog.records
    assert "private-query-value" not in caplog.text


async def test_credentials_never_reach_logs_reprs_or_errors(
    make_client: MakeClient, server: FakeServiceTitan, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    secrets = [CLIENT_SECRET, APP_KEY, token_value(1), token_value(2), token_value(3)]
    texts: list[str] = []
    # A token endpoint that echoes the form back, as a misbehaving proxy might.
    server.then_token(lambda request: httpx2.Response(400, content=request.content))
    server.then_api(
        httpx2.Response(503),
        problem(401, "Expired"),
        problem(401, "Expired again"),
        httpx2.ReadTimeout("timed out"),
    )

    async with make_client(retry=RetryPolicy(attempts=2)) as st:
        texts += [repr(st), repr(st.with_options(timeout=1.0)), repr(st._shared.config)]
        texts += [repr(st._shared.tokens), repr(st.rate_limiter)]
        for _ in range(4):
            try:
                await get(st, "/customers")
            except ServiceTitanError as exc:
                texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
                texts += [repr(vars(exc))]
            else:
                texts.append("ok")

    texts.append(caplog.text)
    # Refused token (echoing the secret), then a 503 and two 401s, then a timeout retried.
    assert texts.count("ok") == 2
    assert any("client_secret=***" in text for text in texts)  # scrubbed, not dropped
    for secret in secrets:
        for text in texts:
            assert secret not in text
