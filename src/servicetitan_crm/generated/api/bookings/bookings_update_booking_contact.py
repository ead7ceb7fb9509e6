from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.update_booking_contact_request import UpdateBookingContactRequest
from ...types import Response

OPERATION = "PATCH /booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}"
}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "memo",
        "type",
        "value",
    )
)


def _get_kwargs(
    booking_provider: int,
    id: int,
    contact_id: int,
    *,
    body: UpdateBookingContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/booking-provider/{booking_provider}/bookings/{id}/contacts/{contact_id}".format(
            booking_provider=_arguments.path_integer(
                booking_provider, "booking_provider", OPERATION
            ),
            id=_arguments.path_integer(id, "id", OPERATION),
            contact_id=_arguments.path_integer(contact_id, "contact_id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, UpdateBookingContactRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> UpdateBookingContactRequest:
    if response.status_code == 200:
        try:
            response_200 = UpdateBookingContactRequest.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[UpdateBookingContactRequest]:
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
    contact_id: int,
    *,
    client: HttpClient,
    body: UpdateBookingContactRequest,
) -> Response[UpdateBookingContactRequest]:
    """Update a contact of a provider's booking.

     Update a contact of a provider's booking. The official spec documents the 200 body with the request
    model (UpdateBookingContactRequest) rather than a contact response; kept as documented. OAuth scope:
    tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        contact_id (int):
        body (UpdateBookingContactRequest): The fields to change on a booking's contact.

            Sent by the server: every property may be null.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[UpdateBookingContactRequest]
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    booking_provider: int,
    id: int,
    contact_id: int,
    *,
    client: HttpClient,
    body: UpdateBookingContactRequest,
) -> UpdateBookingContactRequest:
    """Update a contact of a provider's booking.

     Update a contact of a provider's booking. The official spec documents the 200 body with the request
    model (UpdateBookingContactRequest) rather than a contact response; kept as documented. OAuth scope:
    tn.crm.bookings:w.

    Args:
        booking_provider (int):
        id (int):
        contact_id (int):
        body (UpdateBookingContactRequest): The fields to change on a booking's contact.

            Sent by the server: every property may be null.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        UpdateBookingContactRequest
    """

    kwargs = _get_kwargs(
        booking_provider=booking_provider,
        id=id,
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
