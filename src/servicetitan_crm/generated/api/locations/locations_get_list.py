import datetime
from typing import Any, Literal
from uuid import UUID

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.active_request_arg import ActiveRequestArg
from ...models.location_response_page import LocationResponsePage
from ...models.sort_by_id_created_on_modified_on import SortByIdCreatedOnModifiedOn
from ...types import UNSET, Response, Unset

OPERATION = "GET /locations"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/locations"}
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
    *,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    active: ActiveRequestArg | Literal["True", "Any", "False"] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if ids is not UNSET:
        params["ids"] = _arguments.text(ids, "ids", OPERATION)
    if name is not UNSET:
        params["name"] = _arguments.text(name, "name", OPERATION)
    if customer_id is not UNSET:
        params["customerId"] = _arguments.integer(customer_id, "customer_id", OPERATION)
    if street is not UNSET:
        params["street"] = _arguments.text(street, "street", OPERATION)
    if unit is not UNSET:
        params["unit"] = _arguments.text(unit, "unit", OPERATION)
    if city is not UNSET:
        params["city"] = _arguments.text(city, "city", OPERATION)
    if state is not UNSET:
        params["state"] = _arguments.text(state, "state", OPERATION)
    if zip_ is not UNSET:
        params["zip"] = _arguments.text(zip_, "zip_", OPERATION)
    if country is not UNSET:
        params["country"] = _arguments.text(country, "country", OPERATION)
    if latitude is not UNSET:
        params["latitude"] = _arguments.number(latitude, "latitude", OPERATION)
    if longitude is not UNSET:
        params["longitude"] = _arguments.number(longitude, "longitude", OPERATION)
    if active is not UNSET:
        params["active"] = _arguments.query_enum(active, ActiveRequestArg, "active", OPERATION)
    if page is not UNSET:
        params["page"] = _arguments.integer(page, "page", OPERATION)
    if page_size is not UNSET:
        params["pageSize"] = _arguments.integer(page_size, "page_size", OPERATION)
    if include_total is not UNSET:
        params["includeTotal"] = _arguments.boolean(include_total, "include_total", OPERATION)
    if sort is not UNSET:
        params["sort"] = _arguments.query_enum(sort, SortByIdCreatedOnModifiedOn, "sort", OPERATION)
    if created_before is not UNSET:
        params["createdBefore"] = _arguments.timestamp(created_before, "created_before", OPERATION)
    if created_on_or_after is not UNSET:
        params["createdOnOrAfter"] = _arguments.timestamp(
            created_on_or_after, "created_on_or_after", OPERATION
        )
    if modified_before is not UNSET:
        params["modifiedBefore"] = _arguments.timestamp(
            modified_before, "modified_before", OPERATION
        )
    if modified_on_or_after is not UNSET:
        params["modifiedOnOrAfter"] = _arguments.timestamp(
            modified_on_or_after, "modified_on_or_after", OPERATION
        )
    if external_data_application_guid is not UNSET:
        params["externalDataApplicationGuid"] = _arguments.uuid(
            external_data_application_guid, "external_data_application_guid", OPERATION
        )
    if external_data_key is not UNSET:
        params["externalDataKey"] = _arguments.text(
            external_data_key, "external_data_key", OPERATION
        )
    if external_data_values is not UNSET:
        params["externalDataValues"] = _arguments.text(
            external_data_values, "external_data_values", OPERATION
        )

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> LocationResponsePage:
    if response.status_code == 200:
        try:
            response_200 = LocationResponsePage.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[LocationResponsePage]:
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
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    active: ActiveRequestArg | Literal["True", "Any", "False"] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[LocationResponsePage]:
    """List locations.

     List locations. OAuth scope: tn.crm.locations:r.

    Args:
        ids (str | Unset):
        name (str | Unset):
        customer_id (int | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        active (ActiveRequestArg | Unset): Filter on the active flag. True (the default when
            omitted) hides inactive records; Any returns both; False returns only inactive ones.
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        external_data_application_guid (UUID | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[LocationResponsePage]
    """

    kwargs = _get_kwargs(
        ids=ids,
        name=name,
        customer_id=customer_id,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        active=active,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    active: ActiveRequestArg | Literal["True", "Any", "False"] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: SortByIdCreatedOnModifiedOn
    | Literal["+Id", "-Id", "+CreatedOn", "-CreatedOn", "+ModifiedOn", "-ModifiedOn"]
    | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    created_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.date | Unset = UNSET,
    modified_on_or_after: datetime.date | Unset = UNSET,
    external_data_application_guid: UUID | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> LocationResponsePage:
    """List locations.

     List locations. OAuth scope: tn.crm.locations:r.

    Args:
        ids (str | Unset):
        name (str | Unset):
        customer_id (int | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        active (ActiveRequestArg | Unset): Filter on the active flag. True (the default when
            omitted) hides inactive records; Any returns both; False returns only inactive ones.
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (SortByIdCreatedOnModifiedOn | Unset): A sort order: + (ascending) or - (descending)
            and a field (Id, CreatedOn, ModifiedOn). The API matches the value case-insensitively; the
            SDK sends it as listed.
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        external_data_application_guid (UUID | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        LocationResponsePage
    """

    kwargs = _get_kwargs(
        ids=ids,
        name=name,
        customer_id=customer_id,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        active=active,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
