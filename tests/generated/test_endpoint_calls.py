"""Generated endpoint functions send exactly the documented request through ServiceTitanClient.

Every request goes to pytest-httpx; each test checks the method, the full URL (tenant bound on the
client, query encoded as the API wants it) and the JSON body, and what comes back.
"""

from __future__ import annotations

import datetime
import json

import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import NotFoundError, ResponseDecodeError, ServiceTitanClient
from servicetitan_crm.generated.api.bookings import bookings_create
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers
from servicetitan_crm.generated.api.locations import (
    locations_get_preferred_technician,
    locations_update_contact,
)
from servicetitan_crm.generated.models import (
    ActiveRequestArg,
    AddressModel,
    BookingStatus,
    ContactType,
    CreateBookingRequest,
    LocationContactUpdateRequest,
    Priority,
)

from .conftest import BASE_URL

# Any documented value serves; the last one, so a release that removes another changes nothing.
PRIORITY = list(Priority)[-1]


def sent(httpx2_mock: HTTPXMock) -> list[tuple[str, str]]:
    return [(request.method, str(request.url)) for request in httpx2_mock.get_requests()]


async def test_paged_list_query(st: ServiceTitanClient, httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="GET",
        url=(
            f"{BASE_URL}/customers?page=2&pageSize=200&includeTotal=true&ids=1%2C2%2C3"
            "&modifiedOnOrAfter=2024-01-01T00%3A00%3A00Z&active=Any"
        ),
        json={"page": 2, "pageSize": 200, "hasMore": False, "totalCount": 201, "data": []},
    )

    page = await customers_get_list.asyncio(
        client=st,
        page=2,
        page_size=200,
        include_total=True,
        ids="1,2,3",
        modified_on_or_after=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        active=ActiveRequestArg.ANY,
    )

    assert (page.page, page.total_count, page.has_more, page.data) == (2, 201, False, [])
    api_request = httpx2_mock.get_requests()[-1]
    assert api_request.headers["Authorization"] == "Bearer token-1"
    assert api_request.headers["ST-App-Key"] == "app-key"


async def test_patch_with_body(st: ServiceTitanClient, httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="PATCH",
        url=f"{BASE_URL}/locations/77/contacts/5",
        json={
            "id": 5,
            "type": "MobilePhone",
            "value": "555-0100",
            "memo": None,
            "phoneSettings": {"phoneNumber": "555-0100", "doNotText": False},
            "modifiedOn": "2024-05-01T12:00:00.1234567Z",
            "createdOn": "2024-04-01T12:00:00Z",
        },
    )

    contact = await locations_update_contact.asyncio(
        77,
        5,
        client=st,
        body=LocationContactUpdateRequest(type_=ContactType.MOBILE_PHONE, value="555-0100"),
    )

    request = httpx2_mock.get_requests()[-1]
    assert json.loads(request.content) == {"type": "MobilePhone", "value": "555-0100"}
    assert request.headers["Content-Type"] == "application/json"
    assert contact.type_ is ContactType.MOBILE_PHONE
    assert contact.phone_settings is not None
    assert contact.phone_settings.do_not_text is False


async def test_booking_provider_route(st: ServiceTitanClient, httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="POST",
        url=f"{BASE_URL}/booking-provider/31/bookings",
        json={
            "id": 900,
            "source": "widget",
            "createdOn": "2024-05-01T12:00:00Z",
            "name": "Ada",
            "start": None,
            "status": "New",
            "externalId": "w-1",
            "bookingProviderId": 31,
            "modifiedOn": "2024-05-01T12:00:00Z",
        },
    )

    booking = await bookings_create.asyncio(
        31,
        client=st,
        body=CreateBookingRequest(
            external_id="w-1",
            is_first_time_client=True,
            name="Ada",
            source="widget",
            summary="No hot water",
            address=AddressModel(
                street="1 Main St", city="Glendale", state="CA", zip_="91203", country="USA"
            ),
            priority=PRIORITY,
            start=datetime.datetime(2024, 5, 2, 9, 30, tzinfo=datetime.UTC),
        ),
    )

    body = json.loads(httpx2_mock.get_requests()[-1].content)
    assert body == {
        "externalId": "w-1",
        "isFirstTimeClient": True,
        "name": "Ada",
        "source": "widget",
        "summary": "No hot water",
        "address": {
            "street": "1 Main St",
            "city": "Glendale",
            "state": "CA",
            "zip": "91203",
            "country": "USA",
        },
        "priority": PRIORITY.value,
        "start": "2024-05-02T09:30:00Z",
    }
    assert booking.status is BookingStatus.NEW
    assert booking.start is None


async def test_no_body_operation_leads_dismiss(
    st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    # Imported here: a release without Leads_Dismiss fails this test only, not the module.
    from servicetitan_crm.generated.api.leads import leads_dismiss
    from servicetitan_crm.generated.models import DismissLeadRequest

    httpx2_mock.add_response(method="POST", url=f"{BASE_URL}/leads/12/dismiss", status_code=200)

    result = await leads_dismiss.asyncio(
        12, client=st, body=DismissLeadRequest(dismissing_reason_id=4)
    )

    assert result is None
    assert json.loads(httpx2_mock.get_requests()[-1].content) == {"dismissingReasonId": 4}


async def test_export_from_token(st: ServiceTitanClient, httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="GET",
        url=f"{BASE_URL}/export/customers?from=tok%2B1%3D&includeRecentChanges=true",
        json={"hasMore": False, "continueFrom": "tok-2", "data": []},
    )

    batch = await export_customers_get_customers.asyncio(
        client=st, from_="tok+1=", include_recent_changes=True
    )

    assert (batch.has_more, batch.continue_from) == (False, "tok-2")


async def test_bare_number_response(st: ServiceTitanClient, httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/locations/8/preferredtechnician", content=b"null")
    assert await locations_get_preferred_technician.asyncio(8, client=st) is None


async def test_error_status_raises_a_typed_error(
    st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(
        url=f"{BASE_URL}/locations/8/preferredtechnician",
        status_code=404,
        json={
            "type": "https://httpstatuses.io/404",
            "title": "Location not found",
            "status": 404,
            "traceId": "abc",
            "errors": {},
            "data": {},
        },
    )

    with pytest.raises(NotFoundError, match="Location not found") as caught:
        await locations_get_preferred_technician.asyncio(8, client=st)
    assert caught.value.problem.trace_id == "abc"


async def test_a_broken_envelope_is_a_typed_decode_error(
    st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers", json={"data": []})

    with pytest.raises(ResponseDecodeError, match="GET /customers"):
        await customers_get_list.asyncio(client=st)


async def test_an_undocumented_success_status_is_a_typed_decode_error(
    st: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    httpx2_mock.add_response(url=f"{BASE_URL}/customers", status_code=204)

    with pytest.raises(ResponseDecodeError, match="204"):
        await customers_get_list.asyncio(client=st)
