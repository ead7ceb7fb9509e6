from typing import Any

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.location_note_create_request import LocationNoteCreateRequest
from ...models.note_response import NoteResponse
from ...types import Response

OPERATION = "POST /locations/{id}/notes"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations/{id}/notes"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "createdById",
        "createdOn",
        "id",
        "isPinned",
        "modifiedOn",
        "text",
    )
)


def _get_kwargs(
    id: int,
    *,
    body: LocationNoteCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/{id}/notes".format(
            id=_arguments.path_integer(id, "id", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, LocationNoteCreateRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> NoteResponse:
    if response.status_code == 200:
        try:
            response_200 = NoteResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[NoteResponse]:
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
    body: LocationNoteCreateRequest,
) -> Response[NoteResponse]:
    """Add a note to a location.

     Add a note to a location. OAuth scope: tn.crm.locations:w.

    Args:
        id (int):
        body (LocationNoteCreateRequest): A note to add to a location.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[NoteResponse]
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
    body: LocationNoteCreateRequest,
) -> NoteResponse:
    """Add a note to a location.

     Add a note to a location. OAuth scope: tn.crm.locations:w.

    Args:
        id (int):
        body (LocationNoteCreateRequest): A note to add to a location.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        NoteResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
