import datetime
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.note_response_page import NoteResponsePage
from ...types import UNSET, Response, Unset, format_timestamp

OPERATION = "GET /customers/{id}/notes"


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = format_timestamp(created_before)
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = format_timestamp(created_on_or_after)
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = format_timestamp(modified_before)
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = format_timestamp(modified_on_or_after)
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> NoteResponsePage:
    if response.status_code == 200:
        try:
            response_200 = NoteResponsePage.from_dict(
                errors.checked_json(
                    OPERATION,
                    response,
                    "object",
                    (
                        "data",
                        "hasMore",
                        "page",
                        "pageSize",
                        "totalCount",
                    ),
                )
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[NoteResponsePage]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
) -> Response[NoteResponsePage]:
    """List a customer's notes.

     List a customer's notes. OAuth scope: tn.crm.customers:r.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[NoteResponsePage]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        include_total=include_total,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: int,
    *,
    client: HttpClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
) -> NoteResponsePage:
    """List a customer's notes.

     List a customer's notes. OAuth scope: tn.crm.customers:r.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        NoteResponsePage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
        )
    ).parsed
