from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.lead_response import LeadResponse
from ...types import Response

OPERATION = "GET /leads/{id}"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads/{id}"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "bookingId",
        "businessUnitId",
        "callId",
        "callReasonId",
        "campaignId",
        "captureSource",
        "createdById",
        "createdOn",
        "customerId",
        "dismissingReasonId",
        "followUpDate",
        "id",
        "jobTypeId",
        "leadCity",
        "leadCountry",
        "leadCustomerName",
        "leadEmail",
        "leadPhone",
        "leadState",
        "leadStreet",
        "leadUnit",
        "leadUrl",
        "leadZip",
        "locationId",
        "manualCallId",
        "modifiedOn",
        "priority",
        "status",
        "summary",
        "tagTypeIds",
    )
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/{id}".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LeadResponse:
    if response.status_code == 200:
        try:
            response_200 = LeadResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[LeadResponse]:
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
) -> Response[LeadResponse]:
    """Get a lead.

     Get a lead. OAuth scope: tn.crm.leads:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LeadResponse]
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
) -> LeadResponse:
    """Get a lead.

     Get a lead. OAuth scope: tn.crm.leads:r.

    Args:
        id (int):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LeadResponse
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
