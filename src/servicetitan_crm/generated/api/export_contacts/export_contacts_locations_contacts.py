from typing import Any

import httpx2

from .... import _arguments, _required_filters
from ... import errors
from ...client import HttpClient
from ...models.export_location_contact_response_batch import ExportLocationContactResponseBatch
from ...types import UNSET, Response, Unset

OPERATION = "GET /export/locations/contacts"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/export/locations/contacts"}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "continueFrom",
        "data",
        "hasMore",
    )
)


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if from_ is not UNSET:
        params["from"] = _arguments.text(from_, "from_", OPERATION)
    if include_recent_changes is not UNSET:
        params["includeRecentChanges"] = _arguments.boolean(
            include_recent_changes, "include_recent_changes", OPERATION
        )

    _required_filters.check(OPERATION, params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/locations/contacts",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ExportLocationContactResponseBatch:
    if response.status_code == 200:
        try:
            response_200 = ExportLocationContactResponseBatch.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[ExportLocationContactResponseBatch]:
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
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> Response[ExportLocationContactResponseBatch]:
    """Export feed of location contacts.

     Export feed of location contacts. OAuth scope: tn.crm.locations:r.

    Args:
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[ExportLocationContactResponseBatch]
    """

    kwargs = _get_kwargs(
        from_=from_,
        include_recent_changes=include_recent_changes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> ExportLocationContactResponseBatch:
    """Export feed of location contacts.

     Export feed of location contacts. OAuth scope: tn.crm.locations:r.

    Args:
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ExportLocationContactResponseBatch
    """

    kwargs = _get_kwargs(
        from_=from_,
        include_recent_changes=include_recent_changes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
