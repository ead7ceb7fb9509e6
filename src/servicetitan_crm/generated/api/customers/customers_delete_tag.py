from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "DELETE /customers/{id}/tags/{tag_type_id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/customers/{id}/tags/{tag_type_id}"}


def _get_kwargs(
    id: int,
    tag_type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customers/{id}/tags/{tag_type_id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
            tag_type_id=_arguments.path_integer(tag_type_id, "tag_type_id", OPERATION),
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
    tag_type_id: int,
    *,
    client: HttpClient,
) -> Response[None]:
    """Remove a tag from a customer.

     Remove a tag from a customer. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        tag_type_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
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
) -> None:
    """Remove a tag from a customer.

     Remove a tag from a customer. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        tag_type_id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        tag_type_id=tag_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
