from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._tolerance import unknown_fields

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "data",
        "errors",
        "status",
        "title",
        "traceId",
        "type",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

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
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 6
        try:
            _data = src_dict["data"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "data") from None
        try:
            _errors = src_dict["errors"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "errors") from None
        try:
            _status = src_dict["status"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "status") from None
        try:
            _title = src_dict["title"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "title") from None
        try:
            _trace_id = src_dict["traceId"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "traceId") from None
        try:
            _type_ = src_dict["type"]
        except KeyError:
            raise missing_field("ApiErrorResponse", "type") from None
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        instance.data = _API_ERROR_RESPONSE_DATA_FROM_DICT(_data)
        instance.errors = _API_ERROR_RESPONSE_ERRORS_FROM_DICT(_errors)
        if _status.__class__ is not int:
            _status = checked_value(_status, int, "ApiErrorResponse", "status")
        instance.status = _status
        if _title.__class__ is not str:
            _title = checked_value(_title, str, "ApiErrorResponse", "title")
        instance.title = _title
        if _trace_id.__class__ is not str:
            _trace_id = checked_value(_trace_id, str, "ApiErrorResponse", "traceId")
        instance.trace_id = _trace_id
        if _type_.__class__ is not str:
            _type_ = checked_value(_type_, str, "ApiErrorResponse", "type")
        instance.type_ = _type_
        instance.additional_properties = unknown
        return instance

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

# Bound once: looking a classmethod up binds it anew on every call.
_API_ERROR_RESPONSE_DATA_FROM_DICT = ApiErrorResponseData.from_dict
_API_ERROR_RESPONSE_ERRORS_FROM_DICT = ApiErrorResponseErrors.from_dict
