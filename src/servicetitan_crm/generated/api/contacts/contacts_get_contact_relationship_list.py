import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.contact_relationship_response_page import ContactRelationshipResponsePage
from ...types import UNSET, Response, Unset, format_timestamp

OPERATION = "GET /contacts/{contact_id}/relationships"


def _get_kwargs(
    contact_id: UUID,
    *,
    related_entity_id: int | Unset = UNSET,
    type_slug: str | Unset = UNSET,
    type_name: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["relatedEntityId"] = related_entity_id

    params["typeSlug"] = type_slug

    params["typeName"] = type_name

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = format_timestamp(created_before)
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = format_timestamp(created_on_or_after)
    params["createdOnOrAfter"] = json_created_on_or_after

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{contact_id}/relationships".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ContactRelationshipResponsePage:
    if response.status_code == 200:
        try:
            response_200 = ContactRelationshipResponsePage.from_dict(
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


def _build_response(*, response: httpx2.Response) -> Response[ContactRelationshipResponsePage]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: HttpClient,
    related_entity_id: int | Unset = UNSET,
    type_slug: str | Unset = UNSET,
    type_name: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ContactRelationshipResponsePage]:
    """List a contact's relationships.

     List a contact's relationships. OAuth scope: tn.crm.contacts:r.

    Args:
        contact_id (UUID):
        related_entity_id (int | Unset):
        type_slug (str | Unset):
        type_name (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[ContactRelationshipResponsePage]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        related_entity_id=related_entity_id,
        type_slug=type_slug,
        type_name=type_name,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: HttpClient,
    related_entity_id: int | Unset = UNSET,
    type_slug: str | Unset = UNSET,
    type_name: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ContactRelationshipResponsePage:
    """List a contact's relationships.

     List a contact's relationships. OAuth scope: tn.crm.contacts:r.

    Args:
        contact_id (UUID):
        related_entity_id (int | Unset):
        type_slug (str | Unset):
        type_name (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ContactRelationshipResponsePage
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            related_entity_id=related_entity_id,
            type_slug=type_slug,
            type_name=type_name,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
