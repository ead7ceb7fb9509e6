"""Route tables: a method, a path template relative to the tenant, an operation id, a handler."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from servicetitan_crm._document import Operation
from servicetitan_crm_simulator._body import Body
from servicetitan_crm_simulator._config import SimulatorConfig
from servicetitan_crm_simulator._conform import EXTRA
from servicetitan_crm_simulator._data import ID_SPACE, Row
from servicetitan_crm_simulator._guids import path_guid
from servicetitan_crm_simulator._http import Request, Response, not_found
from servicetitan_crm_simulator._query import path_id
from servicetitan_crm_simulator._store import Store, Table
from servicetitan_crm_simulator._wild import wilden

_PARAMETER = re.compile(r"\{(\w+)\}")


@dataclasses.dataclass
class Context:
    """What a handler works with: the request, the tenant's store, config and simulated now."""

    request: Request
    store: Store
    config: SimulatorConfig
    now: int
    # The document's operation this request is (None when the document no longer has it).
    operation: Operation | None = None
    # The request's body once read, and whether its unread fields went to a record already.
    _body: Body | None = dataclasses.field(default=None, init=False)
    _extra_kept: bool = dataclasses.field(default=False, init=False)

    def body(self) -> Body:
        """The JSON body; in a PATCH, null is refused where the document does not allow it."""
        document = self.config.document
        schema = None
        if self.operation is not None and self.operation.body is not None:
            try:
                schema = document.schema(self.operation.body)
            except KeyError:
                schema = None
        self._body = Body(
            self.request.json(),
            forbid_null=self.request.method == "PATCH",
            document=document,
            schema=schema,
        )
        return self._body

    def _with_extra(self, fields: dict[str, Any]) -> dict[str, Any]:
        """`fields` with the body's unread fields added to the record's extras.

        The first record a request writes is the one its body describes (the customer of a
        customer create, not its locations), so only that one keeps them; answers send them
        where the response schema documents them (`_conform`).
        """
        if self._body is None or self._extra_kept:
            return fields
        self._extra_kept = True
        unread = self._body.unread()
        if not unread:
            return fields
        return {**fields, EXTRA: {**fields.get(EXTRA, {}), **unread}}

    def id(self, name: str = "id") -> int:
        return path_id(self.request, name)

    def renderer(
        self, kind: str, shape: Callable[[Row], dict[str, Any]]
    ) -> Callable[[Row], dict[str, Any]]:
        """`shape`, with wild-data mutations when they are switched on."""
        if not self.config.wild_data:
            return shape
        return lambda row: wilden(kind, shape(row))

    def existing(self, table: Table, what: str, record_id: int) -> Row:
        """Record `record_id` (inactive ones too, as the API answers them), or a 404."""
        row = table.get(record_id)
        if row is None:
            raise not_found(what, record_id)
        return row

    def existing_guid(self, table: Table, what: str, name: str) -> Row:
        """The live record named by GUID path parameter `name`: a 400 if malformed, else 404."""
        value = path_guid(self.request, name)
        record_id = self.store.guids.record_id(table.seeded.id_base // ID_SPACE, value)
        row = None if record_id is None else table.get(record_id)
        if row is None or not row.active:
            raise not_found(what, str(value))
        return row

    def new_row(self, table: Table, parent: int, fields: dict[str, Any]) -> Row:
        row = Row(table.new_id(), self.now, self.now, True, parent, self._with_extra(fields))
        table.put(row)
        return row

    def changed(self, table: Table, row: Row, **changes: Any) -> Row:
        """Store `row` with `changes`; its modification time moves to now."""
        fields = dict(row.fields)
        active = changes.pop("active", row.active)
        parent = changes.pop("parent", row.parent)
        fields.update(changes)
        fields = self._with_extra(fields)
        updated = Row(row.id, row.created, max(self.now, row.modified), active, parent, fields)
        table.put(updated)
        return updated


Handler = Callable[[Context], Response]


@dataclasses.dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation: str
    handler: Handler
    pattern: re.Pattern[str] = dataclasses.field(init=False, compare=False)

    def __post_init__(self) -> None:
        regex = _PARAMETER.sub(lambda m: f"(?P<{m.group(1)}>[^/]+)", self.template)
        object.__setattr__(self, "pattern", re.compile(regex + "/?"))

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        return None if found is None else found.groupdict()


def route(method: str, template: str, operation: str, handler: Handler) -> Route:
    return Route(method, template, operation, handler)
