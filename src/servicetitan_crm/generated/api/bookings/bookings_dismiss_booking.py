from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.dismiss_booking_model import DismissBookingModel
from ...types import Response

OPERATION = "POST /booking-provider/{booking_provider}/bookings/{id}/dismiss"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/booking-provider/{booking_provider}/bookings/{id}/dismiss"
}


def _get_kwargs(
    booking_provider: int,
    id: int,
    *,
    body: DismissBookingModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/booking-provider/{booking_provider}/bookings/{id}/dismiss".format(
            booking_provider=_arguments.path_integer(
                booking_provider, "booking_provider", OPERATION
            ),
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, DismissBookingModel, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: HttpClient,
    body: DismissBookingModel,
) -> Response[None]:
    """Dismiss a provider's booking.

     Dismiss a provider's booking. Only in the newest spec, which types booking_provider as a string on
    this route alone; it is an int64 here as on every other booking-provider route. OAuth scope:
    tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        body (DismissBookingModel): Why a booking is being dismissed.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    booking_provider: int,
    id: int,
    *,
    client: HttpClient,
    body: DismissBookingModel,
) -> None:
    """Dismiss a provider's booking.

     Dismiss a provider's booking. Only in the newest spec, which types booking_provider as a string on
    this route alone; it is an int64 here as on every other booking-provider route. OAuth scope:
    tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        body (DismissBookingModel): Why a booking is being dismissed.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
