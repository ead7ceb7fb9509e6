"""Requests, responses and RFC 7807 problems as the simulator's handlers see them."""

from __future__ import annotations

import dataclasses
import json
import secrets
from typing import Any

# A response with no body (the API's creates and deletes often answer 200 with nothing).
NO_BODY: Any = object()

_PROBLEM_TYPES = {
    400: "https://tools.ietf.org/html/rfc7231#section-6.5.1",
    401: "https://tools.ietf.org/html/rfc7235#section-3.1",
    403: "https://tools.ietf.org/html/rfc7231#section-6.5.3",
    404: "https://tools.ietf.org/html/rfc7231#section-6.5.4",
    405: "https://tools.ietf.org/html/rfc7231#section-6.5.5",
    409: "https://tools.ietf.org/html/rfc7231#section-6.5.8",
    429: "https://tools.ietf.org/html/rfc6585#section-4",
    500: "https://tools.ietf.org/html/rfc7231#section-6.6.1",
    501: "https://tools.ietf.org/html/rfc7231#section-6.6.2",
    503: "https://tools.ietf.org/html/rfc7231#section-6.6.4",
}


@dataclasses.dataclass(frozen=True)
class Request:
    method: str
    path: str
    # Query names lower-cased: the API binds them case-insensitively.
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    tenant: int = 0
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def json(self) -> Any:
        if not self.body.strip():
            raise Problem(
                400, "A non-empty request body is required.", {"": ["The body is empty."]}
            )
        try:
            return json.loads(self.body)
        except ValueError as error:
            raise Problem(
                400, "The request body is not valid JSON.", {"$": [str(error)]}
            ) from error


@dataclasses.dataclass
class Response:
    status: int = 200
    body: Any = NO_BODY
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    content_type: str = "application/json; charset=utf-8"

    def encode(self) -> bytes:
        if self.body is NO_BODY:
            return b""
        return json.dumps(self.body, separators=(",", ":")).encode()


class Problem(Exception):
    """An error answer with an RFC 7807 body; handlers raise it, the app renders it."""

    def __init__(
        self,
        status: int,
        title: str,
        errors: dict[str, list[str]] | None = None,
        *,
        headers: dict[str, str] | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {title}")
        self.status = status
        self.title = title
        self.errors = errors or {}
        self.headers = headers or {}
        self.data = data or {}

    def response(self) -> Response:
        body = {
            "type": _PROBLEM_TYPES.get(self.status, "about:blank"),
            "title": self.title,
            "status": self.status,
            "traceId": f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00",
            "errors": self.errors,
            "data": self.data,
        }
        return Response(
            self.status, body, dict(self.headers), "application/problem+json; charset=utf-8"
        )


def invalid(field: str, message: str) -> Problem:
    """A 400 naming the one field that was wrong."""
    return Problem(400, "One or more validation errors occurred.", {field: [message]})


def not_found(what: str, record_id: object) -> Problem:
    return Problem(404, f"{what} with id {record_id} was not found.", data={"id": record_id})
