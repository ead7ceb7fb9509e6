from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.contact_preference_response import ContactPreferenceResponse
from ...types import Response

OPERATION = "GET /contacts/{contact_id}/contact-methods/{contact_method_id}/preferences"
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/contacts/{contact_id}/contact-methods/{contact_method_id}/preferences"
}


def _get_kwargs(
    contact_id: UUID,
    contact_method_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{contact_id}/contact-methods/{contact_method_id}/preferences".format(
            contact_id=_arguments.path_uuid(contact_id, "contact_id", OPERATION),
            contact_method_id=_arguments.path_uuid(
                contact_method_id, "contact_method_id", OPERATION
            ),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, response: httpx2.Response) -> list[ContactPreferenceResponse]:
    if response.status_code == 200:
        try:
            response_200 = []
            _response_200 = errors.checked_json(OPERATION, response, "array")
            for response_200_item_data in _response_200:
                response_200_item = ContactPreferenceResponse.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[list[ContactPreferenceResponse]]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    contact_id: UUID,
    contact_method_id: UUID,
    *,
    client: HttpClient,
) -> Response[list[ContactPreferenceResponse]]:
    """List the preferences of a contact method (a plain array, not paged).

     List the preferences of a contact method (a plain array, not paged). OAuth scope: tn.crm.contacts:r.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[list[ContactPreferenceResponse]]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    contact_id: UUID,
    contact_method_id: UUID,
    *,
    client: HttpClient,
) -> list[ContactPreferenceResponse]:
    """List the preferences of a contact method (a plain array, not paged).

     List the preferences of a contact method (a plain array, not paged). OAuth scope: tn.crm.contacts:r.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        list[ContactPreferenceResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
