from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.customer_response import CustomerResponse
from ...types import Response

OPERATION = "GET /customers/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/customers/{id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "active",
        "address",
        "balance",
        "createdById",
        "createdOn",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "id",
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
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> CustomerResponse:
    if response.status_code == 200:
        try:
            response_200 = CustomerResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[CustomerResponse]:
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
) -> Response[CustomerResponse]:
    """Get a customer.

     Get a customer. OAuth scope: tn.crm.customers:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[CustomerResponse]
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
) -> CustomerResponse:
    """Get a customer.

     Get a customer. OAuth scope: tn.crm.customers:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        CustomerResponse
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
