from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.dismiss_lead_request import DismissLeadRequest
from ...types import Response

OPERATION = "POST /leads/{id}/dismiss"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads/{id}/dismiss"}


def _get_kwargs(
    id: int,
    *,
    body: DismissLeadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/{id}/dismiss".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, DismissLeadRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: HttpClient,
    body: DismissLeadRequest,
) -> Response[None]:
    """Dismiss a lead with a reason.

     Dismiss a lead with a reason. POST, not PUT as the hand-written YAML says; dismissingReasonId is
    required. OAuth scope: tn.crm.leads:w.

    Args:
        id (int):
        body (DismissLeadRequest): Why a lead is being dismissed.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
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
    body: DismissLeadRequest,
) -> None:
    """Dismiss a lead with a reason.

     Dismiss a lead with a reason. POST, not PUT as the hand-written YAML says; dismissingReasonId is
    required. OAuth scope: tn.crm.leads:w.

    Args:
        id (int):
        body (DismissLeadRequest): Why a lead is being dismissed.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
