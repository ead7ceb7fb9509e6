from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "GET /locations/{id}/preferredtechnician"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations/{id}/preferredtechnician"}


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{id}/preferredtechnician".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> int | None:
    if response.status_code == 200:
        try:
            response_200: int | None = errors.checked_json(
                OPERATION, response, "integer", nullable=True
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[int | None]:
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
) -> Response[int | None]:
    """Get the id of a location's preferred technician (a bare number, or null).

     Get the id of a location's preferred technician (a bare number, or null). OAuth scope:
    tn.crm.locations:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[int | None]
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
) -> int | None:
    """Get the id of a location's preferred technician (a bare number, or null).

     Get the id of a location's preferred technician (a bare number, or null). OAuth scope:
    tn.crm.locations:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        int | None
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
