"""The resource client does the everyday job of every tag against the simulator."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from servicetitan_crm import FileCheckpoint, NotFoundError, ServiceTitanClient
from servicetitan_crm.models import (
    AddBulkTagsRequest,
    ContactType,
    CreateBookingRequest,
    CreateContactMethodRequest,
    CreateContactRequest,
    CreateCustomerRequest,
    CreateLocationRequest,
    CustomerAddress,
    CustomerResponsePage,
    LeadCreateRequest,
    NewLocation,
    RemoveBulkTagsRequest,
    UpdateBookingProviderTagRequest,
)
from servicetitan_crm_simulator import Simulator


def address() -> CustomerAddress:
    return CustomerAddress(
        street="1 Main St", city="Glendale", state="CA", zip_="91202", country="USA"
    )


async def test_customers_list_get_create(st: ServiceTitanClient) -> None:
    first = await st.customers.list(page_size=5)
    assert isinstance(first, CustomerResponsePage) and len(first.data) == 5 and first.has_more

    every = [customer.id async for customer in st.customers.list(active="Any", page_size=5)]
    assert len(every) == len(set(every)) >= 12

    created = await st.customers.create(
        CreateCustomerRequest(
            name="Ada Lovelace",
            address=address(),
            locations=[NewLocation(name="Home", address=address())],
        )
    )
    fetched = await st.customers.get(created.id)
    assert fetched.name == "Ada Lovelace"


async def test_pages_and_prefetching_walk_the_same_records(st: ServiceTitanClient) -> None:
    pages = [page async for page in st.customers.list(active="Any", page_size=4).pages()]
    assert [page.page for page in pages] == list(range(1, len(pages) + 1))
    async with st.customers.list(active="Any", page_size=4, concurrency=3) as customers:
        prefetched = [customer.id async for customer in customers]
    assert prefetched == [customer.id for page in pages for customer in page.data]


async def test_locations_and_their_contacts(st: ServiceTitanClient) -> None:
    customer = (await st.customers.list(page_size=1)).data[0]
    location = await st.locations.create(
        CreateLocationRequest(address=address(), customer_id=customer.id, name="Shop")
    )
    assert (await st.locations.get(location.id)).name == "Shop"
    contacts = [contact async for contact in st.locations.contacts.list(location.id)]
    assert all(contact.id is not None for contact in contacts)


async def test_leads(st: ServiceTitanClient) -> None:
    lead = (await st.leads.list(page_size=1)).data[0]
    assert (await st.leads.get(lead.id)).id == lead.id
    notes = await st.leads.notes.list(lead.id)
    assert notes.page == 1


async def test_leads_create(st: ServiceTitanClient) -> None:
    lead = await st.leads.create(LeadCreateRequest(campaign_id=1, summary="Leaking tap"))
    assert lead.id is not None and (await st.leads.get(lead.id)).campaign_id == 1


async def test_booking_provider_tags_and_provider_bound_bookings(st: ServiceTitanClient) -> None:
    tag = (await st.booking_provider_tags.list()).data[0]
    renamed = await st.booking_provider_tags.update(
        tag.id, UpdateBookingProviderTagRequest(tag_name="Web widget")
    )
    assert renamed.tag_name == "Web widget"

    provider = st.booking_provider(tag.id)
    booking = await provider.bookings.create(
        CreateBookingRequest(
            external_id="w-1", is_first_time_client=True, name="Ada", source="web", summary="Tap"
        )
    )
    assert (await provider.bookings.get(booking.id)).id == booking.id
    assert (await st.bookings.get(booking.id)).id == booking.id
    assert booking.id in [b.id async for b in provider.bookings.list()]


async def test_bulk_tags(st: ServiceTitanClient, simulator: Simulator) -> None:
    customer = (await st.customers.list(page_size=1)).data[0]
    tags = [simulator.config.tag_type_ids[0]]
    await st.tags.add(AddBulkTagsRequest(customer_ids=[customer.id], tag_type_ids=tags))
    await st.tags.remove(RemoveBulkTagsRequest(customer_ids=[customer.id], tag_type_ids=tags))


async def test_contacts_with_methods_and_preferences(st: ServiceTitanClient) -> None:
    contact = await st.contacts.create(CreateContactRequest(name="Grace Hopper"))
    assert isinstance(contact.id, uuid.UUID)
    assert (await st.contacts.get(contact.id)).name == "Grace Hopper"

    method = await st.contacts.contact_methods.create(
        contact.id, CreateContactMethodRequest(type_=ContactType.EMAIL, value="g@example.com")
    )
    listed = [m.id async for m in st.contacts.contact_methods.list(contact.id)]
    assert method.id in listed
    preferences = await st.contacts.preferences.list(contact.id, method.id)
    assert isinstance(preferences, list)
    metadata = await st.contacts.preferences.list_metadata()
    assert metadata

    await st.contacts.delete(contact.id)
    with pytest.raises(NotFoundError):
        await st.contacts.get(contact.id)


async def test_every_export_feed_streams_with_a_checkpoint(
    st: ServiceTitanClient, tmp_path: Path
) -> None:
    feeds = {
        "customers": st.exports.customers,
        "customer_contacts": st.exports.customer_contacts,
        "locations": st.exports.locations,
        "location_contacts": st.exports.location_contacts,
        "leads": st.exports.leads,
        "bookings": st.exports.bookings,
    }
    for name, feed in feeds.items():
        checkpoint = FileCheckpoint(tmp_path / f"{name}.checkpoint")
        async with feed(checkpoint=checkpoint, deduplicate=True) as records:
            first = [record.id async for record in records]
        assert first, name
        # Resumed from the saved token, a caught-up feed has nothing new to say.
        again = [record.id async for record in feed(checkpoint=checkpoint)]
        assert again == [] or set(again) <= set(first), name
