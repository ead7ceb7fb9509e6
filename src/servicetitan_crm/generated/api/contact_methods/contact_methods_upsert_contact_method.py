from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.contact_method_response import ContactMethodResponse
from ...models.upsert_contact_method_request import UpsertContactMethodRequest
from ...types import Response

OPERATION = "PUT /contacts/{contact_id}/contact-methods/{contact_method_id}"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/contacts/{contact_id}/contact-methods/{contact_method_id}"
}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "contactId",
        "createdBy",
        "createdOn",
        "id",
        "memo",
        "modifiedBy",
        "modifiedOn",
        "referenceId",
        "type",
        "value",
    )
)


def _get_kwargs(
    contact_id: UUID,
    contact_method_id: UUID,
    *,
    body: UpsertContactMethodRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{contact_id}/contact-methods/{contact_method_id}".format(
            contact_id=_arguments.path_uuid(contact_id, "contact_id", OPERATION),
            contact_method_id=_arguments.path_uuid(
                contact_method_id, "contact_method_id", OPERATION
            ),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, UpsertContactMethodRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ContactMethodResponse:
    if response.status_code == 200:
        try:
            response_200 = ContactMethodResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[ContactMethodResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    contact_id: UUID,
    contact_method_id: UUID,
    *,
    client: HttpClient,
    body: UpsertContactMethodRequest,
) -> Response[ContactMethodResponse]:
    """Create or replace a contact method.

     Create or replace a contact method. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):
        body (UpsertContactMethodRequest): A contact method to create or replace under an id you
            choose.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[ContactMethodResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    contact_id: UUID,
    contact_method_id: UUID,
    *,
    client: HttpClient,
    body: UpsertContactMethodRequest,
) -> ContactMethodResponse:
    """Create or replace a contact method.

     Create or replace a contact method. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):
        body (UpsertContactMethodRequest): A contact method to create or replace under an id you
            choose.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ContactMethodResponse
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
