from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.location_response import LocationResponse
from ...types import Response

OPERATION = "GET /locations/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations/{id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "active",
        "address",
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
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LocationResponse:
    if response.status_code == 200:
        try:
            response_200 = LocationResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[LocationResponse]:
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
) -> Response[LocationResponse]:
    """Get a location.

     Get a location. OAuth scope: tn.crm.locations:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LocationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    *,
    client: HttpClient,
) -> LocationResponse:
    """Get a location.

     Get a location. OAuth scope: tn.crm.locations:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LocationResponse
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
