import datetime
from typing import Any, Literal
from uuid import UUID

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.contact_relationship_response_page import ContactRelationshipResponsePage
from ...models.sort_by_id_created_on import SortByIdCreatedOn
from ...types import UNSET, Response, Unset

OPERATION = "GET /contacts/{contact_id}/relationships"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/contacts/{contact_id}/relationships"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "data",
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    )
)


def _get_kwargs(
    contact_id: UUID,
    *,
    related_entity_id: int | Unset = UNSET,
    type_slug: str | Unset = UNSET,
    type_name: str | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOn | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if related_entity_id is not UNSET:
        params["relatedEntityId"] = _arguments.integer(
            related_entity_id, "related_entity_id", OPERATION
        )
    if type_slug is not UNSET:
        params["typeSlug"] = _arguments.text(type_slug, "type_slug", OPERATION)
    if type_name is not UNSET:
        params["typeName"] = _arguments.text(type_name, "type_name", OPERATION)
    if created_before is not UNSET:
        params["createdBefore"] = _arguments.timestamp(created_before, "created_before", OPERATION)
    if created_on_or_after is not UNSET:
        params["createdOnOrAfter"] = _arguments.timestamp(
            created_on_or_after, "created_on_or_after", OPERATION
        )
    if page is not UNSET:
        params["page"] = _arguments.integer(page, "page", OPERATION)
    if page_size is not UNSET:
        params["pageSize"] = _arguments.integer(page_size, "page_size", OPERATION)
    if include_total is not UNSET:
        params["includeTotal"] = _arguments.boolean(include_total, "include_total", OPERATION)
    if sort is not UNSET:
        params["sort"] = _arguments.query_enum(sort, SortByIdCreatedOn, "sort", OPERATION)

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{contact_id}/relationships".format(
            contact_id=_arguments.path_uuid(contact_id, "contact_id", OPERATION),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ContactRelationshipResponsePage:
    if response.status_code == 200:
        try:
            response_200 = ContactRelationshipResponsePage.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
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
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOn | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn"] | Unset = UNSET,
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
        sort (SortByIdCreatedOn | Unset): A sort order: + (ascending) or - (descending) and a
            field (Id, CreatedOn). The API matches the value case-insensitively; the SDK sends it as
            listed.

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
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOn | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn"] | Unset = UNSET,
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
        sort (SortByIdCreatedOn | Unset): A sort order: + (ascending) or - (descending) and a
            field (Id, CreatedOn). The API matches the value case-insensitively; the SDK sends it as
            listed.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ContactRelationshipResponsePage
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

    return _parse_response(response=response)
