"""What the schemathesis run taught the simulator (openapi/DECISIONS.md, "Conformance")."""

from __future__ import annotations

import httpx2
import pytest

from .test_crud import ADDRESS, ok


async def test_an_undeclared_method_is_405_with_an_allow_header(api: httpx2.AsyncClient) -> None:
    response = await api.request("TRACE", "/tags")

    assert response.status_code == 405
    assert response.headers["allow"] == "PUT, DELETE"


async def test_a_fixed_path_is_not_taken_for_an_id(api: httpx2.AsyncClient) -> None:
    form = await api.patch("/leads/form", json={})
    preferences = await api.put("/contacts/preferences", json={})

    assert (form.status_code, form.headers["allow"]) == (405, "POST")
    assert (preferences.status_code, preferences.headers["allow"]) == (405, "GET")


async def test_errors_are_problem_json(api: httpx2.AsyncClient) -> None:
    response = await api.get("/customers/1")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json; charset=utf-8"


async def test_an_early_year_is_written_with_four_digits(api: httpx2.AsyncClient) -> None:
    lead = (await ok(await api.get("/leads", params={"pageSize": 1})))["data"][0]

    follow_up = await ok(
        await api.post(f"/leads/{lead['id']}/follow-up", json={"followUpDate": "0075-07-28T03:00Z"})
    )

    assert follow_up["followUpDate"] == "0075-07-28T03:00:00.0000000Z"


@pytest.mark.parametrize(
    "params",
    [{"customerId": str(2**63)}, {"customerId": str(-(2**63) - 1)}],
)
async def test_a_query_integer_beyond_int64_is_400(
    api: httpx2.AsyncClient, params: dict[str, str]
) -> None:
    response = await api.get("/locations", params=params)

    assert response.status_code == 400
    assert "customerId" in response.json()["errors"]


async def test_a_body_integer_beyond_int64_is_400(api: httpx2.AsyncClient) -> None:
    response = await api.post(
        "/customers",
        json={
            "name": "Big",
            "address": ADDRESS,
            "locations": [{"name": "Home", "address": ADDRESS}],
            "paymentTermId": 2**63,
        },
    )

    assert response.status_code == 400
    assert "paymentTermId" in response.json()["errors"]


async def test_a_patch_may_not_send_null_where_the_document_forbids_it(
    api: httpx2.AsyncClient,
) -> None:
    refused = await api.patch("/customers/1000000001", json={"tagTypeIds": None})
    allowed = await api.patch(
        "/contacts/" + (await ok(await api.post("/contacts", json={"name": "N"})))["id"],
        json={"isArchived": False, "title": None},
    )

    assert refused.status_code == 400
    assert "tagTypeIds" in refused.json()["errors"]
    assert allowed.status_code == 200


async def test_a_body_naming_a_missing_record_is_404(api: httpx2.AsyncClient) -> None:
    response = await api.post(
        "/locations", json={"customerId": 1, "name": "Nowhere", "address": ADDRESS}
    )

    assert response.status_code == 404
    assert "customerId" in response.json()["errors"]


async def test_an_empty_body_is_still_refused(api: httpx2.AsyncClient) -> None:
    # The document requires every body, as ASP.NET Core does.
    response = await api.post("/customers/1000000001/notes")

    assert response.status_code == 400
    assert response.json()["title"] == "A non-empty request body is required."


async def test_empty_strings_are_accepted_where_the_document_allows_them(
    api: httpx2.AsyncClient,
) -> None:
    note = await ok(await api.post("/customers/1000000001/notes", json={"text": ""}))

    assert note["text"] == ""
