from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.booking_provider_tag_response import BookingProviderTagResponse
from ...models.update_booking_provider_tag_request import UpdateBookingProviderTagRequest
from ...types import Response

OPERATION = "PATCH /booking-provider-tags/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/booking-provider-tags/{id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "createdOn",
        "description",
        "id",
        "modifiedOn",
        "tagName",
        "type",
    )
)


def _get_kwargs(
    id: int,
    *,
    body: UpdateBookingProviderTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/booking-provider-tags/{id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, UpdateBookingProviderTagRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> BookingProviderTagResponse:
    if response.status_code == 200:
        try:
            response_200 = BookingProviderTagResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[BookingProviderTagResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    id: int,
    *,
    client: HttpClient,
    body: UpdateBookingProviderTagRequest,
) -> Response[BookingProviderTagResponse]:
    """Update a booking provider tag.

     Update a booking provider tag. OAuth scope: tn.crm.bookingprovidertags:w.

    Args:
        id (int):
        body (UpdateBookingProviderTagRequest): The fields to change on a booking-provider tag.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[BookingProviderTagResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    *,
    client: HttpClient,
    body: UpdateBookingProviderTagRequest,
) -> BookingProviderTagResponse:
    """Update a booking provider tag.

     Update a booking provider tag. OAuth scope: tn.crm.bookingprovidertags:w.

    Args:
        id (int):
        body (UpdateBookingProviderTagRequest): The fields to change on a booking-provider tag.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        BookingProviderTagResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
