from typing import Any

import httpx2

from ... import errors
from ...client import HttpClient
from ...models.contact_preference_type_response import ContactPreferenceTypeResponse
from ...types import Response

OPERATION = "GET /contacts/preferences"
_EXTENSIONS: dict[str, Any] = {"servicetitan_crm.route": "/contacts/preferences"}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/preferences",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> list[ContactPreferenceTypeResponse]:
    if response.status_code == 200:
        try:
            response_200 = []
            _response_200 = errors.checked_json(OPERATION, response, "array")
            for response_200_item_data in _response_200:
                response_200_item = ContactPreferenceTypeResponse.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[list[ContactPreferenceTypeResponse]]:
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
) -> Response[list[ContactPreferenceTypeResponse]]:
    """List the preference types contacts can set (a plain array, not paged).

     List the preference types contacts can set (a plain array, not paged). OAuth scope:
    tn.crm.contacts:r.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[list[ContactPreferenceTypeResponse]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: HttpClient,
) -> list[ContactPreferenceTypeResponse]:
    """List the preference types contacts can set (a plain array, not paged).

     List the preference types contacts can set (a plain array, not paged). OAuth scope:
    tn.crm.contacts:r.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        list[ContactPreferenceTypeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
