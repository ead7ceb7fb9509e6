import datetime
from typing import Any

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.location_custom_field_type_response_page import LocationCustomFieldTypeResponsePage
from ...types import UNSET, Response, Unset, format_timestamp

OPERATION = "GET /locations/custom-fields"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

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

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/custom-fields",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LocationCustomFieldTypeResponsePage:
    if response.status_code == 200:
        try:
            response_200 = LocationCustomFieldTypeResponsePage.from_dict(
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


def _build_response(*, response: httpx2.Response) -> Response[LocationCustomFieldTypeResponsePage]:
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
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[LocationCustomFieldTypeResponsePage]:
    """List the custom field types of locations.

     List the custom field types of locations. OAuth scope: tn.crm.locations:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LocationCustomFieldTypeResponsePage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> LocationCustomFieldTypeResponsePage:
    """List the custom field types of locations.

     List the custom field types of locations. OAuth scope: tn.crm.locations:r.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LocationCustomFieldTypeResponsePage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            sort=sort,
        )
    ).parsed
