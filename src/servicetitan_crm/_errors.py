"""The SDK's exceptions: one base, one class per kind of failure.

Every non-2xx answer raises (after retries are exhausted), so generated endpoint functions never
see an error status and never return None for one::

    ServiceTitanError
    ├── ConfigurationError          bad or missing setting (argument or environment variable)
    ├── ApiError                    any non-2xx answer; status_code, problem, method, url
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401 after token renewal and replay, or refused credentials
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── RateLimitError          429; retry_after in seconds when the server said
    │   └── ServerError             5xx, including codes outside http.HTTPStatus (520, 529)
    ├── TransportError              no answer: connection refused, reset, protocol error
    │   └── RequestTimeoutError     connect, read, write or pool timeout
    ├── ResponseDecodeError         a 2xx whose body does not match the documented schema
    ├── PaginationError             a list or export feed broke its paging contract
    └── CheckpointError             an export checkpoint cannot be read or saved

Error bodies follow RFC 7807 (`type`, `title`, `status`, `traceId`, `errors`, `data`); they are
parsed into `Problem`, and the raw bytes are kept. Messages name the status, the method, the path
(never the query string) and the server's explanation, and never carry credentials: every known
secret (client secret, app key, current and earlier tokens, the credentials the request carried)
is replaced by `***` in the message, the kept body, the problem and the response headers, should
a server echo the request back.
"""

from __future__ import annotations

import http
import json
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import httpx2

from ._constants import APP_KEY_HEADER, ERROR_BODY_PREVIEW_CHARS
from ._retry_after import retry_after_from
from ._secret import Redactor, Secret

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "ServerError",
    "ServiceTitanError",
    "TransportError",
    "error_from_response",
    "raise_for_status",
    "without_frames",
]

E = TypeVar("E", bound=BaseException)


class ServiceTitanError(Exception):
    """Base of every exception this SDK raises."""


class ConfigurationError(ServiceTitanError, ValueError):
    """A setting or argument is missing or invalid; the message names the argument or variable.

    Also a `ValueError`, so code that guards argument errors the standard way still catches it.
    """


@attrs.frozen
class Problem:
    """An RFC 7807 error body as the API sends it; every field is None when absent.

    `raw` is the whole decoded JSON object (None when the body was not a JSON object).
    """

    type: str | None = None
    title: str | None = None
    status: int | None = None
    trace_id: str | None = None
    errors: Mapping[str, Any] | None = None
    data: Any = None
    raw: Mapping[str, Any] | None = None

    @classmethod
    def from_content(cls, content: bytes) -> Problem:
        """Parse an error body, tolerating anything (non-JSON, wrong types, OAuth errors)."""
        try:
            body = json.loads(content)
        except ValueError:
            return cls()
        if not isinstance(body, dict):
            return cls()
        # The token endpoint answers with RFC 6749 errors ({"error", "error_description"}).
        title = _text(body.get("title")) or _text(body.get("error_description"))
        title = title or _text(body.get("error"))
        status = body.get("status")
        errors = body.get("errors")
        return cls(
            type=_text(body.get("type")),
            title=title,
            status=status if isinstance(status, int) and not isinstance(status, bool) else None,
            trace_id=_text(body.get("traceId")),
            errors=errors if isinstance(errors, dict) else None,
            data=body.get("data"),
            raw=body,
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


class ApiError(ServiceTitanError):
    """The server answered with a non-2xx status.

    `url` is the request URL without its query string; `content` is the raw body and `problem`
    its RFC 7807 reading.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        problem: Problem,
        content: bytes = b"",
        headers: httpx2.Headers | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.problem = problem
        self.content = content
        self.headers = headers if headers is not None else httpx2.Headers()

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class BadRequestError(ApiError):
    """400: the request was invalid; `problem.errors` maps field names to messages."""


class AuthenticationError(ApiError):
    """401 after renewing the token and replaying, or the token endpoint refused the credentials.

    An unavailable token endpoint raises `ServerError`, `RateLimitError` or `TransportError`
    instead: those say nothing about the credentials.
    """


class PermissionDeniedError(ApiError):
    """403: the application or tenant lacks the scope for this operation."""


class NotFoundError(ApiError):
    """404: no such resource in this tenant."""


class ConflictError(ApiError):
    """409: the change conflicts with the resource's current state."""


class RateLimitError(ApiError):
    """429 after retries: `retry_after` is the server's requested wait in seconds, if given."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed; it may or may not have acted on a POST or PATCH."""


class TransportError(ServiceTitanError):
    """No HTTP answer arrived; the underlying httpx error is the `__cause__`."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout; the httpx timeout is the `__cause__`."""


class ResponseDecodeError(ServiceTitanError):
    """A success response whose body does not match what the operation documents."""

    def __init__(
        self,
        operation: str,
        response: httpx2.Response,
        cause: Exception | None,
        *,
        reason: str | None = None,
    ) -> None:
        redactor = request_redactor(response)
        self.operation = operation
        self.status_code = response.status_code
        self.content = redactor.content(response.content)
        if cause is not None and self.content != response.content:
            # The body quotes a credential, and so do the decoder's frames and its error.
            without_frames(cause)
            if isinstance(cause, json.JSONDecodeError):
                cause.doc = redactor.text(cause.doc)
        self.headers = redacted_headers(response.headers, redactor)
        if reason is None and cause is None:
            reason = "no documented body for this status"
        elif reason is None:
            reason = redactor.text(f"{type(cause).__name__}: {cause}")
        message = f"Could not decode the {response.status_code} response of {operation}: {reason}"
        preview = _preview(self.content)
        super().__init__(f"{message}; body starts {preview!r}" if preview else message)


class PaginationError(ServiceTitanError):
    """A paged list or export feed answered against its contract (wrong page number, more items
    than asked for, a repeated page, a missing `continueFrom`), so streaming stops instead of
    silently skipping or repeating records. `position` is the page number or export token asked.
    """

    def __init__(self, operation: str, position: int | str | None, reason: str) -> None:
        self.operation = operation
        self.position = position
        self.reason = reason
        if isinstance(position, int):
            where = f"page {position}"
        elif position is None:
            where = "the start of the feed"
        else:
            where = f"continueFrom {position!r}"
        super().__init__(f"{operation} at {where}: {reason}")


class CheckpointError(ServiceTitanError):
    """An export checkpoint cannot be read or saved; the message names the file."""


_STATUS_CLASSES: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def reason_phrase(status_code: int) -> str:
    """The standard phrase, or a neutral one for codes outside http.HTTPStatus (520, 499)."""
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return "Server Error" if 500 <= status_code < 600 else "Unknown Status"


def error_class(status_code: int) -> type[ApiError]:
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    return ServerError if 500 <= status_code < 600 else ApiError


def error_from_response(
    *,
    method: str,
    url: httpx2.URL,
    status_code: int,
    content: bytes,
    headers: httpx2.Headers,
    retry_after: float | None = None,
    attempts: int = 1,
    cls: type[ApiError] | None = None,
    redactor: Redactor | None = None,
) -> ApiError:
    """Build the typed error for a non-2xx answer whose body has been read.

    `cls` overrides the status mapping (a refused token request is an AuthenticationError
    whatever its status). The `redactor`'s secrets are scrubbed from everything kept.
    """
    if redactor is not None:
        content = redactor.content(content)
        headers = redacted_headers(headers, redactor)
    problem = Problem.from_content(content)
    message = f"{status_code} {reason_phrase(status_code)} for {method} {url.path}"
    detail = _detail(problem, content)
    if detail:
        message = f"{message}: {detail}"
    if attempts > 1:
        message = f"{message} (gave up after {attempts} attempts)"
    error_cls = cls if cls is not None else error_class(status_code)
    fields: dict[str, Any] = {
        "status_code": status_code,
        "method": method,
        "url": str(url.copy_with(query=None, fragment=None)),
        "problem": problem,
        "content": content,
        "headers": headers,
    }
    if issubclass(error_cls, RateLimitError):
        return error_cls(message, retry_after=retry_after, **fields)
    return error_cls(message, **fields)


def _detail(problem: Problem, content: bytes) -> str:
    if problem.raw is None:
        return repr(_preview(content)) if content.strip() else ""
    parts = [problem.title or ""]
    if problem.errors:
        fields = "; ".join(f"{name}: {_messages(value)}" for name, value in problem.errors.items())
        parts.append(f"[{fields}]")
    if problem.trace_id:
        parts.append(f"(traceId={problem.trace_id})")
    return " ".join(part for part in parts if part)


def _messages(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _preview(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace").strip()
    if len(text) > ERROR_BODY_PREVIEW_CHARS:
        return text[:ERROR_BODY_PREVIEW_CHARS] + "..."
    return text


def redacted_headers(headers: httpx2.Headers, redactor: Redactor) -> httpx2.Headers:
    return httpx2.Headers([(name, redactor.text(value)) for name, value in headers.multi_items()])


def request_redactor(response: httpx2.Response) -> Redactor:
    """The credentials the response's request carried (bearer token, app key), to scrub them."""
    try:
        headers = response.request.headers
    except RuntimeError:  # a response built without a request
        return Redactor()
    secrets = [Secret(headers.get(APP_KEY_HEADER, ""))]
    scheme, _, credentials = headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        secrets.append(Secret(credentials.strip()))
    return Redactor(*secrets)


def without_frames(error: E) -> E:
    """`error` and the errors it chains to, without their tracebacks.

    The frames of an HTTP library hold the request's headers in local variables (an h11 event,
    raw header bytes), so an error tracker that records locals would store the credentials. The
    type and message stay, and they are what explains a transport failure.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return error


def raise_for_status(response: httpx2.Response) -> None:
    """Raise the typed error for a non-2xx response whose body has been read; 2xx passes.

    The client's transport already raises before generated code sees an error status; this
    covers any other `HttpClient` a caller plugs into the generated functions.
    """
    if 200 <= response.status_code < 300:
        return
    request = response.request
    raise error_from_response(
        method=request.method,
        url=request.url,
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        retry_after=retry_after_from(response.headers),
        redactor=request_redactor(response),
    )


for _public in (
    ServiceTitanError,
    ConfigurationError,
    Problem,
    ApiError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    ServerError,
    TransportError,
    RequestTimeoutError,
    ResponseDecodeError,
    PaginationError,
    CheckpointError,
):
    _public.__module__ = "servicetitan_crm"
