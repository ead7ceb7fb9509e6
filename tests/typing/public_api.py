"""Type-checked by `nox -s typecheck` (mypy --strict), never run: the public API as users write it.

If a change to the generated code or the hand-written layer makes ordinary use need a cast or an
ignore, mypy fails here.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from servicetitan_crm import (
    ApiError,
    FileCheckpoint,
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
