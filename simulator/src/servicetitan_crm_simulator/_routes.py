"""The route table of one document: exactly its operations, the most specific path first.

Each operation of the document is routed at its documented method and path. An operation with
a hand-written handler (`HANDLERS`) is answered by it; any other gets a generic handler by its
kind (`_generic`), so an operation added to the document is served with no hand edit, and an
operation the document no longer has is not routed at all (answered as an unknown path).
"""

from __future__ import annotations

import dataclasses

from servicetitan_crm._document import Document
from servicetitan_crm_simulator._generic import generic_handler
from servicetitan_crm_simulator._routing import Handler, Route


def _specificity(route: Route) -> tuple[bool, ...]:
    """Literal segments outrank parameter segments, position by position from the left:
    `/leads/archived` before `/leads/{id}`, `/contacts/{id}/x` before `/contacts/{a}/{b}`."""
    return tuple(not segment.startswith("{") for segment in route.template.split("/"))


@dataclasses.dataclass(frozen=True)
class RouteTable:
    """The routes of `document`; `match` finds the route of a method and a tenant-relative path."""

    document: Document
    routes: tuple[Route, ...]

    @classmethod
    def of(cls, document: Document, handlers: dict[str, Handler]) -> RouteTable:
        routes = [
            Route(
                operation.method.upper(),
                operation.path,
                operation.operation_id,
                handlers.get(operation.operation_id) or generic_handler(operation),
            )
            for operation in document.operations
        ]
        return cls(document, tuple(routes))

    def match(
        self, method: str, path: str
    ) -> tuple[tuple[Route, dict[str, str]] | None, list[str]]:
        """The route for `method` at `path`, and the methods the path allows.

        Only the most specific templates that take `path` answer it: `/leads/form` is that
        resource only, so another method there is a 405, not a request for lead "form".
        """
        found = [
            (route, params) for route in self.routes if (params := route.match(path)) is not None
        ]
        if not found:
            return None, []
        best = max(_specificity(route) for route, _ in found)
        candidates = [(route, params) for route, params in found if _specificity(route) == best]
        for route, params in candidates:
            if route.method == method:
                return (route, params), []
        return None, [route.method for route, _ in candidates]
