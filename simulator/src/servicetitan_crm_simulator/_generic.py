"""Generic handlers: how an operation with no hand-written handler is answered, by its kind.

The handler renders a skeleton (a record is its `id`, typed as the item schema documents it);
the app completes every answer from the document (`_conform`), so the records carry every
documented property. A "list" answers a page of `GENERIC_RECORDS` records honouring `page`,
`pageSize` and `includeTotal`; an "export" a feed of them in batches of `export_batch_size`
with a `continueFrom` token; any other operation its documented status with a record of its
response schema (the path's `id` when it names one), or no body when it documents none; a body
lacking what its documented schema requires is a 400 naming it. Nothing
is stored: the records are the same on every call.
"""

from __future__ import annotations

import uuid
import zlib
from typing import Any

from servicetitan_crm._document import Document, Operation, Type
from servicetitan_crm_simulator._config import GENERIC_RECORDS
from servicetitan_crm_simulator._conform import Conformer
from servicetitan_crm_simulator._export import decode_token, encode_token, start_position
from servicetitan_crm_simulator._http import Response
from servicetitan_crm_simulator._listing import envelope
from servicetitan_crm_simulator._query import text, window
from servicetitan_crm_simulator._routing import Context, Handler

# The path parameter whose value a generic record takes as its id.
_ID_PARAMETER = "id"


def generic_handler(operation: Operation) -> Handler:
    """The handler of `operation` by its kind."""
    if operation.kind == "list":
        return lambda ctx: _list(ctx, operation)
    if operation.kind == "export":
        return lambda ctx: _export(ctx, operation)
    return lambda ctx: _call(ctx, operation)


def _list(ctx: Context, operation: Operation) -> Response:
    page = window(ctx.request)
    start = (page.page - 1) * page.size
    numbers = range(start + 1, min(start + page.size, GENERIC_RECORDS) + 1)
    items = [_record(ctx.config.document, operation.item, number) for number in numbers]
    has_more = start + page.size < GENERIC_RECORDS
    return Response(operation.status, envelope(page, items, has_more, GENERIC_RECORDS))


def _export(ctx: Context, operation: Operation) -> Response:
    feed = operation.operation_id
    raw = text(ctx.request, "from")
    start_position(feed, raw)  # a 400 for a `from` that is neither a token nor a date
    position = decode_token(feed, raw) if raw else None
    after = 0 if position is None else position[1]
    last = min(after + ctx.config.export_batch_size, GENERIC_RECORDS)
    items = [
        _record(ctx.config.document, operation.item, number)
        for number in range(after + 1, last + 1)
    ]
    body = {
        "hasMore": last < GENERIC_RECORDS,
        "continueFrom": encode_token(feed, (0, max(after, last))),
        "data": items,
    }
    return Response(operation.status, body)


def _call(ctx: Context, operation: Operation) -> Response:
    if operation.body is not None and (operation.body_required or ctx.request.body.strip()):
        ctx.body().check()  # a 400 naming what the documented body lacks
    if operation.response is None:
        return Response(operation.status)
    raw_id = ctx.request.params.get(_ID_PARAMETER)
    return Response(operation.status, _skeleton(ctx.config.document, operation.response, raw_id))


def _skeleton(document: Document, type_: Type, raw_id: str | None) -> Any:
    match type_.kind:
        case "object":
            return _record(document, type_.ref, raw_id if raw_id is not None else 1)
        case "array":
            return []
        case "map":
            return {}
        case _:
            return Conformer(document).generated(type_, f"{raw_id}:{type_.kind}")


def _record(document: Document, schema_name: str | None, number: int | str) -> dict[str, Any]:
    """A record of `schema_name` with only its `id` (when it documents one), typed as documented."""
    if schema_name is None:
        return {}
    try:
        schema = document.schema(schema_name)
        id_type = schema.property("id").type
    except KeyError:
        return {}
    return {"id": _typed_id(id_type, str(number))}


def _typed_id(id_type: Type, raw: str) -> int | str:
    """`raw` as an id of `id_type`: the path's value when it is one, else one derived from it."""
    if id_type.kind == "integer":
        return int(raw) if raw.lstrip("-").isdigit() else zlib.crc32(raw.encode())
    if id_type.kind == "uuid":
        if raw.isdigit():
            return str(uuid.UUID(int=int(raw)))
        try:
            return str(uuid.UUID(raw))
        except ValueError:
            return str(uuid.uuid5(uuid.NAMESPACE_OID, raw))
    return raw
