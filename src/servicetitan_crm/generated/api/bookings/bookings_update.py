from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.booking_response import BookingResponse
from ...models.update_booking_request import UpdateBookingRequest
from ...types import UNSET, Response, Unset

OPERATION = "PATCH /booking-provider/{booking_provider}/bookings/{id}"


def _get_kwargs(
    booking_provider: int,
    id: int,
    *,
    body: UpdateBookingRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/booking-provider/{booking_provider}/bookings/{id}".format(
            booking_provider=quote(str(booking_provider), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> BookingResponse:
    if response.status_code == 200:
        try:
            response_200 = BookingResponse.from_dict(
                errors.checked_json(
                    OPERATION,
                    response,
                    "object",
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
                    ),
                )
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
    id: int,
    *,
    client: HttpClient,
    body: UpdateBookingRequest | Unset = UNSET,
) -> Response[BookingResponse]:
    """Update a booking created by this booking provider.

     Update a booking created by this booking provider. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        body (UpdateBookingRequest | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[BookingResponse]
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
    body: UpdateBookingRequest | Unset = UNSET,
) -> BookingResponse:
    """Update a booking created by this booking provider.

     Update a booking created by this booking provider. OAuth scope: tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        body (UpdateBookingRequest | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        BookingResponse
    """

    return (
        await asyncio_detailed(
            booking_provider=booking_provider,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
