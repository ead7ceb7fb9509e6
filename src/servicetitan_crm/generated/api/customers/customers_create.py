from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.create_customer_request import CreateCustomerRequest
from ...models.created_customer_response import CreatedCustomerResponse
from ...types import Response

OPERATION = "POST /customers"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/customers"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "active",
        "address",
        "balance",
        "contacts",
        "createdById",
        "createdOn",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "id",
        "locations",
        "mergedToId",
        "modifiedOn",
        "name",
        "nationalAccount",
        "paymentTermId",
        "tagTypeIds",
        "taxExempt",
        "type",
    )
)


def _get_kwargs(
    *,
    body: CreateCustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, CreateCustomerRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CreatedCustomerResponse:
    if response.status_code == 200:
        try:
            response_200 = CreatedCustomerResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[CreatedCustomerResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: HttpClient,
    body: CreateCustomerRequest,
) -> Response[CreatedCustomerResponse]:
    """Create a customer with its first locations.

     Create a customer with its first locations. OAuth scope: tn.crm.customers:w.

    Args:
        body (CreateCustomerRequest): A new customer, with its first locations and contacts.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CreatedCustomerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: CreateCustomerRequest,
) -> CreatedCustomerResponse:
    """Create a customer with its first locations.

     Create a customer with its first locations. OAuth scope: tn.crm.customers:w.

    Args:
        body (CreateCustomerRequest): A new customer, with its first locations and contacts.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CreatedCustomerResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
