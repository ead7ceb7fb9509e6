"""The README's main job: one end-to-end run of the SDK against a CRM v2 server.

With no credentials in the environment it runs against the embedded simulator, in-process.
With `SERVICETITAN_CLIENT_ID` set (and the other `SERVICETITAN_*` variables the client reads),
it runs the same steps against the real API, or against the server named by
`SERVICETITAN_API_URL` / `SERVICETITAN_AUTH_URL`. Against a real tenant it writes one customer
(with a location and two contacts) and one booking; set `SERVICETITAN_BOOKING_PROVIDER_ID` to
choose the booking provider, otherwise the first booking-provider tag is used.

    python examples/end_to_end.py
"""

from __future__ import annotations

import asyncio
import datetime
import os
import sys
import tempfile
from pathlib import Path

import attrs

from servicetitan_crm import FileCheckpoint, ServiceTitanClient, ServiceTitanError
from servicetitan_crm.models import (
    BookingContactModel,
    ContactType,
    CreateBookingRequest,
    CreateCustomerRequest,
    CustomerAddress,
    CustomerType,
    NewCustomerContact,
    NewLocation,
    Priority,
)
from servicetitan_crm_simulator import (
    DEFAULT_TENANT_ID,
    Simulator,
    SimulatorConfig,
)

# The simulated tenant: enough customers for several list pages and export batches.
SIMULATED_CUSTOMERS = 1_200
SIMULATED_EXPORT_BATCH = 250
PAGE_SIZE = 200
PAGES_IN_FLIGHT = 4
# Bounds that keep the job short on a real tenant with many customers.
MAX_PAGES = 10
EXPORT_BATCHES_BEFORE_STOP = 2
MAX_EXPORT_BATCHES_AFTER_RESUME = 20


def connect() -> tuple[ServiceTitanClient, str]:
    """A client for the real API when credentials are configured, else for the simulator."""
    if os.environ.get("SERVICETITAN_CLIENT_ID"):
        client = ServiceTitanClient()
        return client, f"tenant {client.tenant} at {client.base_url}"
    simulator = Simulator(
        SimulatorConfig(customers=SIMULATED_CUSTOMERS, export_batch_size=SIMULATED_EXPORT_BATCH)
    )
    client = simulator.sdk_client()
    return client, f"the embedded simulator (tenant {DEFAULT_TENANT_ID}, in-process)"


def new_customer(run_id: str) -> CreateCustomerRequest:
    address = CustomerAddress(
        street="1200 N Central Ave", city="Glendale", state="CA", zip_="91202", country="USA"
    )
    return CreateCustomerRequest(
        name=f"SDK demo customer {run_id}",
        type_=CustomerType.RESIDENTIAL,
        address=address,
        contacts=[
            NewCustomerContact(type_=ContactType.EMAIL, value=f"demo+{run_id}@example.com"),
            NewCustomerContact(type_=ContactType.MOBILE_PHONE, value="818-555-0142"),
        ],
        locations=[NewLocation(name="Home", address=address)],
    )


async def booking_provider_id(client: ServiceTitanClient) -> int:
    configured = os.environ.get("SERVICETITAN_BOOKING_PROVIDER_ID")
    if configured:
        return int(configured)
    tags = await client.booking_provider_tags.list(page_size=1)
    if not tags.data or tags.data[0].id is None:
        raise SystemExit("No booking-provider tag: set SERVICETITAN_BOOKING_PROVIDER_ID")
    return tags.data[0].id


async def run(client: ServiceTitanClient, checkpoint_path: Path) -> None:
    run_id = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S")

    customer = await client.customers.create(new_customer(run_id))
    locations = customer.locations or []
    print(
        "authenticated (OAuth2 client credentials, ST-App-Key); "
        f"created customer {customer.id} ({customer.name!r}) with "
        f"{len(locations)} location(s) and {len(customer.contacts or [])} contacts"
    )

    provider = await booking_provider_id(client)
    booking = await client.booking_provider(provider).bookings.create(
        CreateBookingRequest(
            external_id=f"demo-{run_id}",
            is_first_time_client=True,
            name=customer.name or "SDK demo",
            source="servicetitan-crm example",
            summary="Water heater is leaking",
            priority=Priority.HIGH,
            start=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1),
            contacts=[BookingContactModel(type_=ContactType.MOBILE_PHONE, value="818-555-0142")],
        ),
    )
    print(f"created booking {booking.id} through booking provider {provider}: {booking.status}")

    seen, page_count, total = 0, 0, None
    customers = client.customers.list(
        page_size=PAGE_SIZE, concurrency=PAGES_IN_FLIGHT, include_total=True, active="Any"
    )
    async with customers.pages() as stream:
        async for page in stream:
            page_count, seen = page_count + 1, seen + len(page.data)
            total = page.total_count
            if page_count == MAX_PAGES:
                break
    print(f"paged through {seen} of {total} customers in {page_count} pages of {PAGE_SIZE}")

    checkpoint = FileCheckpoint(checkpoint_path)
    first_run = await export_some(client, checkpoint, EXPORT_BATCHES_BEFORE_STOP)
    if first_run.caught_up:
        position = "the feed is caught up and the checkpoint holds its end"
    else:
        # The batch in hand at the stop was not finished, so the checkpoint stays before it.
        position = (
            f"stopped; the checkpoint holds the position after batch {first_run.batches - 1}, "
            "the last one finished before the stop"
        )
    print(
        f"export: read {len(first_run.ids)} customer records in {first_run.batches} "
        f"batch(es); {position}"
    )
    resumed = await export_some(client, checkpoint, MAX_EXPORT_BATCHES_AFTER_RESUME)
    redelivered = len(set(first_run.ids) & set(resumed.ids))
    everything = set(first_run.ids) | set(resumed.ids)
    print(
        f"export resumed from the checkpoint: {len(resumed.ids)} more records "
        f"({redelivered} redelivered: at-least-once), {len(everything)} distinct, "
        f"{'caught up' if resumed.caught_up else 'stopped at the demo bound'}; the new customer "
        f"{'is' if customer.id in everything else 'is not yet'} in the feed"
    )


@attrs.define
class ExportRun:
    ids: list[int | None] = attrs.Factory(list)
    batches: int = 0
    caught_up: bool = False


async def export_some(
    client: ServiceTitanClient, checkpoint: FileCheckpoint, max_batches: int
) -> ExportRun:
    """Read up to `max_batches` of the customer export feed from the checkpoint, then stop."""
    run = ExportRun()
    feed = client.exports.customers(
        checkpoint=checkpoint, include_recent_changes=True, deduplicate=True
    )
    async with feed.batches() as batches:
        async for batch in batches:
            run.ids.extend(record.id for record in batch.records)
            run.batches += 1
            run.caught_up = not batch.has_more
            if run.batches == max_batches:
                break
    return run


async def main() -> int:
    client, target = connect()
    print(f"servicetitan-crm end-to-end job against {target}")
    with tempfile.TemporaryDirectory(prefix="servicetitan-crm-demo-") as scratch:
        try:
            async with client:
                await run(client, Path(scratch) / "customers-export.checkpoint")
        except ServiceTitanError as error:
            print(f"failed: {error}", file=sys.stderr)
            return 1
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
