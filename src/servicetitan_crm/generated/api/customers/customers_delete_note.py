from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "DELETE /customers/{id}/notes/{note_id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/customers/{id}/notes/{note_id}"}


def _get_kwargs(
    id: int,
    note_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customers/{id}/notes/{note_id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
            note_id=_arguments.path_integer(note_id, "note_id", OPERATION),
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
    id: int,
    note_id: int,
    *,
    client: HttpClient,
) -> Response[None]:
    """Delete a customer note.

     Delete a customer note. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        note_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    note_id: int,
    *,
    client: HttpClient,
) -> None:
    """Delete a customer note.

     Delete a customer note. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        note_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
