from typing import Any
from uuid import UUID

import httpx2

from .... import _arguments
from ... import errors
from ...client import HttpClient
from ...models.contact_preference_response import ContactPreferenceResponse
from ...models.update_contact_method_preference_request import UpdateContactMethodPreferenceRequest
from ...types import Response

OPERATION = (
    "PATCH /contacts/{contact_id}/contact-methods/{contact_method_id}/preferences/{preference_name}"
)
_EXTENSIONS: dict[str, Any] = {
    "servicetitan_crm.route": "/contacts/{contact_id}/contact-methods/{contact_method_id}/preferences/{preference_name}"
}
# The properties the 200 answer's schema documents (checked_json's `properties`).
_PROPERTIES_200 = frozenset(
    (
        "dataType",
        "name",
        "value",
    )
)


def _get_kwargs(
    contact_id: UUID,
    contact_method_id: UUID,
    preference_name: str,
    *,
    body: UpdateContactMethodPreferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contacts/{contact_id}/contact-methods/{contact_method_id}/preferences/{preference_name}".format(
            contact_id=_arguments.path_uuid(contact_id, "contact_id", OPERATION),
            contact_method_id=_arguments.path_uuid(
                contact_method_id, "contact_method_id", OPERATION
            ),
            preference_name=_arguments.path_text(preference_name, "preference_name", OPERATION),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = _arguments.json_body(body, UpdateContactMethodPreferenceRequest, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx2.Response) -> ContactPreferenceResponse:
    if response.status_code == 200:
        try:
            response_200 = ContactPreferenceResponse.from_dict(
                errors.checked_json(OPERATION, response, "object", _PROPERTIES_200)
            )

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseDecodeError(OPERATION, response, exc) from exc
    errors.raise_for_status(response)
    raise errors.ResponseDecodeError(OPERATION, response, None)


def _build_response(*, response: httpx2.Response) -> Response[ContactPreferenceResponse]:
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
    preference_name: str,
    *,
    client: HttpClient,
    body: UpdateContactMethodPreferenceRequest,
) -> Response[ContactPreferenceResponse]:
    """Set one preference of a contact method.

     Set one preference of a contact method. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):
        preference_name (str):
        body (UpdateContactMethodPreferenceRequest): The new value of one contact-method
            preference.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        Response[ContactPreferenceResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        preference_name=preference_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    contact_id: UUID,
    contact_method_id: UUID,
    preference_name: str,
    *,
    client: HttpClient,
    body: UpdateContactMethodPreferenceRequest,
) -> ContactPreferenceResponse:
    """Set one preference of a contact method.

     Set one preference of a contact method. OAuth scope: tn.crm.contacts:w.

    Args:
        contact_id (UUID):
        contact_method_id (UUID):
        preference_name (str):
        body (UpdateContactMethodPreferenceRequest): The new value of one contact-method
            preference.

    Raises:
        servicetitan_crm.ApiError: The server answered with an error status (a subclass per status).
        servicetitan_crm.ResponseDecodeError: A success body could not be decoded into the documented type.
        servicetitan_crm.TransportError: The request could not be completed (after the client's retries).

    Returns:
        ContactPreferenceResponse
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        preference_name=preference_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(response=response)
