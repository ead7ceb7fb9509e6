"""The token endpoint and the checks every API call passes (token, app key, tenant)."""

from __future__ import annotations

import httpx2

from servicetitan_crm_simulator import (
    DEFAULT_APP_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    App,
    ManualClock,
    Simulator,
)

from .conftest import TENANT_PATH, fetch_token


def form(**overrides: str) -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        **overrides,
    }


async def test_client_credentials_give_a_bearer_token_with_its_lifetime(
    http: httpx2.AsyncClient,
) -> None:
    response = await http.post("/connect/token", data=form())

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert "tn.crm.customers:r" in body["scope"].split()
    assert body["access_token"]


async def test_the_token_lifetime_is_configurable(
    simulator: Simulator, http: httpx2.AsyncClient
) -> None:
    simulator.config.token_lifetime_seconds = 60

    response = await http.post("/connect/token", data=form())

    assert response.json()["expires_in"] == 60


async def test_a_wrong_secret_is_an_invalid_client(http: httpx2.AsyncClient) -> None:
    response = await http.post("/connect/token", data=form(client_secret="nope"))

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_client"


async def test_an_unknown_client_is_an_invalid_client(http: httpx2.AsyncClient) -> None:
    response = await http.post("/connect/token", data=form(client_id="someone"))

    assert response.json()["error"] == "invalid_client"


async def test_only_the_client_credentials_grant_is_supported(http: httpx2.AsyncClient) -> None:
    response = await http.post("/connect/token", data=form(grant_type="password"))

    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


async def test_a_json_token_request_is_invalid(http: httpx2.AsyncClient) -> None:
    response = await http.post("/connect/token", json=form())

    assert response.json()["error"] == "invalid_request"


async def test_registered_credentials_are_configurable(
    simulator: Simulator, http: httpx2.AsyncClient
) -> None:
    simulator.config.apps = [App("mine", "secret", "ak1.mine")]

    accepted = await http.post(
        "/connect/token", data=form(client_id="mine", client_secret="secret")
    )
    refused = await http.post("/connect/token", data=form())

    assert accepted.status_code == 200
    assert refused.json()["error"] == "invalid_client"


async def test_token_requests_are_counted(simulator: Simulator, http: httpx2.AsyncClient) -> None:
    await fetch_token(http)
    await http.post("/connect/token", data=form(client_secret="nope"))

    assert simulator.stats.token_requests == 2
    assert simulator.stats.tokens_issued == 1


async def call(
    http: httpx2.AsyncClient, headers: dict[str, str], tenant_path: str = TENANT_PATH
) -> httpx2.Response:
    return await http.get(f"{tenant_path}/customers", headers=headers)


async def test_an_api_call_with_token_and_app_key_succeeds(http: httpx2.AsyncClient) -> None:
    token = await fetch_token(http)

    response = await call(http, {"Authorization": f"Bearer {token}", "ST-App-Key": DEFAULT_APP_KEY})

    assert response.status_code == 200


async def test_no_token_is_401_with_a_problem_body(http: httpx2.AsyncClient) -> None:
    response = await call(http, {"ST-App-Key": DEFAULT_APP_KEY})

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["status"] == 401


async def test_an_unknown_token_is_401(http: httpx2.AsyncClient) -> None:
    response = await call(http, {"Authorization": "Bearer forged", "ST-App-Key": DEFAULT_APP_KEY})

    assert response.status_code == 401


async def test_a_token_stops_working_when_its_lifetime_is_over(
    http: httpx2.AsyncClient, clock: ManualClock
) -> None:
    headers = {"Authorization": f"Bearer {await fetch_token(http)}", "ST-App-Key": DEFAULT_APP_KEY}
    clock.advance(899)
    assert (await call(http, headers)).status_code == 200

    clock.advance(1)

    assert (await call(http, headers)).status_code == 401


async def test_expire_tokens_invalidates_every_issued_token(
    simulator: Simulator, http: httpx2.AsyncClient
) -> None:
    headers = {"Authorization": f"Bearer {await fetch_token(http)}", "ST-App-Key": DEFAULT_APP_KEY}

    simulator.expire_tokens()

    assert (await call(http, headers)).status_code == 401
    fresh = {"Authorization": f"Bearer {await fetch_token(http)}", "ST-App-Key": DEFAULT_APP_KEY}
    assert (await call(http, fresh)).status_code == 200


async def test_a_missing_app_key_is_401_and_a_wrong_one_403(http: httpx2.AsyncClient) -> None:
    bearer = {"Authorization": f"Bearer {await fetch_token(http)}"}

    missing = await call(http, bearer)
    wrong = await call(http, {**bearer, "ST-App-Key": "not-registered"})

    assert missing.status_code == 401
    assert "ST-App-Key" in missing.json()["title"]
    assert wrong.status_code == 403


async def test_an_unknown_tenant_is_404(http: httpx2.AsyncClient) -> None:
    headers = {"Authorization": f"Bearer {await fetch_token(http)}", "ST-App-Key": DEFAULT_APP_KEY}

    response = await call(http, headers, "/crm/v2/tenant/999")

    assert response.status_code == 404
    assert "999" in response.json()["title"]
