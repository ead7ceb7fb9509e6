from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "DELETE /contacts/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/contacts/{id}"}


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts/{id}".format(
            id=_arguments.path_uuid(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

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
    id: UUID,
    *,
    client: HttpClient,
) -> Response[None]:
    """Delete a contact.

     Delete a contact. OAuth scope: tn.crm.contacts:w.

    Args:
        id (UUID):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: UUID,
    *,
    client: HttpClient,
) -> None:
    """Delete a contact.

     Delete a contact. OAuth scope: tn.crm.contacts:w.

    Args:
        id (UUID):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
