"""Create, read, update and delete round trips for each entity family, and their errors."""

from __future__ import annotations

from typing import Any

import httpx2

from servicetitan_crm.generated.document import DOCUMENT

ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}
PROVIDER = 8_000_000_001
BOOKINGS = f"/booking-provider/{PROVIDER}/bookings"


async def ok(response: httpx2.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json() if response.content else None


async def new_customer(api: httpx2.AsyncClient) -> dict[str, Any]:
    created: dict[str, Any] = await ok(
        await api.post(
            "/customers",
            json={
                "name": "Ada Lovelace",
                "address": ADDRESS,
                "contacts": [{"type": "Email", "value": "ada@example.com"}],
                "locations": [
                    {
                        "name": "Home",
                        "address": ADDRESS,
                        "contacts": [{"type": "Phone", "value": "5125550100", "memo": "gate"}],
                    }
                ],
            },
        )
    )
    return created


# --- customers ---------------------------------------------------------------------------
async def test_a_created_customer_comes_back_with_its_locations_and_contacts(
    api: httpx2.AsyncClient,
) -> None:
    created = await new_customer(api)

    fetched = await ok(await api.get(f"/customers/{created['id']}"))
    locations = await ok(await api.get("/locations", params={"customerId": created["id"]}))
    contacts = await ok(await api.get(f"/customers/{created['id']}/contacts"))

    assert fetched["name"] == "Ada Lovelace"
    assert fetched["type"] == "Residential"
    assert fetched["createdOn"] == created["createdOn"] == "2025-06-01T12:00:00.0000000Z"
    assert [item["id"] for item in locations["data"]] == [created["locations"][0]["id"]]
    assert created["locations"][0]["contacts"][0]["memo"] == "gate"
    assert [item["value"] for item in contacts["data"]] == ["ada@example.com"]


async def test_creating_a_customer_names_every_missing_field(api: httpx2.AsyncClient) -> None:
    response = await api.post("/customers", json={"address": {"street": "x"}})

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"name", "locations", "address.city"} <= set(errors)


async def test_a_body_that_is_not_json_is_400(api: httpx2.AsyncClient) -> None:
    response = await api.post(
        "/customers", content=b"{nope", headers={"content-type": "application/json"}
    )

    assert response.status_code == 400


async def test_updating_a_customer_changes_only_the_given_fields(api: httpx2.AsyncClient) -> None:
    before = await ok(await api.get("/customers/1000000001"))
    # UpdateCustomerAddress requires every field, none of them null: replaced whole.
    address = {**before["address"], "city": "Waco", "unit": before["address"]["unit"] or ""}

    after = await ok(
        await api.patch("/customers/1000000001", json={"name": "Renamed", "address": address})
    )

    assert after["name"] == "Renamed"
    assert after["address"] == address
    assert after["type"] == before["type"]
    assert after["modifiedOn"] == "2025-06-01T12:00:00.0000000Z"
    assert (await ok(await api.get("/customers/1000000001")))["name"] == "Renamed"


async def test_deactivating_a_customer_hides_it_from_the_default_list(
    api: httpx2.AsyncClient,
) -> None:
    await ok(await api.patch("/customers/1000000001", json={"active": False}))

    default = await ok(await api.get("/customers", params={"ids": "1000000001"}))
    inactive = await ok(
        await api.get("/customers", params={"ids": "1000000001", "active": "False"})
    )

    assert default["data"] == []
    assert [item["id"] for item in inactive["data"]] == [1000000001]


async def test_an_unknown_id_is_404(api: httpx2.AsyncClient) -> None:
    for path in (
        "/customers/42",
        "/locations/42",
        "/leads/42",
        "/bookings/42",
        "/booking-provider-tags/42",
    ):
        response = await api.get(path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404


async def test_a_non_numeric_id_is_400_naming_it(api: httpx2.AsyncClient) -> None:
    response = await api.get("/customers/abc")

    assert response.status_code == 400
    assert "id" in response.json()["errors"]


async def test_customer_contacts_round_trip(api: httpx2.AsyncClient) -> None:
    path = "/customers/1000000002/contacts"
    created = await ok(await api.post(path, json={"type": "MobilePhone", "value": "5125550199"}))

    updated = await ok(await api.patch(f"{path}/{created['id']}", json={"memo": "after 5pm"}))
    listed = await ok(await api.get(path))
    await ok(await api.delete(f"{path}/{created['id']}"))
    after_delete = await ok(await api.get(path))

    assert updated["memo"] == "after 5pm"
    assert updated["phoneSettings"]["phoneNumber"] == "5125550199"
    assert created["id"] in [item["id"] for item in listed["data"]]
    assert created["id"] not in [item["id"] for item in after_delete["data"]]
    missing = await api.patch(f"{path}/{created['id']}", json={"memo": "x"})
    assert missing.status_code == 404


async def test_a_contact_of_another_customer_is_404(api: httpx2.AsyncClient) -> None:
    response = await api.patch("/customers/1000000002/contacts/3000000001", json={"memo": "x"})

    assert response.status_code == 404


async def test_a_contact_type_outside_the_enum_is_400(api: httpx2.AsyncClient) -> None:
    response = await api.post(
        "/customers/1000000002/contacts", json={"type": "Pager", "value": "1"}
    )

    assert "type" in response.json()["errors"]


async def test_modified_contacts_list_names_each_contacts_customer(api: httpx2.AsyncClient) -> None:
    body = await ok(await api.get("/customers/contacts", params={"customerIds": "1000000003"}))

    assert body["data"]
    assert {item["customerId"] for item in body["data"]} == {1000000003}


async def test_customer_notes_round_trip(api: httpx2.AsyncClient) -> None:
    note = await ok(
        await api.post(
            "/customers/1000000001/notes", json={"text": "Prefers mornings", "pinToTop": True}
        )
    )
    listed = await ok(await api.get("/customers/1000000001/notes"))
    await ok(await api.delete(f"/customers/1000000001/notes/{note['id']}"))

    assert note["isPinned"] is True
    assert [item["text"] for item in listed["data"]] == ["Prefers mornings"]
    assert (await ok(await api.get("/customers/1000000001/notes")))["data"] == []


async def test_a_customer_note_can_be_copied_to_its_locations(api: httpx2.AsyncClient) -> None:
    await ok(
        await api.post("/customers/1000000001/notes", json={"text": "Dog", "addToLocations": True})
    )

    notes = await ok(await api.get("/locations/2000000001/notes"))

    assert [item["text"] for item in notes["data"]] == ["Dog"]


async def free_tag(api: httpx2.AsyncClient, path: str) -> int:
    """A tag type the record at `path` does not carry yet."""
    carried = set((await ok(await api.get(path)))["tagTypeIds"])
    return min(set(range(101, 111)) - carried)


async def test_tagging_twice_is_a_conflict_and_untagging_removes_it(
    api: httpx2.AsyncClient,
) -> None:
    tag = await free_tag(api, "/customers/1000000001")

    tagged = await ok(await api.post(f"/customers/1000000001/tags/{tag}"))
    again = await api.post(f"/customers/1000000001/tags/{tag}")
    await ok(await api.delete(f"/customers/1000000001/tags/{tag}"))
    fetched = await ok(await api.get("/customers/1000000001"))

    assert tag in tagged["tagTypeIds"]
    assert again.status_code == 409
    assert tag not in fetched["tagTypeIds"]


async def test_an_unknown_tag_type_is_404(api: httpx2.AsyncClient) -> None:
    assert (await api.post("/customers/1000000001/tags/9")).status_code == 404


async def test_bulk_tags_add_and_remove_on_many_customers(api: httpx2.AsyncClient) -> None:
    body = {"customerIds": [1000000001, 1000000002], "tagTypeIds": [109, 110]}

    await ok(await api.put("/tags", json=body))
    tagged = await ok(
        await api.get("/customers", params={"ids": "1000000001,1000000002", "active": "Any"})
    )
    await ok(await api.request("DELETE", "/tags", json=body))
    untagged = await ok(await api.get("/customers/1000000002"))

    assert all({109, 110} <= set(item["tagTypeIds"]) for item in tagged["data"])
    assert not {109, 110} & set(untagged["tagTypeIds"])


async def test_bulk_tags_on_unknown_customers_are_404_naming_them(
    api: httpx2.AsyncClient,
) -> None:
    response = await api.put("/tags", json={"customerIds": [7], "tagTypeIds": [110]})

    assert response.status_code == 404
    assert "customerIds" in response.json()["errors"]


async def test_a_patched_customer_address_must_name_every_field(api: httpx2.AsyncClient) -> None:
    response = await api.patch("/customers/1000000001", json={"address": {"city": "Waco"}})

    assert response.status_code == 400
    assert "address.street" in response.json()["errors"]


# --- locations ---------------------------------------------------------------------------
async def test_locations_round_trip(api: httpx2.AsyncClient) -> None:
    created = await ok(
        await api.post(
            "/locations", json={"customerId": 1000000001, "name": "Cabin", "address": ADDRESS}
        )
    )
    moved = await ok(
        await api.patch(f"/locations/{created['id']}", json={"customerId": 1000000002})
    )
    by_new_owner = await ok(await api.get("/locations", params={"customerId": 1000000002}))
    by_old_owner = await ok(await api.get("/locations", params={"customerId": 1000000001}))

    assert moved["customerId"] == 1000000002
    assert created["id"] in [item["id"] for item in by_new_owner["data"]]
    assert created["id"] not in [item["id"] for item in by_old_owner["data"]]


async def test_a_location_for_an_unknown_customer_is_400(api: httpx2.AsyncClient) -> None:
    response = await api.post("/locations", json={"customerId": 5, "name": "X", "address": ADDRESS})

    assert "customerId" in response.json()["errors"]


async def test_location_contacts_notes_and_tags(api: httpx2.AsyncClient) -> None:
    path = "/locations/2000000003"
    contact = await ok(
        await api.post(f"{path}/contacts", json={"type": "Fax", "value": "5125550000"})
    )
    updated = await ok(await api.patch(f"{path}/contacts/{contact['id']}", json={"type": "Phone"}))
    everywhere = await ok(
        await api.get("/locations/contacts", params={"locationIds": "2000000003"})
    )
    await ok(await api.delete(f"{path}/contacts/{contact['id']}"))
    note = await ok(
        await api.post(f"{path}/notes", json={"text": "Side gate", "addToCustomer": True})
    )
    customer_notes = await ok(await api.get("/customers/1000000003/notes"))
    tag = await free_tag(api, path)
    tagged = await ok(await api.post(f"{path}/tags/{tag}"))

    assert updated["type"] == "Phone"
    assert {item["locationId"] for item in everywhere["data"]} == {2000000003}
    assert contact["id"] in [item["id"] for item in everywhere["data"]]
    assert note["text"] == "Side gate"
    assert [item["text"] for item in customer_notes["data"]] == ["Side gate"]
    assert tagged["locationId"] == 2000000003
    assert tag in tagged["tagTypeIds"]


# --- leads -------------------------------------------------------------------------------
# A documented priority: the last, so a release that removes another changes nothing here.
LAST_PRIORITY = DOCUMENT.enum("Priority").values[-1]


async def test_leads_round_trip(api: httpx2.AsyncClient) -> None:
    lead = await ok(
        await api.post(
            "/leads", json={"campaignId": 600, "customerId": 1000000001, "summary": "Leak"}
        )
    )
    updated = await ok(
        await api.patch(f"/leads/{lead['id']}", json={"priority": LAST_PRIORITY, "summary": "Drip"})
    )
    follow_up = await ok(
        await api.post(
            f"/leads/{lead['id']}/follow-up", json={"followUpDate": "2025-07-01", "text": "Call"}
        )
    )
    notes = await ok(await api.get(f"/leads/{lead['id']}/notes"))

    assert (lead["status"], lead["summary"]) == ("Open", "Leak")
    assert (updated["priority"], updated["summary"]) == (LAST_PRIORITY, "Drip")
    assert follow_up["followUpDate"] == "2025-07-01T00:00:00.0000000Z"
    assert [item["text"] for item in notes["data"]] == ["Leak", "Drip", "Call"]


async def test_dismissing_a_lead_records_its_reason(api: httpx2.AsyncClient) -> None:
    lead = await ok(
        await api.post(
            "/leads", json={"campaignId": 600, "customerId": 1000000001, "summary": "Leak"}
        )
    )
    await ok(await api.post(f"/leads/{lead['id']}/dismiss", json={"dismissingReasonId": 801}))
    dismissed = await ok(await api.get(f"/leads/{lead['id']}"))

    assert (dismissed["status"], dismissed["dismissingReasonId"]) == ("Dismissed", 801)


async def test_dismissing_a_lead_needs_a_reason(api: httpx2.AsyncClient) -> None:
    response = await api.post("/leads/5000000001/dismiss", json={})

    assert "dismissingReasonId" in response.json()["errors"]


async def test_the_lead_form_creates_a_lead_and_updates_one_by_id(api: httpx2.AsyncClient) -> None:
    created = await ok(await api.post("/leads/form", json={"name": "Web Visitor"}))
    updated = await ok(
        await api.post(
            "/leads/form", params={"id": created["leadId"]}, json={"name": "Known Visitor"}
        )
    )
    lead = await ok(await api.get(f"/leads/{created['leadId']}"))

    assert updated["leadId"] == created["leadId"]
    assert (lead["leadCustomerName"], lead["captureSource"]) == ("Known Visitor", "Form")
    assert lead["summary"] is None


# --- bookings ----------------------------------------------------------------------------
async def new_booking(api: httpx2.AsyncClient) -> dict[str, Any]:
    booking: dict[str, Any] = await ok(
        await api.post(
            BOOKINGS,
            json={
                "name": "Grace",
                "source": "Website",
                "externalId": "g-1",
                "summary": "No heat",
                "isFirstTimeClient": True,
                "contacts": [{"type": "Email", "value": "grace@example.com"}],
            },
        )
    )
    return booking


async def test_bookings_round_trip_on_both_routes(api: httpx2.AsyncClient) -> None:
    booking = await new_booking(api)
    tenant_view = await ok(await api.get(f"/bookings/{booking['id']}"))
    updated = await ok(
        await api.patch(
            f"{BOOKINGS}/{booking['id']}", json={"priority": "High", "summary": "No heat at all"}
        )
    )
    contacts = await ok(await api.get(f"/bookings/{booking['id']}/contacts"))

    assert (booking["status"], booking["summary"]) == ("New", "No heat")
    assert booking["bookingProviderId"] == PROVIDER
    assert tenant_view["id"] == booking["id"]
    assert (updated["priority"], updated["summary"]) == ("High", "No heat at all")
    assert [item["value"] for item in contacts["data"]] == ["grace@example.com"]


async def test_another_providers_booking_is_404(api: httpx2.AsyncClient) -> None:
    booking = await new_booking(api)

    response = await api.get(f"/booking-provider/8000000002/bookings/{booking['id']}")

    assert response.status_code == 404


async def test_an_unknown_booking_provider_is_404(api: httpx2.AsyncClient) -> None:
    assert (await api.get("/booking-provider/3/bookings")).status_code == 404


async def test_a_provider_lists_only_its_bookings(api: httpx2.AsyncClient) -> None:
    body = await ok(await api.get(BOOKINGS, params={"pageSize": 100}))

    assert body["data"]
    assert {item["bookingProviderId"] for item in body["data"]} == {PROVIDER}


async def test_a_dismissed_booking_cannot_change(api: httpx2.AsyncClient) -> None:
    booking = await new_booking(api)

    await ok(await api.post(f"{BOOKINGS}/{booking['id']}/dismiss", json={"dismissingMemo": "dupe"}))
    response = await api.patch(f"{BOOKINGS}/{booking['id']}", json={"name": "x"})

    assert (await ok(await api.get(f"/bookings/{booking['id']}")))["status"] == "Dismissed"
    assert response.status_code == 409


async def test_dismissing_a_converted_booking_is_accepted_and_changes_nothing(
    api: httpx2.AsyncClient,
) -> None:
    """The export gives the dismissal no 409 (unlike the update): it is not refused."""
    page = await ok(await api.get("/bookings", params={"pageSize": 100}))
    converted = next(item for item in page["data"] if item["status"] == "Converted")
    provider = converted["bookingProviderId"]

    response = await api.post(
        f"/booking-provider/{provider}/bookings/{converted['id']}/dismiss", json={}
    )

    assert response.status_code == 200, response.text
    assert await ok(await api.get(f"/bookings/{converted['id']}")) == converted


async def test_booking_contacts_round_trip(api: httpx2.AsyncClient) -> None:
    booking = await new_booking(api)
    path = f"{BOOKINGS}/{booking['id']}/contacts"

    contact = await ok(await api.post(path, json={"type": "Phone", "value": "5125550101"}))
    echoed = await ok(await api.patch(f"{path}/{contact['id']}", json={"memo": "cell"}))
    await ok(await api.delete(f"{path}/{contact['id']}"))
    remaining = await ok(await api.get(path))

    assert echoed == {"type": "Phone", "value": "5125550101", "memo": "cell"}
    assert contact["id"] not in [item["id"] for item in remaining["data"]]


async def test_booking_provider_tags_round_trip_and_unique_names(api: httpx2.AsyncClient) -> None:
    created = await ok(
        await api.post("/booking-provider-tags", json={"tagName": "Partner", "description": "Refs"})
    )
    duplicate = await api.post(
        "/booking-provider-tags", json={"tagName": "partner", "description": "again"}
    )
    renamed = await ok(
        await api.patch(f"/booking-provider-tags/{created['id']}", json={"tagName": "Partner 2"})
    )
    fetched = await ok(await api.get(f"/booking-provider-tags/{created['id']}"))
    bookings = await ok(await api.get(f"/booking-provider/{created['id']}/bookings"))

    assert duplicate.status_code == 409
    assert renamed["tagName"] == fetched["tagName"] == "Partner 2"
    assert fetched["active"] is True
    assert bookings["data"] == []


async def test_a_wrong_method_is_405_and_an_unknown_path_404(api: httpx2.AsyncClient) -> None:
    assert (await api.delete("/customers")).status_code == 405
    assert (await api.get("/invoices")).status_code == 404
