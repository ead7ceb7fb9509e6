from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiErrorResponse")


@_attrs_define
class ApiErrorResponse:
    """The problem details the API sends with an error status.

    Error body following RFC 7807 (problem details).

    """

    data: ApiErrorResponseData
    """ Extra machine-readable details. """
    errors: ApiErrorResponseErrors
    """ Messages per field name. """
    status: int
    """ The HTTP status code. """
    title: str
    """ A short summary of the problem. """
    trace_id: str
    """ Trace id to quote to ServiceTitan support. """
    type_: str
    """ A URI reference that identifies the problem type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        errors = self.errors.to_dict()

        status = self.status

        title = self.title

        trace_id = self.trace_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "errors": errors,
                "status": status,
                "title": title,
                "traceId": trace_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = ApiErrorResponseData.from_dict(d.pop("data"))

        errors = ApiErrorResponseErrors.from_dict(d.pop("errors"))

        status = d.pop("status")

        title = d.pop("title")

        trace_id = d.pop("traceId")

        type_ = d.pop("type")

        api_error_response = cls(
            data=data,
            errors=errors,
            status=status,
            title=title,
            trace_id=trace_id,
            type_=type_,
        )

        api_error_response.additional_properties = d
        return api_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.api_error_response_data import ApiErrorResponseData
from ..models.api_error_response_errors import ApiErrorResponseErrors
