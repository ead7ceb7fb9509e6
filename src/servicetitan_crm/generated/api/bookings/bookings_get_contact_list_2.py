from typing import Any

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.booking_contact_response_page import BookingContactResponsePage
from ...types import UNSET, Response, Unset

OPERATION = "GET /booking-provider/{booking_provider}/bookings/{id}/contacts"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/booking-provider/{booking_provider}/bookings/{id}/contacts"
}
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
    booking_provider: int,
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = _arguments.integer(page, "page", OPERATION)
    if page_size is not UNSET:
        params["pageSize"] = _arguments.integer(page_size, "page_size", OPERATION)
    if include_total is not UNSET:
        params["includeTotal"] = _arguments.boolean(include_total, "include_total", OPERATION)

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/booking-provider/{booking_provider}/bookings/{id}/contacts".format(
            booking_provider=_arguments.path_integer(
                booking_provider, "booking_provider", OPERATION
            ),
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> BookingContactResponsePage:
    if response.status_code == 200:
        try:
            response_200 = BookingContactResponsePage.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[BookingContactResponsePage]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    booking_provider: int,
    id: int,
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[BookingContactResponsePage]:
    """List the contacts of a provider's booking.

     List the contacts of a provider's booking. OAuth scope: tn.crm.bookings:r.

    Args:
        booking_provider (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[BookingContactResponsePage]
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    booking_provider: int,
    id: int,
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> BookingContactResponsePage:
    """List the contacts of a provider's booking.

     List the contacts of a provider's booking. OAuth scope: tn.crm.bookings:r.

    Args:
        booking_provider (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        BookingContactResponsePage
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
