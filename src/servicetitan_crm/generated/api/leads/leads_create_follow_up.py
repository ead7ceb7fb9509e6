from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.create_follow_up_request import CreateFollowUpRequest
from ...models.follow_up_response import FollowUpResponse
from ...types import Response

OPERATION = "POST /leads/{id}/follow-up"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads/{id}/follow-up"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "followUpDate",
        "leadId",
        "pinToTop",
        "text",
    )
)


def _get_kwargs(
    id: int,
    *,
    body: CreateFollowUpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/{id}/follow-up".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, CreateFollowUpRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> FollowUpResponse:
    if response.status_code == 200:
        try:
            response_200 = FollowUpResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[FollowUpResponse]:
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
    body: CreateFollowUpRequest,
) -> Response[FollowUpResponse]:
    """Schedule a follow-up on a lead.

     Schedule a follow-up on a lead. OAuth scope: tn.crm.leads:w.

    Args:
        id (int):
        body (CreateFollowUpRequest): A follow-up to schedule on a lead.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[FollowUpResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    *,
    client: HttpClient,
    body: CreateFollowUpRequest,
) -> FollowUpResponse:
    """Schedule a follow-up on a lead.

     Schedule a follow-up on a lead. OAuth scope: tn.crm.leads:w.

    Args:
        id (int):
        body (CreateFollowUpRequest): A follow-up to schedule on a lead.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        FollowUpResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
