from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.booking_response import BookingResponse
from ...models.create_booking_request import CreateBookingRequest
from ...types import Response

OPERATION = "POST /booking-provider/{booking_provider}/bookings"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/booking-provider/{booking_provider}/bookings"
}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "address",
        "bookingProviderId",
        "businessUnitId",
        "campaignId",
        "createdOn",
        "customerType",
        "dismissingReasonId",
        "externalId",
        "id",
        "isFirstTimeClient",
        "isSendConfirmationEmail",
        "jobId",
        "jobTypeId",
        "modifiedOn",
        "name",
        "priority",
        "source",
        "start",
        "status",
        "summary",
        "uploadedImages",
    )
)


def _get_kwargs(
    booking_provider: int,
    *,
    body: CreateBookingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/booking-provider/{booking_provider}/bookings".format(
            booking_provider=_arguments.path_integer(
                booking_provider, "booking_provider", OPERATION
            ),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, CreateBookingRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> BookingResponse:
    if response.status_code == 200:
        try:
            response_200 = BookingResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[BookingResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    booking_provider: int,
    *,
    client: HttpClient,
    body: CreateBookingRequest,
) -> Response[BookingResponse]:
    """Create a booking as this booking provider.

     Create a booking as this booking provider. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        body (CreateBookingRequest): A new booking, filed by a booking provider.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[BookingResponse]
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    booking_provider: int,
    *,
    client: HttpClient,
    body: CreateBookingRequest,
) -> BookingResponse:
    """Create a booking as this booking provider.

     Create a booking as this booking provider. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        body (CreateBookingRequest): A new booking, filed by a booking provider.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        BookingResponse
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
