from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.add_bulk_tags_request import AddBulkTagsRequest
from ...types import Response

OPERATION = "PUT /tags"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/tags"}


def _get_kwargs(
    *,
    body: AddBulkTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tags",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, AddBulkTagsRequest, OPERATION)

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
    *,
    client: HttpClient,
    body: AddBulkTagsRequest,
) -> Response[None]:
    """Add tags to many customers or locations.

     Add tags to many customers or locations. OAuth scope: tn.crm.tags:w.

    Args:
        body (AddBulkTagsRequest): Tags to put on customers, many customers and tags in one
            request.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    body: AddBulkTagsRequest,
) -> None:
    """Add tags to many customers or locations.

     Add tags to many customers or locations. OAuth scope: tn.crm.tags:w.

    Args:
        body (AddBulkTagsRequest): Tags to put on customers, many customers and tags in one
            request.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(response=response)
