"""Mistakes a user makes, each of which mypy must report on its line (marked `mistake:`).

Checked by `tests/typing/test_user_mistakes.py`: mypy --strict reports an error on every marked
line and on no other line. Never run.
"""

from __future__ import annotations

import datetime
import uuid

from servicetitan_crm import ServiceTitanClient, models
from servicetitan_crm.generated.api.customers import customers_create, customers_get_list
from servicetitan_crm.models import CreateCustomerRequest, CustomerResponse


async def mistakes(st: ServiceTitanClient, request: CreateCustomerRequest) -> None:
    await st.customers.list(activ="Any")  # mistake: misspelt filter
    await st.customers.list(active="Anyy")  # mistake: not a wire value of ActiveRequestArg
    await st.customers.list(active=True)  # mistake: a bool for an enum filter
    await st.customers.list(created_before="2024-01-01")  # mistake: a string date
    await st.customers.list(page_size="50")  # mistake: a string page size
    await st.customers.get("42")  # mistake: a string for an int64 id
    await st.customers.get(None)  # mistake: None for an id
    await st.contacts.get("0f8fad5b-d9cb-469f-a165-70867728950e")  # mistake: str for a GUID id
    await st.customers.create()  # mistake: missing body
    await st.customers.create({"name": "Ada"})  # mistake: a dict body
    await st.customers.update(42, request)  # mistake: the body of another operation
    await st.customers.get(42, timeout="5")  # mistake: a string timeout
    await st.customers.get(42, extra_headers={"X-A": 1})  # mistake: a non-string header
    await st.booking_provider("31").bookings.list()  # mistake: a string provider id
    st.exports.customers(start=3)  # mistake: export start is a token or a date
    await customers_get_list.asyncio(client=st, activ="Any")  # mistake: misspelt filter
    await customers_create.asyncio(client=st)  # mistake: missing body
    await st.customers.list(sort="-modifedOn")  # mistake: a misspelt sort field
    st.customers.contacts.list_all()  # mistake: none of the filters the API requires
    st.locations.contacts.list_all(include_total=True)  # mistake: still none of them
    await st.contacts.relationships.list(uuid.UUID(int=1), sort="-ModifiedOn")  # mistake: no field
    await customers_get_list.asyncio(client=st, sort="Id")  # mistake: a sort without direction
    customer: CustomerResponse = await st.customers.list()  # mistake: a page is not a customer
    async for page in st.customers.list():
        print(page.has_more)  # mistake: iterating yields customers, not pages
    models.CustomerRespons.from_dict({})  # mistake: a misspelt model (models load lazily)
    page_id: int | None = (await st.customers.list()).data[0].id
    await st.customers.get(page_id)  # mistake: an optional int for an id
    ok_date = datetime.date(2024, 1, 1)
    await st.customers.list(created_before=ok_date, active="Any")
    await st.customers.list(sort="-ModifiedOn")
    st.customers.contacts.list_all(customer_ids="1,2")
    st.locations.contacts.list_all(modified_on_or_after=ok_date, location_ids="3")
    await st.contacts.get(uuid.UUID(int=1))
    del customer
