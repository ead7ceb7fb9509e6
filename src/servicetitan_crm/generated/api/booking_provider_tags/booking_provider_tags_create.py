from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.create_booking_provider_tag_request import CreateBookingProviderTagRequest
from ...models.create_booking_provider_tag_response import CreateBookingProviderTagResponse
from ...types import Response

OPERATION = "POST /booking-provider-tags"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/booking-provider-tags"}
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
    *,
    body: CreateBookingProviderTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/booking-provider-tags",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, CreateBookingProviderTagRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CreateBookingProviderTagResponse:
    if response.status_code == 200:
        try:
            response_200 = CreateBookingProviderTagResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[CreateBookingProviderTagResponse]:
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
    body: CreateBookingProviderTagRequest,
) -> Response[CreateBookingProviderTagResponse]:
    """Create a booking provider tag.

     Create a booking provider tag. OAuth scope: tn.crm.bookingprovidertags:w.

    Args:
        body (CreateBookingProviderTagRequest): A new booking-provider tag, under which a provider
            files bookings.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CreateBookingProviderTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: CreateBookingProviderTagRequest,
) -> CreateBookingProviderTagResponse:
    """Create a booking provider tag.

     Create a booking provider tag. OAuth scope: tn.crm.bookingprovidertags:w.

    Args:
        body (CreateBookingProviderTagRequest): A new booking-provider tag, under which a provider
            files bookings.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CreateBookingProviderTagResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
