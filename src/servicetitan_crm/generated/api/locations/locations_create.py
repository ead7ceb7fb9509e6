from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.create_location_request import CreateLocationRequest
from ...models.create_location_response import CreateLocationResponse
from ...types import Response

OPERATION = "POST /locations"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "active",
        "address",
        "contacts",
        "createdById",
        "createdOn",
        "customFields",
        "customerId",
        "externalData",
        "id",
        "mergedToId",
        "modifiedOn",
        "name",
        "tagTypeIds",
        "taxExempt",
        "taxZoneId",
        "zoneId",
    )
)


def _get_kwargs(
    *,
    body: CreateLocationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, CreateLocationRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CreateLocationResponse:
    if response.status_code == 200:
        try:
            response_200 = CreateLocationResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[CreateLocationResponse]:
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
    body: CreateLocationRequest,
) -> Response[CreateLocationResponse]:
    """Create a location for an existing customer.

     Create a location for an existing customer. OAuth scope: tn.crm.locations:w.

    Args:
        body (CreateLocationRequest): A new location (service address) of an existing customer.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CreateLocationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: CreateLocationRequest,
) -> CreateLocationResponse:
    """Create a location for an existing customer.

     Create a location for an existing customer. OAuth scope: tn.crm.locations:w.

    Args:
        body (CreateLocationRequest): A new location (service address) of an existing customer.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CreateLocationResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
