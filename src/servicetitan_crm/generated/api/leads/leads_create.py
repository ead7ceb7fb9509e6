from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.lead_create_request import LeadCreateRequest
from ...models.lead_response import LeadResponse
from ...types import Response

OPERATION = "POST /leads"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads"}
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
    *,
    body: LeadCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, LeadCreateRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: HttpClient,
    body: LeadCreateRequest,
) -> Response[LeadResponse]:
    """Create a lead.

     Create a lead. OAuth scope: tn.crm.leads:w.

    Args:
        body (LeadCreateRequest): A new lead, a potential job to follow up.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LeadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: LeadCreateRequest,
) -> LeadResponse:
    """Create a lead.

     Create a lead. OAuth scope: tn.crm.leads:w.

    Args:
        body (LeadCreateRequest): A new lead, a potential job to follow up.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LeadResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
