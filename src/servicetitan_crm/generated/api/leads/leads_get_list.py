import datetime
from typing import Any

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.lead_response_page import LeadResponsePage
from ...models.lead_status import LeadStatus
from ...types import UNSET, Response, Unset, format_timestamp

OPERATION = "GET /leads"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["ids"] = ids

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = format_timestamp(created_before)
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = format_timestamp(created_on_or_after)
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = format_timestamp(modified_before)
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = format_timestamp(modified_on_or_after)
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["customerId"] = customer_id

    params["isProspect"] = is_prospect

    params["withoutCustomer"] = without_customer

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["customerCity"] = customer_city

    params["customerState"] = customer_state

    params["customerZip"] = customer_zip

    json_customer_created_on_or_after: str | Unset = UNSET
    if not isinstance(customer_created_on_or_after, Unset):
        json_customer_created_on_or_after = format_timestamp(customer_created_on_or_after)
    params["customerCreatedOnOrAfter"] = json_customer_created_on_or_after

    json_customer_created_before: str | Unset = UNSET
    if not isinstance(customer_created_before, Unset):
        json_customer_created_before = format_timestamp(customer_created_before)
    params["customerCreatedBefore"] = json_customer_created_before

    json_customer_modified_on_or_after: str | Unset = UNSET
    if not isinstance(customer_modified_on_or_after, Unset):
        json_customer_modified_on_or_after = format_timestamp(customer_modified_on_or_after)
    params["customerModifiedOnOrAfter"] = json_customer_modified_on_or_after

    params["sort"] = sort

    params["genPermUrl"] = gen_perm_url

    params["leadCustomerName"] = lead_customer_name

    params["leadPhone"] = lead_phone

    params["isCaptureSourceForm"] = is_capture_source_form

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LeadResponsePage:
    if response.status_code == 200:
        try:
            response_200 = LeadResponsePage.from_dict(
                errors.checked_json(
                    OPERATION,
                    response,
                    "object",
                    (
                        "data",
                        "hasMore",
                        "page",
                        "pageSize",
                        "totalCount",
                    ),
                )
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
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
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
        sort (str | Unset):
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
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
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
        sort (str | Unset):
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

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
