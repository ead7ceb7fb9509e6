from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "DELETE /booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}"
}


def _get_kwargs(
    booking_provider: int,
    id: int,
    contact_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}".format(
            booking_provider=_arguments.path_integer(
                booking_provider, "booking_provider", OPERATION
            ),
            id=_arguments.path_integer(id, "id", OPERATION),
            contact_id=_arguments.path_integer(contact_id, "contact_id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> None:
    if response.status_code == 200:
        return
    errors.raise_for_status(response)
    return


def _build_response(*, response: httpx2.Response) -> Response[None]:
    _parse_response(response=response)
    parsed = None
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    booking_provider: int,
    id: int,
    contact_id: int,
    *,
    client: HttpClient,
) -> Response[None]:
    """Remove a contact from a provider's booking.

     Remove a contact from a provider's booking. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        contact_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    booking_provider: int,
    id: int,
    contact_id: int,
    *,
    client: HttpClient,
) -> None:
    """Remove a contact from a provider's booking.

     Remove a contact from a provider's booking. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        contact_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
