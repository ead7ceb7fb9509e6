"""Type-checked by `nox -s typecheck` (mypy --strict), never run: the public API as users write it.

If a change to the generated code or the hand-written layer makes ordinary use need a cast or an
ignore, mypy fails here.
"""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path
from typing import assert_type

from servicetitan_crm import (
    ApiError,
    ExportBatch,
    ExportCall,
    FileCheckpoint,
    ListCall,
    PageStream,
    RetryPolicy,
    ServiceTitanClient,
    export_batches,
    export_records,
    pages,
    paginate,
)
from servicetitan_crm.generated.api.bookings import bookings_create
from servicetitan_crm.generated.api.customers import customers_get, customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers
from servicetitan_crm.generated.models import (
    ActiveRequestArg,
    BookingStatus,
    CreateBookingRequest,
    CustomerResponse,
    ExportCustomerResponse,
)
from servicetitan_crm.models import (
    AddBulkTagsRequest,
    BookingResponse,
    ContactResponse,
    CreateCustomerRequest,
    CreatedCustomerResponse,
    CustomerAddress,
    CustomerContactWithModifiedOnResponsePage,
    CustomerResponsePage,
    ExportLeadsResponse,
)


async def typical_use() -> None:
    async with ServiceTitanClient(tenant=123, environment="integration") as st:
        customer: CustomerResponse = await customers_get.asyncio(7, client=st)
        name: str | None = customer.name
        del name

        async for item in paginate(
            customers_get_list.asyncio, client=st, active=ActiveRequestArg.ANY
        ):
            typed_item: CustomerResponse = item
            del typed_item

        async with pages(customers_get_list.asyncio, client=st, concurrency=4) as stream:
            async for page in stream:
                has_more: bool = page.has_more
                del has_more

        checkpoint = FileCheckpoint(Path("customers.checkpoint"))
        async for record in export_records(
            export_customers_get_customers.asyncio,
            client=st,
            checkpoint=checkpoint,
            start=datetime.date(2024, 1, 1),
        ):
            typed_record: ExportCustomerResponse = record
            del typed_record

        async with export_batches(
            export_customers_get_customers.asyncio, client=st, checkpoint=checkpoint
        ) as batches:
            async for batch in batches:
                token: str = batch.continue_from
                records: list[ExportCustomerResponse] = list(batch.records)
                del token, records

        once = st.with_options(retry=RetryPolicy(attempts=1))
        try:
            booking = await bookings_create.asyncio(
                31,
                client=once,
                body=CreateBookingRequest(
                    external_id="w-1",
                    is_first_time_client=True,
                    name="Ada",
                    source="widget",
                    summary="No hot water",
                ),
            )
        except ApiError as error:
            status: int = error.status_code
            del status
        else:
            known: bool = booking.status is BookingStatus.NEW
            del known


async def resource_client_use() -> None:
    async with ServiceTitanClient(tenant=123) as st:
        listing = st.customers.list(active="Any", modified_on_or_after=datetime.date(2024, 1, 1))
        assert_type(listing, ListCall[CustomerResponsePage, CustomerResponse])
        assert_type(await st.customers.list(page_size=50), CustomerResponsePage)
        async for customer in st.customers.list(active=ActiveRequestArg.ANY):
            assert_type(customer, CustomerResponse)
        async with st.customers.list(concurrency=4) as customers:
            async for customer in customers:
                assert_type(customer, CustomerResponse)
        assert_type(st.customers.list().pages(), PageStream[CustomerResponsePage])

        assert_type(await st.customers.get(7, timeout=5.0), CustomerResponse)
        # A record's own id is typed non-optional: it passes on without narrowing.
        first = (await st.customers.list(page_size=1)).data[0]
        assert_type(first.id, int)
        assert_type(await st.customers.get(first.id), CustomerResponse)
        contact = await st.contacts.get((await st.contacts.list()).data[0].id)
        assert_type(contact.id, uuid.UUID)
        created = await st.customers.create(
            CreateCustomerRequest(
                name="Ada",
                address=CustomerAddress(
                    street="1 Main St", city="Glendale", state="CA", zip_="91202", country="USA"
                ),
                locations=[],
            ),
            extra_headers={"X-Request-Id": "r-1"},
        )
        assert_type(created, CreatedCustomerResponse)
        assert_type(await st.customers.contacts.list(7), CustomerContactWithModifiedOnResponsePage)
        assert_type(await st.contacts.get(uuid.UUID(int=1)), ContactResponse)
        assert_type(await st.locations.preferred_technician.get(7), int | None)
        assert_type(await st.tags.add(AddBulkTagsRequest(customer_ids=[1], tag_type_ids=[2])), None)

        provider = st.booking_provider(31)
        booking = await provider.bookings.create(
            CreateBookingRequest(
                external_id="w-1", is_first_time_client=True, name="Ada", source="w", summary="s"
            ),
            retry=RetryPolicy(attempts=1),
        )
        assert_type(booking, BookingResponse)

        feed = st.exports.customers(checkpoint=FileCheckpoint("c.checkpoint"), deduplicate=True)
        assert_type(feed, ExportCall[ExportCustomerResponse])
        async for record in feed:
            assert_type(record, ExportCustomerResponse)
        async with st.exports.leads(start=datetime.date(2024, 1, 1)).batches() as batches:
            async for batch in batches:
                assert_type(batch, ExportBatch[ExportLeadsResponse])
