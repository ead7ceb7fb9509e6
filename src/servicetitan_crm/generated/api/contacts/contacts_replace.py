from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.contact_response import ContactResponse
from ...models.replace_contact_request import ReplaceContactRequest
from ...types import Response

OPERATION = "PUT /contacts/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/contacts/{id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "createdBy",
        "createdOn",
        "id",
        "isArchived",
        "modifiedBy",
        "modifiedOn",
        "name",
        "referenceId",
        "title",
    )
)


def _get_kwargs(
    id: UUID,
    *,
    body: ReplaceContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{id}".format(
            id=_arguments.path_uuid(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, ReplaceContactRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ContactResponse:
    if response.status_code == 200:
        try:
            response_200 = ContactResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[ContactResponse]:
    parsed = _parse_response(response=response)
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
    body: ReplaceContactRequest,
) -> Response[ContactResponse]:
    """Replace a contact.

     Replace a contact. OAuth scope: tn.crm.contacts:w.

    Args:
        id (UUID):
        body (ReplaceContactRequest): Every field of a contact, replacing what is stored.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[ContactResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: UUID,
    *,
    client: HttpClient,
    body: ReplaceContactRequest,
) -> ContactResponse:
    """Replace a contact.

     Replace a contact. OAuth scope: tn.crm.contacts:w.

    Args:
        id (UUID):
        body (ReplaceContactRequest): Every field of a contact, replacing what is stored.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ContactResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
