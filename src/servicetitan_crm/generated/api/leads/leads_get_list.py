import datetime
from typing import Any, Literal

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.lead_response_page import LeadResponsePage
from ...models.lead_status import LeadStatus
from ...models.sort_by_id_created_on_modified_on import SortByIdCreatedOnModifiedOn
from ...types import UNSET, Response, Unset

OPERATION = "GET /leads"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "data",
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    )
)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Literal["Open", "Dismissed", "Converted"] | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.date | Unset = UNSET,
    customer_created_before: datetime.date | Unset = UNSET,
    customer_modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = _arguments.integer(page, "page", OPERATION)
    if page_size is not UNSET:
        params["pageSize"] = _arguments.integer(page_size, "page_size", OPERATION)
    if include_total is not UNSET:
        params["includeTotal"] = _arguments.boolean(include_total, "include_total", OPERATION)
    if ids is not UNSET:
        params["ids"] = _arguments.text(ids, "ids", OPERATION)
    if created_before is not UNSET:
        params["createdBefore"] = _arguments.timestamp(created_before, "created_before", OPERATION)
    if created_on_or_after is not UNSET:
        params["createdOnOrAfter"] = _arguments.timestamp(
            created_on_or_after, "created_on_or_after", OPERATION
        )
    if modified_before is not UNSET:
        params["modifiedBefore"] = _arguments.timestamp(
            modified_before, "modified_before", OPERATION
        )
    if modified_on_or_after is not UNSET:
        params["modifiedOnOrAfter"] = _arguments.timestamp(
            modified_on_or_after, "modified_on_or_after", OPERATION
        )
    if customer_id is not UNSET:
        params["customerId"] = _arguments.integer(customer_id, "customer_id", OPERATION)
    if is_prospect is not UNSET:
        params["isProspect"] = _arguments.boolean(is_prospect, "is_prospect", OPERATION)
    if without_customer is not UNSET:
        params["withoutCustomer"] = _arguments.boolean(
            without_customer, "without_customer", OPERATION
        )
    if status is not UNSET:
        params["status"] = _arguments.query_enum(status, LeadStatus, "status", OPERATION)
    if customer_city is not UNSET:
        params["customerCity"] = _arguments.text(customer_city, "customer_city", OPERATION)
    if customer_state is not UNSET:
        params["customerState"] = _arguments.text(customer_state, "customer_state", OPERATION)
    if customer_zip is not UNSET:
        params["customerZip"] = _arguments.text(customer_zip, "customer_zip", OPERATION)
    if customer_created_on_or_after is not UNSET:
        params["customerCreatedOnOrAfter"] = _arguments.timestamp(
            customer_created_on_or_after, "customer_created_on_or_after", OPERATION
        )
    if customer_created_before is not UNSET:
        params["customerCreatedBefore"] = _arguments.timestamp(
            customer_created_before, "customer_created_before", OPERATION
        )
    if customer_modified_on_or_after is not UNSET:
        params["customerModifiedOnOrAfter"] = _arguments.timestamp(
            customer_modified_on_or_after, "customer_modified_on_or_after", OPERATION
        )
    if sort is not UNSET:
        params["sort"] = _arguments.query_enum(sort, SortByIdCreatedOnModifiedOn, "sort", OPERATION)
    if gen_perm_url is not UNSET:
        params["genPermUrl"] = _arguments.boolean(gen_perm_url, "gen_perm_url", OPERATION)
    if lead_customer_name is not UNSET:
        params["leadCustomerName"] = _arguments.text(
            lead_customer_name, "lead_customer_name", OPERATION
        )
    if lead_phone is not UNSET:
        params["leadPhone"] = _arguments.text(lead_phone, "lead_phone", OPERATION)
    if is_capture_source_form is not UNSET:
        params["isCaptureSourceForm"] = _arguments.boolean(
            is_capture_source_form, "is_capture_source_form", OPERATION
        )

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LeadResponsePage:
    if response.status_code == 200:
        try:
            response_200 = LeadResponsePage.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[LeadResponsePage]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Literal["Open", "Dismissed", "Converted"] | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.date | Unset = UNSET,
    customer_created_before: datetime.date | Unset = UNSET,
    customer_modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> Response[LeadResponsePage]:
    """List leads.

     List leads. OAuth scope: tn.crm.leads:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (LeadStatus | Unset): Where a lead stands.
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LeadResponsePage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        customer_id=customer_id,
        is_prospect=is_prospect,
        without_customer=without_customer,
        status=status,
        customer_city=customer_city,
        customer_state=customer_state,
        customer_zip=customer_zip,
        customer_created_on_or_after=customer_created_on_or_after,
        customer_created_before=customer_created_before,
        customer_modified_on_or_after=customer_modified_on_or_after,
        sort=sort,
        gen_perm_url=gen_perm_url,
        lead_customer_name=lead_customer_name,
        lead_phone=lead_phone,
        is_capture_source_form=is_capture_source_form,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Literal["Open", "Dismissed", "Converted"] | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.date | Unset = UNSET,
    customer_created_before: datetime.date | Unset = UNSET,
    customer_modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> LeadResponsePage:
    """List leads.

     List leads. OAuth scope: tn.crm.leads:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (LeadStatus | Unset): Where a lead stands.
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LeadResponsePage
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        customer_id=customer_id,
        is_prospect=is_prospect,
        without_customer=without_customer,
        status=status,
        customer_city=customer_city,
        customer_state=customer_state,
        customer_zip=customer_zip,
        customer_created_on_or_after=customer_created_on_or_after,
        customer_created_before=customer_created_before,
        customer_modified_on_or_after=customer_modified_on_or_after,
        sort=sort,
        gen_perm_url=gen_perm_url,
        lead_customer_name=lead_customer_name,
        lead_phone=lead_phone,
        is_capture_source_form=is_capture_source_form,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
