"""The naming table of the resource client: where each operation lives (`st.customers.notes.list`).

`openapi/sources/resource_names.tsv` holds one row per operation: operationId, resource path,
method name, the caller's names of the path arguments, and one line of ours. An operation without
a row gets a name inferred from its tag, operationId and path (`inferred_name`);
`scripts/update_spec.py` writes such rows into the table and lists them for the maintainer, and an
explicit row always wins.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from servicetitan_crm._document import Document, Operation

HEADER = "# operationId\tresource\tmethod\tpath arguments\twhat the method does, in one line"
# Export feeds live under one resource, named by what they export.
EXPORT_SEGMENT = "export"
EXPORT_RESOURCE = "exports"
# operationId verbs (after the tag and `_`) that name the usual methods.
VERBS = {
    "GetList": "list",
    "Get": "get",
    "Create": "create",
    "Update": "update",
    "Delete": "delete",
}


class NamingError(ValueError):
    """The naming table contradicts itself or the document."""


@dataclass(frozen=True)
class ResourceName:
    """One row: `st.<resource>.<method>(<arguments>)`, and what it does."""

    operation_id: str
    resource: str  # dotted: "customers.notes"
    method: str
    arguments: tuple[str, ...]  # the caller's names of the path parameters it takes
    summary: str

    @property
    def root(self) -> str:
        return self.resource.split(".")[0]

    def row(self) -> list[str]:
        return [
            self.operation_id,
            self.resource,
            self.method,
            ",".join(self.arguments),
            self.summary,
        ]


def read_names(path: Path) -> dict[str, ResourceName]:
    """The table's rows by operationId; two rows for one operation stop the build."""
    names: dict[str, ResourceName] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            operation_id, resource, method, arguments, summary = row
            if operation_id in names:
                raise NamingError(f"{path.name}: two rows for {operation_id}")
            names[operation_id] = ResourceName(
                operation_id,
                resource,
                method,
                tuple(a for a in arguments.split(",") if a),
                summary,
            )
    return names


def table_text(names: Iterable[ResourceName]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    out.write(HEADER + "\n")
    for name in names:
        writer.writerow(name.row())
    return out.getvalue()


def snake(word: str) -> str:
    """`contactId` -> contact_id, `custom-fields` -> custom_fields."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", word).replace("-", "_").lower()


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def method_name(first: str, rest: str, last_segment: str) -> str:
    """The verb alone when the rest of the operationId names the resource (`CreateContact` on
    contacts: create), else all its words (`SearchContactMethods` on contacts: search_...)."""
    words, resource = singular(rest).replace("_", ""), singular(last_segment).replace("_", "")
    if not rest or (resource and (words.endswith(resource) or resource.endswith(words))):
        return first
    return f"{first}_{rest}"


def bound_parameters(document: Document, names: dict[str, ResourceName]) -> dict[str, str]:
    """Resource root -> the path parameter its parent binds (`st.booking_provider(31)`): a root
    whose rows all name one argument fewer than their operation's path parameters, and whose
    operations all start with the same parameter, binds that parameter once."""
    by_root: dict[str, list[tuple[Operation, ResourceName]]] = {}
    for operation in document.operations:
        name = names.get(operation.operation_id)
        if name is not None:
            by_root.setdefault(name.root, []).append((operation, name))
    bound: dict[str, str] = {}
    for root, members in by_root.items():
        shortfalls = {len(op.path_parameters) - len(name.arguments) for op, name in members}
        if shortfalls == {0}:
            continue
        firsts = {op.path_parameters[0].name if op.path_parameters else "" for op, _ in members}
        if shortfalls != {1} or len(firsts) != 1 or "" in firsts:
            raise NamingError(
                f"resource {root}: its rows must name every path argument, or all but one"
                " first path parameter shared by all its operations (which the root binds)"
            )
        bound[root] = firsts.pop()
    return bound


def inferred_name(
    operation: Operation, taken: Iterable[tuple[str, str]], bound: dict[str, str]
) -> ResourceName:
    """A row for an operation the table does not name, from its path, operationId and tag.

    Resource: the path's literal segments (`/customers/{id}/notes` -> customers.notes); export
    feeds go under `exports`, named by what they export. Method: the operationId's verb (`GetList`
    -> list, `Get` -> get, ...) or its snake_case (`DismissBooking` -> dismiss_booking), whose
    first word drops a trailing action segment from the resource (`/leads/{id}/dismiss`). When
    the place is taken, the operationId's own words name the method.
    """
    parts = segments(operation.path)
    literal = [snake(part) for part in parts if not is_parameter(part)]
    verb = re.sub(r"\d+$", "", operation.operation_id.partition("_")[2]) or operation.operation_id
    if literal and literal[0] == EXPORT_SEGMENT:
        feed = literal[1:] or [snake(operation.tag)]
        resource = EXPORT_RESOURCE
        method = "_".join([*map(singular, feed[:-1]), feed[-1]])
    else:
        first, _, rest = snake(verb).partition("_")
        if len(literal) > 1 and first == literal[-1]:
            literal = literal[:-1]
        listing = operation.kind == "list" and first == "get"
        if listing:
            rest = rest.removesuffix("list").removesuffix("_")
        method = VERBS.get(verb) or method_name(first, rest, literal[-1] if literal else "")
        if listing and method == "get":
            method = "list"
        resource = ".".join(literal) or snake(operation.tag)
    root = resource.split(".")[0]
    arguments = []
    previous = operation.tag
    for part in parts:
        if not is_parameter(part):
            previous = part
            continue
        parameter = part[1:-1]
        if bound.get(root) == parameter:
            continue
        arguments.append(
            f"{singular(snake(previous))}_id" if parameter == "id" else snake(parameter)
        )
    places = set(taken)
    if (resource, method) in places:
        method = snake(verb)
    if (resource, method) in places:
        method = snake(operation.operation_id)
    summary = (
        f"`{operation.route}` (a new operation; its name and this line were inferred:"
        " replace them in openapi/sources/resource_names.tsv)."
    )
    return ResourceName(operation.operation_id, resource, method, tuple(arguments), summary)


def complete_names(
    document: Document, names: dict[str, ResourceName]
) -> tuple[list[ResourceName], list[ResourceName]]:
    """Every operation's row in document order: the table's, or an inferred one; and the
    inferred ones. Rows naming no operation are left out."""
    bound = bound_parameters(document, names)
    taken = {(name.resource, name.method) for name in names.values()}
    rows, inferred = [], []
    for operation in document.operations:
        name = names.get(operation.operation_id)
        if name is None:
            name = inferred_name(operation, taken, bound)
            taken.add((name.resource, name.method))
            inferred.append(name)
        rows.append(name)
    return rows, inferred
