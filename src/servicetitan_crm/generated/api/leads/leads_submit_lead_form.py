from typing import Any

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.submit_lead_form_request import SubmitLeadFormRequest
from ...models.submit_lead_form_response import SubmitLeadFormResponse
from ...types import UNSET, Response, Unset

OPERATION = "POST /leads/form"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/leads/form"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(("leadId",))


def _get_kwargs(
    *,
    body: SubmitLeadFormRequest,
    id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    if id is not UNSET:
        params["id"] = _arguments.integer(id, "id", OPERATION)

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/form",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, SubmitLeadFormRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> SubmitLeadFormResponse:
    if response.status_code == 200:
        try:
            response_200 = SubmitLeadFormResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[SubmitLeadFormResponse]:
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
    body: SubmitLeadFormRequest,
    id: int | Unset = UNSET,
) -> Response[SubmitLeadFormResponse]:
    """Submit a lead form (creates or updates a lead).

     Submit a lead form (creates or updates a lead). Pass `id` to update the lead the form belongs to.
    OAuth scope: tn.crm.leads:w.

    Args:
        id (int | Unset):
        body (SubmitLeadFormRequest): What a web lead form collected.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[SubmitLeadFormResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: SubmitLeadFormRequest,
    id: int | Unset = UNSET,
) -> SubmitLeadFormResponse:
    """Submit a lead form (creates or updates a lead).

     Submit a lead form (creates or updates a lead). Pass `id` to update the lead the form belongs to.
    OAuth scope: tn.crm.leads:w.

    Args:
        id (int | Unset):
        body (SubmitLeadFormRequest): What a web lead form collected.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        SubmitLeadFormResponse
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
