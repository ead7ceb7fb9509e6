"""The contacts family: contacts, contact methods, preferences, relationships (GUID ids), and
a location's preferred technician, through the wire and through the SDK's generated functions."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from servicetitan_crm import NotFoundError, ServiceTitanClient, paginate
from servicetitan_crm.generated.api.contact_methods import contact_methods_create_contact_method
from servicetitan_crm.generated.api.contact_preferences import (
    contact_preferences_get_contact_method_preferences,
    contact_preferences_update_contact_method_preference,
)
from servicetitan_crm.generated.api.contacts import contacts_create, contacts_get, contacts_get_list
from servicetitan_crm.generated.api.locations import (
    locations_get_preferred_technician,
    locations_update_preferred_technician,
)
from servicetitan_crm.generated.models import (
    ContactType,
    CreateContactMethodRequest,
    CreateContactRequest,
    UpdateContactMethodPreferenceRequest,
)
from servicetitan_crm_simulator import (
    Simulator,
    SimulatorConfig,
)

CUSTOMER = 1_000_000_001
LOCATION = 2_000_000_001
LEAD = 5_000_000_001
PREFERENCES = ["jobReminders", "marketingUpdates", "invoiceNotification", "statementNotification"]


async def ok(response: httpx2.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json() if response.content else None


def seeded_contact(simulator: Simulator, index: int = 0) -> str:
    store = simulator.store()
    return store.guids.text(store.contacts.seeded.id_of(index))


async def new_contact(api: httpx2.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {"name": "Grace Hopper", "title": "Owner", "referenceId": "ext-1", **fields}
    created: dict[str, Any] = await ok(await api.post("/contacts", json=body))
    return created


async def new_method(api: httpx2.AsyncClient, contact_id: str, **fields: Any) -> dict[str, Any]:
    body = {"type": "Email", "value": "grace@example.com", **fields}
    created: dict[str, Any] = await ok(
        await api.post(f"/contacts/{contact_id}/contact-methods", json=body)
    )
    return created


# --- ids ---------------------------------------------------------------------------------
async def test_contact_ids_are_version_4_guids_stable_for_a_seed(api: httpx2.AsyncClient) -> None:
    listed = await ok(await api.get("/contacts", params={"pageSize": 5}))
    ids = [uuid.UUID(item["id"]) for item in listed["data"]]
    same_seed, other_seed = Simulator(SimulatorConfig()), Simulator(SimulatorConfig(seed=7))

    assert all(value.version == 4 and value.variant == uuid.RFC_4122 for value in ids)
    assert len(set(ids)) == 5
    assert str(ids[0]) == seeded_contact(same_seed) != seeded_contact(other_seed)


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/contacts/not-a-guid", "id"),
        ("/contacts/not-a-guid/contact-methods", "contactId"),
        ("/contacts/not-a-guid/relationships", "contactId"),
        ("/contacts/contact-methods?contactId=not-a-guid", "contactId"),
    ],
)
async def test_a_malformed_guid_is_400_naming_the_parameter(
    api: httpx2.AsyncClient, path: str, parameter: str
) -> None:
    response = await api.get(path)

    assert response.status_code == 400
    assert list(response.json()["errors"]) == [parameter]


async def test_a_malformed_contact_method_guid_names_it(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    response = await api.get(f"/contacts/{seeded_contact(simulator)}/contact-methods/12345")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["contactMethodId"]


async def test_an_unknown_guid_is_404_even_when_it_names_a_record_of_another_kind(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = seeded_contact(simulator)
    method = (await ok(await api.get(f"/contacts/{contact}/contact-methods")))["data"][0]["id"]

    assert (await api.get(f"/contacts/{uuid.uuid4()}")).status_code == 404
    assert (await api.get(f"/contacts/{method}")).status_code == 404
    assert (await api.get(f"/contacts/{contact}/contact-methods/{contact}")).status_code == 404
    assert (await api.get(f"/contacts/{contact.upper()}")).status_code == 200


# --- contacts ----------------------------------------------------------------------------
async def test_a_contact_round_trip_create_get_replace_update_delete(
    api: httpx2.AsyncClient,
) -> None:
    created = await new_contact(api)
    path = f"/contacts/{created['id']}"

    fetched = await ok(await api.get(path))
    replaced = await ok(await api.put(path, json={"name": "Grace B. Hopper", "isArchived": False}))
    updated = await ok(await api.patch(path, json={"title": "Admiral", "isArchived": True}))
    await ok(await api.delete(path))
    listed = await ok(await api.get("/contacts", params={"pageSize": 500}))

    assert fetched == created
    assert created["createdOn"] == "2025-06-01T12:00:00.0000000Z"
    assert (created["isArchived"], created["createdBy"]) == (False, 0)
    assert (replaced["name"], replaced["title"], replaced["referenceId"]) == (
        "Grace B. Hopper",
        None,
        None,
    )
    assert (updated["name"], updated["title"], updated["isArchived"]) == (
        "Grace B. Hopper",
        "Admiral",
        True,
    )
    assert (await api.get(path)).status_code == 404
    assert (await api.delete(path)).status_code == 404
    assert created["id"] not in [item["id"] for item in listed["data"]]


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
async def test_replacing_or_updating_a_contact_needs_is_archived(
    simulator: Simulator, api: httpx2.AsyncClient, method: str
) -> None:
    response = await api.request(
        method, f"/contacts/{seeded_contact(simulator)}", json={"name": "X"}
    )

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["isArchived"]


async def test_the_contact_list_filters_sorts_and_counts(api: httpx2.AsyncClient) -> None:
    await new_contact(api, name="Zelda Quartz", referenceId="zq-9")

    everything = await ok(await api.get("/contacts", params={"includeTotal": True}))
    archived = await ok(await api.get("/contacts", params={"isArchived": "true"}))
    by_name = await ok(await api.get("/contacts", params={"name": "zelda q"}))
    by_reference = await ok(await api.get("/contacts", params={"referenceId": "ZQ-9"}))
    newest = await ok(await api.get("/contacts", params={"sort": "-CreatedOn", "pageSize": 1}))
    recent = await ok(
        await api.get("/contacts", params={"createdOnOrAfter": "2025-01-01", "includeTotal": True})
    )
    # The document types isArchived as any string: an unreadable one matches no contact.
    unreadable = await ok(await api.get("/contacts", params={"isArchived": "sometimes"}))

    assert everything["totalCount"] == 51 and len(everything["data"]) == 50
    assert everything["hasMore"] is True
    assert len(archived["data"]) == 5
    assert all(item["isArchived"] for item in archived["data"])
    assert [item["name"] for item in by_name["data"]] == ["Zelda Quartz"]
    assert [item["name"] for item in by_reference["data"]] == ["Zelda Quartz"]
    assert newest["data"][0]["name"] == "Zelda Quartz" and newest["hasMore"] is True
    assert recent["totalCount"] == 1
    assert unreadable["data"] == []


async def test_a_tenant_can_have_no_contacts(
    config: SimulatorConfig, api: httpx2.AsyncClient
) -> None:
    config.contacts = 0  # read when the tenant's data is first touched

    listed = await ok(await api.get("/contacts", params={"includeTotal": True}))
    searched = await ok(await api.get("/contacts/contact-methods"))
    related = await ok(await api.get(f"/contacts/relationships/{CUSTOMER}"))

    assert (listed["totalCount"], listed["data"]) == (0, [])
    assert searched["data"] == related["data"] == []


def test_a_negative_contact_count_is_refused() -> None:
    with pytest.raises(ValueError, match="contacts"):
        SimulatorConfig(contacts=-1)


async def test_wild_data_reaches_the_contacts_family(
    config: SimulatorConfig, api: httpx2.AsyncClient
) -> None:
    config.wild_data = True

    methods = await ok(await api.get("/contacts/contact-methods", params={"pageSize": 40}))
    contacts = await ok(await api.get("/contacts", params={"pageSize": 40}))

    assert "Pager" in {item["type"] for item in methods["data"]}
    assert any("simulatorUnknownField" in item for item in contacts["data"])
    assert any(not item["modifiedOn"].endswith("Z") for item in contacts["data"])


# --- contact methods ---------------------------------------------------------------------
async def test_a_contact_method_round_trip(api: httpx2.AsyncClient) -> None:
    contact = await new_contact(api)
    methods = f"/contacts/{contact['id']}/contact-methods"

    created = await new_method(api, contact["id"], memo="work")
    path = f"{methods}/{created['id']}"
    patched = await ok(await api.patch(path, json={"value": "grace@navy.mil"}))
    replaced = await ok(await api.put(path, json={"type": "MobilePhone", "value": "5125550100"}))
    listed = await ok(await api.get(methods, params={"includeTotal": True}))
    await ok(await api.delete(path))

    assert (created["contactId"], created["type"], created["memo"]) == (
        contact["id"],
        "Email",
        "work",
    )
    assert (patched["value"], patched["memo"]) == ("grace@navy.mil", "work")
    assert (replaced["type"], replaced["memo"], replaced["id"]) == (
        "MobilePhone",
        None,
        created["id"],
    )
    assert listed["totalCount"] == 1 and listed["data"] == [replaced]
    assert (await api.get(path)).status_code == 404
    assert (await ok(await api.get(methods)))["data"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"type": "Pager", "value": "5125550100"}, "type"),
        ({"value": "5125550100"}, "type"),
        ({"type": "Phone"}, "value"),
    ],
)
async def test_a_contact_method_needs_a_known_type_and_a_value(
    simulator: Simulator, api: httpx2.AsyncClient, body: dict[str, Any], field: str
) -> None:
    path = f"/contacts/{seeded_contact(simulator)}/contact-methods"

    response = await api.post(path, json=body)

    assert response.status_code == 400
    assert list(response.json()["errors"]) == [field]


async def test_a_contact_method_value_is_not_checked_against_its_type(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    # The document types the value as any string (DECISIONS.md, "Conformance").
    path = f"/contacts/{seeded_contact(simulator)}/contact-methods"

    response = await api.post(path, json={"type": "Email", "value": "not an address"})

    assert response.status_code == 200
    assert response.json()["value"] == "not an address"


async def test_put_creates_a_contact_method_under_the_guid_the_client_chose(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = await new_contact(api)
    chosen = uuid.uuid4()
    path = f"/contacts/{contact['id']}/contact-methods/{chosen}"

    created = await ok(await api.put(path, json={"type": "Fax", "value": "512 555 0199"}))
    fetched = await ok(await api.get(path))
    elsewhere = await api.get(f"/contacts/{seeded_contact(simulator)}/contact-methods/{chosen}")
    taken = await api.put(
        f"/contacts/{seeded_contact(simulator)}/contact-methods/{chosen}",
        json={"type": "Fax", "value": "5125550199"},
    )

    assert created["id"] == fetched["id"] == str(chosen)
    assert elsewhere.status_code == 404
    assert taken.status_code == 400 and list(taken.json()["errors"]) == ["contactMethodId"]


async def test_contact_methods_are_searchable_across_contacts(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = await new_contact(api)
    await new_method(api, contact["id"], value="Unique.Person@Example.com")

    by_value = await ok(
        await api.get("/contacts/contact-methods", params={"value": "unique.person@example.com"})
    )
    emails = await ok(
        await api.get("/contacts/contact-methods", params={"type": "email", "includeTotal": True})
    )
    first = seeded_contact(simulator)
    of_one = await ok(await api.get("/contacts/contact-methods", params={"contactId": first}))
    of_nobody = await ok(
        await api.get("/contacts/contact-methods", params={"contactId": str(uuid.uuid4())})
    )
    unknown_type = await ok(await api.get("/contacts/contact-methods", params={"type": "Pager"}))

    assert [item["contactId"] for item in by_value["data"]] == [contact["id"]]
    assert emails["totalCount"] == len(emails["data"]) > 1
    assert {item["type"] for item in emails["data"]} == {"Email"}
    assert {item["contactId"] for item in of_one["data"]} == {first}
    assert of_nobody["data"] == []
    assert unknown_type["data"] == []  # any string is a valid filter; this one matches none


async def test_deleting_a_contact_takes_its_methods_and_relationships(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = seeded_contact(simulator)
    methods = (await ok(await api.get(f"/contacts/{contact}/contact-methods")))["data"]

    await ok(await api.delete(f"/contacts/{contact}"))
    searched = await ok(await api.get("/contacts/contact-methods", params={"pageSize": 500}))
    related = await ok(await api.get(f"/contacts/relationships/{CUSTOMER}"))

    assert methods
    assert not {item["id"] for item in methods} & {item["id"] for item in searched["data"]}
    assert contact not in [item["id"] for item in related["data"]]
    assert (await api.get(f"/contacts/{contact}/relationships")).status_code == 404


# --- preferences -------------------------------------------------------------------------
async def test_the_preference_types_are_a_bare_list(api: httpx2.AsyncClient) -> None:
    types = await ok(await api.get("/contacts/preferences"))

    assert [item["name"] for item in types] == PREFERENCES
    assert {item["dataType"] for item in types} == {"Boolean"}
    assert all(uuid.UUID(item["id"]).version == 4 for item in types)


async def test_a_new_method_opts_in_to_nothing_until_a_preference_is_set(
    api: httpx2.AsyncClient,
) -> None:
    contact = await new_contact(api)
    method = await new_method(api, contact["id"])
    path = f"/contacts/{contact['id']}/contact-methods/{method['id']}/preferences"

    before = await ok(await api.get(path))
    set_ = await ok(await api.patch(f"{path}/MarketingUpdates", json={"value": "True"}))
    one = await ok(await api.get(f"{path}/marketingUpdates"))
    after = await ok(await api.get(path))

    assert [(item["name"], item["value"]) for item in before] == [
        (name, "false") for name in PREFERENCES
    ]
    assert set_ == one == {"name": "marketingUpdates", "dataType": "Boolean", "value": "true"}
    assert [item["value"] for item in after] == ["false", "true", "false", "false"]


async def test_a_preference_must_exist_and_keeps_what_the_document_lets_in(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    """The document types a preference's `value` as any string and does not require it."""
    contact = seeded_contact(simulator)
    method = (await ok(await api.get(f"/contacts/{contact}/contact-methods")))["data"][0]["id"]
    path = f"/contacts/{contact}/contact-methods/{method}/preferences"

    unknown = await api.get(f"{path}/smokeSignals")
    spelt = await ok(await api.patch(f"{path}/jobReminders", json={"value": " TRUE "}))
    not_boolean = await ok(await api.patch(f"{path}/jobReminders", json={"value": "maybe"}))
    missing = await ok(await api.patch(f"{path}/jobReminders", json={}))

    assert unknown.status_code == 404
    assert spelt["value"] == "true"
    assert not_boolean["value"] == "maybe"
    assert missing == not_boolean == await ok(await api.get(f"{path}/jobReminders"))


# --- relationships -----------------------------------------------------------------------
async def test_seeded_contacts_are_related_to_their_customer(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = seeded_contact(simulator)

    relationships = await ok(await api.get(f"/contacts/{contact}/relationships"))
    related = await ok(await api.get(f"/contacts/relationships/{CUSTOMER}"))
    customer = await ok(await api.get(f"/customers/{CUSTOMER}"))

    first = relationships["data"][0]
    assert (first["relatedEntityId"], first["typeSlug"], first["typeName"]) == (
        CUSTOMER,
        "customer",
        "Customer",
    )
    assert contact in [item["id"] for item in related["data"]]
    assert customer["name"].split()[-1] == related["data"][0]["name"].split()[-1]


async def test_a_relationship_round_trip_and_a_duplicate_is_409(api: httpx2.AsyncClient) -> None:
    contact = await new_contact(api)
    link = f"/contacts/{contact['id']}/relationships/{LEAD}/lead"

    await ok(await api.post(link))
    duplicate = await api.post(link)
    listed = await ok(await api.get(f"/contacts/{contact['id']}/relationships"))
    related = await ok(await api.get(f"/contacts/relationships/{LEAD}"))
    await ok(await api.delete(link))
    after = await ok(await api.get(f"/contacts/{contact['id']}/relationships"))

    assert duplicate.status_code == 409
    assert [(item["relatedEntityId"], item["typeSlug"]) for item in listed["data"]] == [
        (LEAD, "lead")
    ]
    assert [item["id"] for item in related["data"]] == [contact["id"]]
    assert after["data"] == []
    assert (await api.delete(link)).status_code == 404


@pytest.mark.parametrize(
    "link",
    [
        f"/relationships/{LEAD}/technician",
        "/relationships/5999999999/lead",
        f"/relationships/{LEAD}/customer",
    ],
    ids=["unknown type", "unknown lead", "a lead is not a customer"],
)
async def test_a_relationship_needs_a_known_type_and_an_existing_record(
    simulator: Simulator, api: httpx2.AsyncClient, link: str
) -> None:
    response = await api.post(f"/contacts/{seeded_contact(simulator)}{link}")

    assert response.status_code == 404


async def test_relationships_filter_by_type_and_unknown_records_are_404(
    simulator: Simulator, api: httpx2.AsyncClient
) -> None:
    contact = seeded_contact(simulator)
    await ok(await api.post(f"/contacts/{contact}/relationships/{LEAD}/lead"))

    leads = await ok(await api.get(f"/contacts/{contact}/relationships?typeSlug=LEAD"))
    by_name = await ok(await api.get(f"/contacts/{contact}/relationships?typeName=Customer"))

    assert [item["relatedEntityId"] for item in leads["data"]] == [LEAD]
    assert [item["relatedEntityId"] for item in by_name["data"]] == [CUSTOMER]
    assert (await api.get("/contacts/relationships/1999999999")).status_code == 404
    assert (await api.get("/contacts/relationships/abc")).status_code == 400


# --- preferred technician ----------------------------------------------------------------
async def test_a_preferred_technician_is_set_and_read_as_a_bare_number(
    api: httpx2.AsyncClient,
) -> None:
    path = f"/locations/{LOCATION}/preferredtechnician"

    await ok(await api.post(f"{path}/60007"))
    read = await api.get(path)

    assert read.status_code == 200 and read.text == "60007"


async def test_seeded_locations_have_a_preferred_technician_or_null(
    api: httpx2.AsyncClient,
) -> None:
    answers = [
        await ok(await api.get(f"/locations/{LOCATION + offset}/preferredtechnician"))
        for offset in range(12)
    ]

    assert None in answers
    assert {answer for answer in answers if answer is not None} <= set(range(60_000, 60_025))
    assert any(answer is not None for answer in answers)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/locations/2999999999/preferredtechnician", 404),
        (f"/locations/{LOCATION}/preferredtechnician/0", 404),
        (f"/locations/{LOCATION}/preferredtechnician/abc", 400),
        ("/locations/2999999999/preferredtechnician/60001", 404),
    ],
)
async def test_preferred_technician_errors(api: httpx2.AsyncClient, path: str, status: int) -> None:
    method = "GET" if path.endswith("preferredtechnician") else "POST"

    assert (await api.request(method, path)).status_code == status


# --- through the SDK ---------------------------------------------------------------------
@pytest.fixture
async def sdk(simulator: Simulator) -> AsyncIterator[ServiceTitanClient]:
    async with simulator.sdk_client(rate_limiter=None) as client:
        yield client


async def test_the_sdk_creates_a_contact_adds_a_method_and_sets_a_preference(
    sdk: ServiceTitanClient,
) -> None:
    contact = await contacts_create.asyncio(
        client=sdk, body=CreateContactRequest(name="Grace Hopper", title="Owner")
    )
    assert isinstance(contact.id, uuid.UUID)
    method = await contact_methods_create_contact_method.asyncio(
        contact.id,
        client=sdk,
        body=CreateContactMethodRequest(type_=ContactType.MOBILE_PHONE, value="5125550100"),
    )
    assert method.id is not None
    changed = await contact_preferences_update_contact_method_preference.asyncio(
        contact.id,
        method.id,
        "jobReminders",
        client=sdk,
        body=UpdateContactMethodPreferenceRequest(value="true"),
    )
    preferences = await contact_preferences_get_contact_method_preferences.asyncio(
        contact.id, method.id, client=sdk
    )

    assert (method.contact_id, method.type_, method.value) == (
        contact.id,
        ContactType.MOBILE_PHONE,
        "5125550100",
    )
    assert changed.value == "true"
    assert {item.name: item.value for item in preferences} == {
        "jobReminders": "true",
        "marketingUpdates": "false",
        "invoiceNotification": "false",
        "statementNotification": "false",
    }


async def test_the_sdk_pages_through_contacts_and_reads_a_preferred_technician(
    sdk: ServiceTitanClient,
) -> None:
    async with paginate(contacts_get_list.asyncio, client=sdk, page_size=7) as contacts:
        names = [contact.name async for contact in contacts]
    await locations_update_preferred_technician.asyncio(LOCATION, 60_012, client=sdk)
    technician = await locations_get_preferred_technician.asyncio(LOCATION, client=sdk)

    assert len(names) == 50
    assert technician == 60_012


async def test_the_sdk_raises_not_found_for_an_unknown_contact(sdk: ServiceTitanClient) -> None:
    with pytest.raises(NotFoundError):
        await contacts_get.asyncio(uuid.uuid4(), client=sdk)
