"""Caller mistakes fail before anything is sent, the same way in both layers, naming the culprit."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ConfigurationError, ServiceTitanClient
from servicetitan_crm.generated.api.contacts import (
    contacts_create_contact_relationship,
    contacts_get,
)
from servicetitan_crm.generated.api.customers import (
    customers_create,
    customers_get,
    customers_get_contact_list,
    customers_get_list,
)
from servicetitan_crm.models import ActiveRequestArg

Call = Callable[[ServiceTitanClient], Awaitable[object]]

# (what the caller did, the call through the resource client, the same through the endpoint
# function, the error type, the message)
MISTAKES: list[tuple[str, Call, Call, type[Exception], str]] = [
    (
        "a misspelt enum wire value",
        lambda st: st.customers.list(active="Anyy"),  # type: ignore[arg-type]
        lambda st: customers_get_list.asyncio(client=st, active="Anyy"),  # type: ignore[arg-type]
        ConfigurationError,
        "GET /customers: active must be one of 'Any', 'False', 'True', not 'Anyy'",
    ),
    (
        "a string date",
        lambda st: st.customers.list(created_before="2024-01-01"),  # type: ignore[arg-type]
        lambda st: customers_get_list.asyncio(
            client=st,
            created_before="2024-01-01",  # type: ignore[arg-type]
        ),
        TypeError,
        "GET /customers: created_before must be a datetime or a date, not str '2024-01-01'",
    ),
    (
        "a dict body",
        lambda st: st.customers.create({"name": "Ada"}),  # type: ignore[arg-type]
        lambda st: customers_create.asyncio(client=st, body={"name": "Ada"}),  # type: ignore[arg-type]
        TypeError,
        "POST /customers: body must be a CreateCustomerRequest (from servicetitan_crm.models), "
        "not dict; to send a dict, build the model with CreateCustomerRequest.from_dict(data)",
    ),
    (
        "a missing body",
        lambda st: st.customers.create(),  # type: ignore[call-arg]
        lambda st: customers_create.asyncio(client=st),  # type: ignore[call-arg]
        TypeError,
        "missing 1 required",
    ),
    (
        "an empty path name",
        lambda st: st.contacts.relationships.create(uuid.UUID(int=1), 5, ""),
        lambda st: contacts_create_contact_relationship.asyncio(uuid.UUID(int=1), 5, "", client=st),
        ConfigurationError,
        "type_slug must not be empty",
    ),
]


# A path argument is named as the caller typed it: the resource method's name (`customer_id`),
# the endpoint function's own (the route's `id`). (what the caller did, the call through the
# resource client, its message, the same through the endpoint function, its message)
PATH_ID_MISTAKES: list[tuple[str, Call, str, Call, str]] = [
    (
        "None as an id",
        lambda st: st.customers.get(None),  # type: ignore[arg-type]
        "GET /customers/{id}: customer_id must be an int (an int64 id), not NoneType None",
        lambda st: customers_get.asyncio(None, client=st),  # type: ignore[arg-type]
        "GET /customers/{id}: id must be an int (an int64 id), not NoneType None",
    ),
    (
        "a string for an int64 id",
        lambda st: st.customers.get("abc"),  # type: ignore[arg-type]
        "GET /customers/{id}: customer_id must be an int (an int64 id), not str 'abc'",
        lambda st: customers_get.asyncio("abc", client=st),  # type: ignore[arg-type]
        "GET /customers/{id}: id must be an int (an int64 id), not str 'abc'",
    ),
    (
        "a string for a GUID id",
        lambda st: st.contacts.get("not-a-guid"),  # type: ignore[arg-type]
        "GET /contacts/{id}: contact_id must be a uuid.UUID, not str 'not-a-guid'",
        lambda st: contacts_get.asyncio("not-a-guid", client=st),  # type: ignore[arg-type]
        "GET /contacts/{id}: id must be a uuid.UUID, not str 'not-a-guid'",
    ),
    (
        "a string for the parent id of a list",
        lambda st: st.customers.contacts.list("abc"),  # type: ignore[arg-type]
        "GET /customers/{id}/contacts: customer_id must be an int (an int64 id), not str 'abc'",
        lambda st: customers_get_contact_list.asyncio("abc", client=st),  # type: ignore[arg-type]
        "GET /customers/{id}/contacts: id must be an int (an int64 id), not str 'abc'",
    ),
]


@pytest.mark.parametrize(
    ("through_resources", "resource_message", "through_endpoint", "endpoint_message"),
    [mistake[1:] for mistake in PATH_ID_MISTAKES],
    ids=[mistake[0] for mistake in PATH_ID_MISTAKES],
)
async def test_a_wrong_path_id_is_named_as_the_caller_typed_it(
    mocked: ServiceTitanClient,
    httpx2_mock: HTTPXMock,
    through_resources: Call,
    resource_message: str,
    through_endpoint: Call,
    endpoint_message: str,
) -> None:
    for call, message in (
        (through_resources, resource_message),
        (through_endpoint, endpoint_message),
    ):
        with pytest.raises(TypeError) as raised:
            await call(mocked)
        assert str(raised.value) == message
    assert httpx2_mock.get_requests() == []


def test_a_list_checks_its_path_ids_when_called(mocked: ServiceTitanClient) -> None:
    with pytest.raises(TypeError, match=r"customer_id must be an int"):
        mocked.customers.notes.list("abc")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("through_resources", "through_endpoint", "error", "message"),
    [mistake[1:] for mistake in MISTAKES],
    ids=[mistake[0] for mistake in MISTAKES],
)
async def test_a_mistake_raises_before_anything_is_sent(
    mocked: ServiceTitanClient,
    httpx2_mock: HTTPXMock,
    through_resources: Call,
    through_endpoint: Call,
    error: type[Exception],
    message: str,
) -> None:
    for call in (through_resources, through_endpoint):
        with pytest.raises(error) as raised:
            result: Any = call(mocked)
            # A list call is lazy: the mistake surfaces when it is awaited.
            await result
        assert message in str(raised.value)
    assert httpx2_mock.get_requests() == []


async def test_enum_parameters_take_the_member_or_its_wire_string(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    page = {"page": 1, "pageSize": 5, "hasMore": False, "data": []}
    url = "https://api.example.test/crm/v2/tenant/4242/customers?page=1&pageSize=5&active=Any"
    httpx2_mock.add_response(url=url, json=page, is_reusable=True)

    await mocked.customers.list(page_size=5, active="Any")
    await mocked.customers.list(page_size=5, active=ActiveRequestArg.ANY)
    await customers_get_list.asyncio(client=mocked, page=1, page_size=5, active="Any")


async def test_a_naive_datetime_is_read_as_utc_and_a_date_as_midnight_utc(
    mocked: ServiceTitanClient, httpx2_mock: HTTPXMock
) -> None:
    page = {"page": 1, "pageSize": 5, "hasMore": False, "data": []}
    httpx2_mock.add_response(json=page, is_reusable=True)
    zone = datetime.timezone(datetime.timedelta(hours=-7))

    await mocked.customers.list(page_size=5, created_before=datetime.datetime(2024, 3, 1, 12, 0))
    await mocked.customers.list(page_size=5, created_before=datetime.date(2024, 3, 1))
    await mocked.customers.list(
        page_size=5, created_before=datetime.datetime(2024, 3, 1, tzinfo=zone)
    )

    sent = [
        r.url.params["createdBefore"] for r in httpx2_mock.get_requests() if "/crm/" in r.url.path
    ]
    assert sent == ["2024-03-01T12:00:00Z", "2024-03-01T00:00:00Z", "2024-03-01T00:00:00-07:00"]


@pytest.mark.parametrize(
    ("tenant", "shown"),
    [
        ("abc", "'abc'"),
        (-5, "-5"),
        (0, "0"),
        (True, "True"),
        (1.5, "1.5"),
        ("\uff14\uff12", "'\uff14\uff12'"),
    ],
    ids=["letters", "negative", "zero", "bool", "float", "non-ascii-digits"],
)
def test_a_tenant_is_a_positive_integer(tenant: object, shown: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        ServiceTitanClient(tenant=tenant, client_id="i", client_secret="s", app_key="k")  # type: ignore[arg-type]
    assert str(raised.value) == f"tenant: a tenant id is a positive integer, not {shown}"


def test_a_numeric_tenant_from_the_environment_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERVICETITAN_TENANT_ID", " 0042 ")
    st = ServiceTitanClient(client_id="i", client_secret="s", app_key="k")
    assert st.tenant == "42"
    monkeypatch.setenv("SERVICETITAN_TENANT_ID", "tenant-42")
    with pytest.raises(
        ConfigurationError,
        match="SERVICETITAN_TENANT_ID: a tenant id is a positive integer, not 'tenant-42'",
    ):
        ServiceTitanClient(client_id="i", client_secret="s", app_key="k")


def test_a_booking_provider_id_is_checked_when_bound(mocked: ServiceTitanClient) -> None:
    with pytest.raises(
        TypeError, match=r"st.booking_provider\(\): booking_provider_id must be an int"
    ):
        mocked.booking_provider("31")  # type: ignore[arg-type]


@pytest.mark.parametrize("page_size", [0, 5001])
def test_a_page_size_the_api_rejects_fails_at_the_call(
    mocked: ServiceTitanClient, page_size: int
) -> None:
    with pytest.raises(ConfigurationError, match="page_size must be between 1 and 5000"):
        mocked.customers.list(page_size=page_size)
