"""Shared types of the generated code."""

import datetime
from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`: "not given", as distinct from an explicit `None` (JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class Timestamp(datetime.datetime):
    """A `datetime` that remembers the exact text the API sent.

    The API sends up to 7 fractional digits (finer than a datetime's microseconds) and some fields
    without a zone. The parsed value is always aware (a missing zone means UTC, as the API documents),
    and `format_timestamp` writes the original text back, so `to_dict()` round-trips byte for byte.
    Values derived by arithmetic or `replace()` no longer carry the text and are formatted afresh.
    """

    __slots__ = ("_wire_text",)

    _wire_text: str


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse an API timestamp (ISO 8601) into an aware `Timestamp`."""
    parsed = Timestamp.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    parsed._wire_text = value
    return parsed


def format_timestamp(value: datetime.datetime) -> str:
    """The text to send for a datetime: the API's own text when unchanged, otherwise ISO 8601 with
    `Z` for UTC (naive values are taken as UTC, like the API does)."""
    wire_text: str | None = getattr(value, "_wire_text", None)
    if wire_text is not None:
        return wire_text
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    if value.utcoffset() == datetime.timedelta(0):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: the status (any integer, even one `http.HTTPStatus` lacks), the raw
    body and headers, and the parsed body (`None` when the operation documents no body)."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Timestamp",
    "Unset",
    "format_timestamp",
    "parse_timestamp",
]
