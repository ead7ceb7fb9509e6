from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...types import Response

OPERATION = "DELETE /contacts/{contact_id}/relationships/{related_entity_id}/{type_slug}"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/contacts/{contact_id}/relationships/{related_entity_id}/{type_slug}"
}


def _get_kwargs(
    contact_id: UUID,
    related_entity_id: int,
    type_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts/{contact_id}/relationships/{related_entity_id}/{type_slug}".format(
            contact_id=_arguments.path_uuid(contact_id, "contact_id", OPERATION),
            related_entity_id=_arguments.path_integer(
                related_entity_id, "related_entity_id", OPERATION
            ),
            type_slug=_arguments.path_text(type_slug, "type_slug", OPERATION),
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
    contact_id: UUID,
    related_entity_id: int,
    type_slug: str,
    *,
    client: HttpClient,
) -> Response[None]:
    """Remove a relationship between a contact and an entity.

     Remove a relationship between a contact and an entity. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        related_entity_id (int):
        type_slug (str):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        related_entity_id=related_entity_id,
        type_slug=type_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    contact_id: UUID,
    related_entity_id: int,
    type_slug: str,
    *,
    client: HttpClient,
) -> None:
    """Remove a relationship between a contact and an entity.

     Remove a relationship between a contact and an entity. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        related_entity_id (int):
        type_slug (str):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        related_entity_id=related_entity_id,
        type_slug=type_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
