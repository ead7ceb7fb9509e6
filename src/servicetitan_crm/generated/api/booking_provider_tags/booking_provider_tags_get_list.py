import datetime
from typing import Any, Literal

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.get_booking_provider_tag_response_page import GetBookingProviderTagResponsePage
from ...models.sort_by_id_created_on_modified_on import SortByIdCreatedOnModifiedOn
from ...types import UNSET, Response, Unset

OPERATION = "GET /booking-provider-tags"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/booking-provider-tags"}
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
    name: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if name is not UNSET:
        params["name"] = _arguments.text(name, "name", OPERATION)
    if ids is not UNSET:
        params["ids"] = _arguments.text(ids, "ids", OPERATION)
    if page is not UNSET:
        params["page"] = _arguments.integer(page, "page", OPERATION)
    if page_size is not UNSET:
        params["pageSize"] = _arguments.integer(page_size, "page_size", OPERATION)
    if include_total is not UNSET:
        params["includeTotal"] = _arguments.boolean(include_total, "include_total", OPERATION)
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
    if sort is not UNSET:
        params["sort"] = _arguments.query_enum(sort, SortByIdCreatedOnModifiedOn, "sort", OPERATION)

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/booking-provider-tags",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> GetBookingProviderTagResponsePage:
    if response.status_code == 200:
        try:
            response_200 = GetBookingProviderTagResponsePage.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[GetBookingProviderTagResponsePage]:
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
    name: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
) -> Response[GetBookingProviderTagResponsePage]:
    """List booking provider tags.

     List booking provider tags. OAuth scope: tn.crm.bookingprovidertags:r.

    Args:
        name (str | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[GetBookingProviderTagResponsePage]
    """

    kwargs = _get_kwargs(
        name=name,
        ids=ids,
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
    name: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
) -> GetBookingProviderTagResponsePage:
    """List booking provider tags.

     List booking provider tags. OAuth scope: tn.crm.bookingprovidertags:r.

    Args:
        name (str | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        GetBookingProviderTagResponsePage
    """

    kwargs = _get_kwargs(
        name=name,
        ids=ids,
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

    return _parse_response(response=response)
