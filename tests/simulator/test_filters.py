"""Filters the document names narrow the simulator's lists as the API's do.

Each filter is checked both ways: the records it returns all satisfy it, and it leaves out
records the unfiltered list has (so a filter that is checked and then ignored fails).
"""

from __future__ import annotations

from typing import Any

import httpx2

EVERYTHING = {"pageSize": 5000, "active": "Any"}


async def records(api: httpx2.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    response = await api.get(path, params={**EVERYTHING, **params})
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


def spaced(number: str) -> str:
    """A phone number as a person types it: `(512) 555-0100`."""
    return f"({number[:3]}) {number[3:6]}-{number[6:]}"


async def phones_of(api: httpx2.AsyncClient, customer_id: int) -> list[str]:
    contacts = (await api.get(f"/customers/{customer_id}/contacts")).json()["data"]
    return [contact["value"] for contact in contacts if contact["type"] != "Email"]


async def test_phone_finds_the_customers_with_a_contact_at_that_number(
    api: httpx2.AsyncClient,
) -> None:
    everyone = await records(api, "/customers")
    phone = next(iter(await phones_of(api, everyone[3]["id"])))

    found = await records(api, "/customers", phone=spaced(phone))

    assert everyone[3]["id"] in [customer["id"] for customer in found]
    assert len(found) < len(everyone)
    for customer in found:
        assert phone in await phones_of(api, customer["id"])


async def test_latitude_and_longitude_find_the_records_at_that_coordinate(
    api: httpx2.AsyncClient,
) -> None:
    for path in ("/customers", "/locations"):
        everyone = await records(api, path)
        address = everyone[2]["address"]

        by_latitude = await records(api, path, latitude=address["latitude"])
        by_both = await records(
            api, path, latitude=address["latitude"], longitude=address["longitude"]
        )

        assert everyone[2] in by_latitude
        assert 0 < len(by_both) <= len(by_latitude) < len(everyone)
        assert {record["address"]["latitude"] for record in by_latitude} == {address["latitude"]}
        assert {record["address"]["longitude"] for record in by_both} == {address["longitude"]}


async def test_lead_name_and_phone_find_the_leads_that_carry_them(api: httpx2.AsyncClient) -> None:
    everyone = await records(api, "/leads")
    lead = everyone[4]
    last_name = lead["leadCustomerName"].split()[-1]

    by_name = await records(api, "/leads", leadCustomerName=last_name.upper())
    by_phone = await records(api, "/leads", leadPhone=spaced(lead["leadPhone"]))

    assert lead in by_name
    assert len(by_name) < len(everyone)
    assert all(last_name.lower() in found["leadCustomerName"].lower() for found in by_name)
    assert [found["id"] for found in by_phone] == [lead["id"]]


async def test_is_capture_source_form_separates_the_leads_from_the_form(
    api: httpx2.AsyncClient,
) -> None:
    submitted = await api.post("/leads/form", json={"name": "Web Visitor", "phoneNumber": "1"})
    lead_id = submitted.json()["leadId"]

    from_form = await records(api, "/leads", isCaptureSourceForm="true")
    others = await records(api, "/leads", isCaptureSourceForm="false")

    assert [lead["id"] for lead in from_form] == [lead_id]
    assert lead_id not in [lead["id"] for lead in others]
    assert len(others) == len(await records(api, "/leads")) - 1


async def test_is_prospect_separates_customers_without_a_job_from_those_with_one(
    api: httpx2.AsyncClient,
) -> None:
    everyone = await records(api, "/leads")
    with_jobs = {
        lead["customerId"]
        for lead in everyone
        if lead["status"] == "Converted" and lead["customerId"] is not None
    }

    prospects = await records(api, "/leads", isProspect="true")
    customers = await records(api, "/leads", isProspect="false")

    assert prospects
    assert customers
    assert all(lead["customerId"] not in with_jobs for lead in prospects)
    assert all(lead["customerId"] in with_jobs for lead in customers)
    assert all(lead["customerId"] is not None for lead in prospects + customers)


async def test_gen_perm_url_answers_a_permanent_url_for_each_lead(api: httpx2.AsyncClient) -> None:
    plain = await records(api, "/leads")
    linked = await records(api, "/leads", genPermUrl="true")

    assert all(lead["leadUrl"] is None for lead in plain)
    assert [lead["id"] for lead in linked] == [lead["id"] for lead in plain]
    assert all(
        lead["leadUrl"].startswith("https://") and lead["leadUrl"].endswith(f"/{lead['id']}")
        for lead in linked
    )
