from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.create_location_tag_response import CreateLocationTagResponse
from ...types import Response

OPERATION = "POST /locations/{id}/tags/{tag_type_id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations/{id}/tags/{tag_type_id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "locationId",
        "tagTypeIds",
    )
)


def _get_kwargs(
    id: int,
    tag_type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/{id}/tags/{tag_type_id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
            tag_type_id=_arguments.path_integer(tag_type_id, "tag_type_id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CreateLocationTagResponse:
    if response.status_code == 200:
        try:
            response_200 = CreateLocationTagResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[CreateLocationTagResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    id: int,
    tag_type_id: int,
    *,
    client: HttpClient,
) -> Response[CreateLocationTagResponse]:
    """Tag a location.

     Tag a location. OAuth scope: tn.crm.locations:w.

    Args:
        id (int):
        tag_type_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CreateLocationTagResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        tag_type_id=tag_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    tag_type_id: int,
    *,
    client: HttpClient,
) -> CreateLocationTagResponse:
    """Tag a location.

     Tag a location. OAuth scope: tn.crm.locations:w.

    Args:
        id (int):
        tag_type_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CreateLocationTagResponse
    """

    kwargs = _get_kwargs(
        id=id,
        tag_type_id=tag_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
