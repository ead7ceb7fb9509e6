import datetime
from typing import Any
from uuid import UUID

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.active_request_arg import ActiveRequestArg
from ...models.customer_response_page import CustomerResponsePage
from ...types import UNSET, Response, Unset, format_timestamp

OPERATION = "GET /customers"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

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

    params["excludeAccountingChangesFromModifiedDateRange"] = (
        exclude_accounting_changes_from_modified_date_range
    )

    params["name"] = name

    params["street"] = street

    params["unit"] = unit

    params["city"] = city

    params["state"] = state

    params["zip"] = zip_

    params["country"] = country

    params["latitude"] = latitude

    params["longitude"] = longitude

    params["phone"] = phone

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    json_external_data_application_guid: str | Unset = UNSET
    if not isinstance(external_data_application_guid, Unset):
        json_external_data_application_guid = str(external_data_application_guid)
    params["externalDataApplicationGuid"] = json_external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CustomerResponsePage:
    if response.status_code == 200:
        try:
            response_200 = CustomerResponsePage.from_dict(
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


def _build_response(*, response: httpx2.Response) -> Response[CustomerResponsePage]:
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
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[CustomerResponsePage]:
    """List customers.

     List customers. OAuth scope: tn.crm.customers:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset): Filter on the active flag. True (the default when
            omitted) hides inactive records; Any returns both; False returns only inactive ones.
        external_data_application_guid (UUID | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CustomerResponsePage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
        name=name,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        phone=phone,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> CustomerResponsePage:
    """List customers.

     List customers. OAuth scope: tn.crm.customers:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset): Filter on the active flag. True (the default when
            omitted) hides inactive records; Any returns both; False returns only inactive ones.
        external_data_application_guid (UUID | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CustomerResponsePage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
            ids=ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
            name=name,
            street=street,
            unit=unit,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            latitude=latitude,
            longitude=longitude,
            phone=phone,
            active=active,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
        )
    ).parsed
