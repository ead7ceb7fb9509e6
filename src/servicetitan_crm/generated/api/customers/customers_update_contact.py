from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.customer_contact_with_modified_on_response import (
    CustomerContactWithModifiedOnResponse,
)
from ...models.update_customer_contact_request import UpdateCustomerContactRequest
from ...types import Response

OPERATION = "PATCH /customers/{id}/contacts/{contact_id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/customers/{id}/contacts/{contact_id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "createdOn",
        "id",
        "memo",
        "modifiedOn",
        "phoneSettings",
        "preferences",
        "type",
        "value",
    )
)


def _get_kwargs(
    id: int,
    contact_id: int,
    *,
    body: UpdateCustomerContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/customers/{id}/contacts/{contact_id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
            contact_id=_arguments.path_integer(contact_id, "contact_id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, UpdateCustomerContactRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CustomerContactWithModifiedOnResponse:
    if response.status_code == 200:
        try:
            response_200 = CustomerContactWithModifiedOnResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(
    *, response: httpx2.Response
) -> Response[CustomerContactWithModifiedOnResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    id: int,
    contact_id: int,
    *,
    client: HttpClient,
    body: UpdateCustomerContactRequest,
) -> Response[CustomerContactWithModifiedOnResponse]:
    """Update a customer contact.

     Update a customer contact. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        contact_id (int):
        body (UpdateCustomerContactRequest): The fields to change on a customer's contact.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CustomerContactWithModifiedOnResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    contact_id: int,
    *,
    client: HttpClient,
    body: UpdateCustomerContactRequest,
) -> CustomerContactWithModifiedOnResponse:
    """Update a customer contact.

     Update a customer contact. OAuth scope: tn.crm.customers:w.

    Args:
        id (int):
        contact_id (int):
        body (UpdateCustomerContactRequest): The fields to change on a customer's contact.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CustomerContactWithModifiedOnResponse
    """

    kwargs = _get_kwargs(
        id=id,
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
