"""Write the resource client (`st.customers.list()`, ...) from the generated endpoint modules.

    python scripts/emit_resources.py GENERATED_DIR   # run by scripts/generate.py (scratch copy)

Input: the endpoint modules openapi-python-client has just written into GENERATED_DIR/api (their
`asyncio` signatures, docstrings and `OPERATION` lines are the single source of parameter names,
types and descriptions), the document (operationIds), and `openapi/sources/resource_names.tsv`
(operationId -> resource path, method name, names of the path arguments, one line of ours).
Output: GENERATED_DIR/resources/, one module per top-level resource plus `__init__.py` with the
`ResourceRoots` mixin that `ServiceTitanClient` inherits. Method kinds:

- list: a paged list (`page`/`pageSize` parameters and a `*Page` answer) returns a `ListCall`;
- export: an export feed returns an `ExportCall` (records, or `.batches()`);
- call: anything else is an `async def` returning what the endpoint returns.

An operation without a row, or a row without an operation, is reported on stderr and left out
(a release just imported by `scripts/update_spec.py` can add either);
`tests/resources/test_naming.py` fails until the table and the document agree again. Two rows
for one operation stop the build.
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from codegen.document import read_document

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "openapi.yaml"
NAMES = ROOT / "openapi" / "sources" / "resource_names.tsv"
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}
# Path parameters a parent resource binds once, by resource root.
BOUND = {"booking_provider": "booking_provider"}
OPTIONS_SIGNATURE = """
        timeout: Timeout | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,"""
OPTIONS_DOC = "timeout, retry, extra_headers, extra_query: this call's options (as `with_options`)."
OPTIONS_CALL = "self._with(timeout, retry, extra_headers, extra_query)"
LIST_DOC = [
    "page_size: items per page (at most 5000).",
    "concurrency: pages in flight when iterated under `async with`.",
]


# One line for filters the document leaves undescribed; other undescribed filters are described
# by their name (`name`, `city`, `customer_ids`: "filter on ...").
FILTERS = {
    "include_total": "also count every match (`page.total_count`); costs the server more.",
    "created_before": "only records created before this time (a datetime without a zone is "
    "UTC; a date is midnight UTC).",
    "created_on_or_after": "only records created at or after this time.",
    "modified_before": "only records last changed before this time.",
    "modified_on_or_after": "only records last changed at or after this time.",
    "sort": 'order, e.g. "+id" or "-modifiedOn" (a field name with a direction).',
    "ids": 'only these ids, comma-separated ("1,2,3"; at most 50).',
    "external_data_application_guid": "the application whose external data is matched.",
    "external_data_key": "only records with external data under this key.",
    "external_data_values": "only records whose external data value is one of these "
    "(comma-separated).",
    "gen_perm_url": "also return a permanent URL to the lead form.",
    "without_customer": "only leads that have no customer yet.",
    "is_archived": "archived records only (True) or unarchived only (False).",
    "is_prospect": "only leads whose customer is a prospect.",
    "exclude_accounting_changes_from_modified_date_range": "leave changes made only by "
    "accounting out of the modified-date filters.",
    "is_capture_source_form": "only leads captured by a web form (True) or only others (False).",
    "customer_ids": 'only records of these customers, comma-separated ("1,2,3").',
    "location_ids": 'only records of these locations, comma-separated ("1,2,3").',
    "customer_created_before": "only records whose customer was created before this time.",
    "customer_created_on_or_after": "only records whose customer was created at or after this "
    "time.",
    "customer_modified_on_or_after": "only records whose customer changed at or after this time.",
    "latitude": "only records at this latitude.",
    "longitude": "only records at this longitude.",
    "id": "only the record with this id.",
    "value": "only contact methods with this value (a phone number, an email address).",
}


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None
    description: str


@dataclass
class Endpoint:
    module: str  # api.<tag>.<module>
    operation: str  # "GET /customers/{id}"
    path_parameters: list[Parameter]
    body: Parameter | None
    query: list[Parameter]
    returns: str
    model_imports: set[str]
    other_imports: set[str]


@dataclass
class Method:
    operation_id: str
    resource: str
    name: str
    arguments: list[str]
    summary: str
    endpoint: Endpoint
    kind: str = "call"
    item: str = ""
    required_one_of: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Node:
    path: str
    methods: list[Method] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def class_name(path: str) -> str:
    parts = path.split(".")
    words = [part[:-1] if part.endswith("s") else part for part in parts[:-1]] + parts[-1:]
    # `contacts.contact_methods` is ContactMethods, not ContactContactMethods.
    words = [w for w, after in zip(words, [*words[1:], ""], strict=True) if not after.startswith(w)]
    return "".join(word.title().replace("_", "") for word in " ".join(words).split(" "))


def shape(operation: str) -> str:
    method, path = operation.split(" ", 1)
    return f"{method.upper()} {re.sub(r'{[^}]+}', '{}', path)}"


def read_docstring_args(docstring: str) -> dict[str, str]:
    found: dict[str, str] = {}
    lines = docstring.splitlines()
    if "Args:" not in [line.strip() for line in lines]:
        return found
    start = [line.strip() for line in lines].index("Args:") + 1
    current = None
    for line in lines[start:]:
        stripped = line.strip()
        if stripped in ("Raises:", "Returns:"):
            break
        if not stripped:
            continue
        match = re.match(r"^(\w+) \(.*?\):\s*(.*)$", stripped)
        if match and line.startswith(" " * 4) and not line.startswith(" " * 8):
            current = match.group(1)
            found[current] = match.group(2)
        elif current is not None:
            found[current] = f"{found[current]} {stripped}".strip()
    return found


def read_endpoint(path: Path, package: Path) -> Endpoint:
    tree = ast.parse(path.read_text())
    operation = ""
    model_imports: set[str] = set()
    other_imports: set[str] = set()
    function = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "OPERATION":
            operation = ast.literal_eval(node.value)
        elif isinstance(node, ast.ImportFrom) and node.level == 3 and node.module:
            if node.module.startswith("models."):
                names = ", ".join(alias.name for alias in node.names)
                model_imports.add(f"from ..{node.module} import {names}")
        elif isinstance(node, ast.Import) or (isinstance(node, ast.ImportFrom) and node.level == 0):
            other_imports.add(ast.unparse(node))
        elif isinstance(node, ast.AsyncFunctionDef) and node.name == "asyncio":
            function = node
    assert function is not None and operation, path
    described = read_docstring_args(ast.get_docstring(function) or "")
    arguments = function.args

    def parameter(argument: ast.arg, default: ast.expr | None) -> Parameter:
        assert argument.annotation is not None
        return Parameter(
            argument.arg,
            builtin_names(ast.unparse(argument.annotation)),
            None if default is None else ast.unparse(default),
            described.get(argument.arg, ""),
        )

    positional = [parameter(argument, None) for argument in arguments.args]
    keywords = [
        parameter(argument, default)
        for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
        if argument.arg != "client"
    ]
    body = next((p for p in keywords if p.name == "body"), None)
    relative = path.relative_to(package).with_suffix("")
    assert function.returns is not None
    return Endpoint(
        module=".".join(relative.parts),
        operation=operation,
        path_parameters=positional,
        body=body,
        query=[p for p in keywords if p.name != "body"],
        returns=builtin_names(ast.unparse(function.returns)),
        model_imports=model_imports,
        other_imports=other_imports,
    )


def read_models(package: Path) -> dict[str, tuple[str, str | None]]:
    """Each model class: its module, and the annotation of its `data` field if it has one."""
    models: dict[str, tuple[str, str | None]] = {}
    for path in sorted((package / "models").glob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef):
                data = next(
                    (
                        ast.unparse(statement.annotation)
                        for statement in node.body
                        if isinstance(statement, ast.AnnAssign)
                        and ast.unparse(statement.target) == "data"
                    ),
                    None,
                )
                models[node.name] = (path.stem, data)
    return models


def read_item_type(models: dict[str, tuple[str, str | None]], page_model: str) -> tuple[str, str]:
    """The item type of a page or export batch model (its `data: list[...]`) and its import."""
    annotation = models[page_model][1]
    match = re.fullmatch(r"list\[(\w+)\]", annotation or "")
    if match is None:
        raise SystemExit(f"{page_model} has no data: list[...] field")
    item = match.group(1)
    return item, f"from ..models.{models[item][0]} import {item}"


def read_methods(package: Path) -> list[Method]:
    document = yaml.safe_load(DOCUMENT.read_text())
    operation_ids = {
        shape(f"{method} {path}"): operation["operationId"]
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }
    endpoints = {}
    for path in sorted((package / "api").glob("*/*.py")):
        if path.name != "__init__.py":
            endpoint = read_endpoint(path, package)
            endpoints[operation_ids[shape(endpoint.operation)]] = endpoint
    rows = [
        line.split("\t")
        for line in NAMES.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    named = [row[0] for row in rows]
    doubled = sorted({op for op in named if named.count(op) > 1})
    if doubled:
        raise SystemExit(f"{NAMES.relative_to(ROOT)}: two rows for {', '.join(doubled)}")
    # A release just imported (scripts/update_spec.py) may add or remove operations: the build goes
    # on, the new ones reachable through generated.api only, and tests/resources/test_naming.py
    # fails until the table names every operation again.
    for operation_id in sorted(set(endpoints) - set(named)):
        print(f"{NAMES.relative_to(ROOT)}: no row for {operation_id}", file=sys.stderr)
    for operation_id in sorted(set(named) - set(endpoints)):
        print(f"{NAMES.relative_to(ROOT)}: no operation {operation_id}", file=sys.stderr)
    models = read_models(package)
    model = read_document(DOCUMENT)
    methods = []
    for operation_id, resource, name, arguments, summary in rows:
        if operation_id not in endpoints:
            continue  # reported above
        endpoint = endpoints[operation_id]
        method = Method(
            operation_id,
            resource,
            name,
            [a for a in arguments.split(",") if a],
            summary,
            endpoint,
        )
        operation = model.operation(operation_id)
        attributes = {p.name: p.attribute for p in operation.parameters}
        method.required_one_of = [(name, attributes[name]) for name in operation.required_one_of]
        query_names = {p.name for p in endpoint.query}
        if resource == "exports":
            method.kind = "export"
            method.item, item_import = read_item_type(models, endpoint.returns)
            endpoint.model_imports.add(item_import)
        elif {"page", "page_size"} <= query_names and endpoint.returns.endswith("Page"):
            method.kind = "list"
            method.item, item_import = read_item_type(models, endpoint.returns)
            endpoint.model_imports.add(item_import)
        bound = [p for p in endpoint.path_parameters if p.name == BOUND.get(resource.split(".")[0])]
        if len(method.arguments) != len(endpoint.path_parameters) - len(bound):
            raise SystemExit(f"{operation_id}: path arguments {arguments!r} do not match")
        methods.append(method)
    return methods


# The `_arguments` check for each path parameter type, as the endpoint modules call it.
PATH_CHECKS = {"int": "path_integer", "UUID": "path_uuid", "str": "path_text"}


def describe_path(name: str) -> str:
    if name.endswith("_id"):
        return f"the {name[:-3].replace('_', ' ')}'s id."
    return f"the {name.replace('_', ' ')}."


def describe_filter(parameter: Parameter) -> str:
    if parameter.description:
        return parameter.description
    if parameter.name in FILTERS:
        return FILTERS[parameter.name]
    return f"only records whose {parameter.name.rstrip('_').replace('_', ' ')} matches this."


def builtin_names(annotation: str) -> str:
    """Spell `list[...]` as `builtins.list[...]`: inside a class with a `list` method, the bare
    name would mean the method."""
    return re.sub(r"\blist\[", "builtins.list[", annotation)


def method_source(method: Method, bound: str | None) -> str:
    endpoint = method.endpoint
    function = endpoint.module.rsplit(".", 1)[1]
    path_map = []  # (endpoint parameter, expression)
    signature = ["self"]
    docs = []
    checks = ""  # an argument the route names otherwise is checked under the caller's name
    names = iter(method.arguments)
    for parameter in endpoint.path_parameters:
        if parameter.name == bound:
            path_map.append((parameter.name, f"self._{bound}"))
            continue
        name = next(names)
        signature.append(f"{name}: {parameter.annotation}")
        path_map.append((parameter.name, name))
        docs.append(f"{name}: {parameter.description or describe_path(name)}")
        if name != parameter.name:
            check = PATH_CHECKS[parameter.annotation]
            checks += f'\n        {check}({name}, "{name}", {function}.OPERATION)'
    if endpoint.body is not None:
        signature.append(f"body: {endpoint.body.annotation}")
        docs.append(f"body: the request, a `{endpoint.body.annotation}`.")
    signature.append("*")
    query = endpoint.query
    if method.kind == "list":
        query = [p for p in query if p.name not in ("page", "page_size")]
        signature.append("page_size: int = DEFAULT_PAGE_SIZE")
        signature.append("concurrency: int = DEFAULT_PAGE_CONCURRENCY")
        docs += LIST_DOC
    if method.kind == "export":
        query = []
        signature += [
            "start: str | datetime.date | None = None",
            "checkpoint: CheckpointStore | None = None",
            "include_recent_changes: bool = False",
            "deduplicate: bool = False",
            "follow: bool = False",
            "poll_interval: float = EXPORT_POLL_INTERVAL_SECONDS",
        ]
        docs += [
            "start: a saved token, or a date (records modified since); the checkpoint's token "
            "wins.",
            "checkpoint: where the position is saved after each batch you have finished.",
            "include_recent_changes: see changes younger than the API's ~15 minute delay.",
            "deduplicate: drop records repeated between consecutive batches.",
            "follow: keep polling a caught-up feed every `poll_interval` seconds.",
            "poll_interval: seconds between polls of a caught-up feed under `follow=True`.",
        ]
    for parameter in query:
        signature.append(f"{parameter.name}: {parameter.annotation} = {parameter.default}")
        docs.append(f"{parameter.name}: {describe_filter(parameter)}")
    signature_text = ",\n        ".join(signature) + "," + OPTIONS_SIGNATURE
    docs.append(OPTIONS_DOC)
    doc_lines = "\n".join(
        textwrap.fill(line, width=100, initial_indent=" " * 12, subsequent_indent=" " * 16)
        for line in docs
    )
    docstring = f'"""{method.summary}\n\n        Args:\n{doc_lines}\n        """'
    call_path = [expression for _, expression in path_map]
    if method.kind == "list":
        required = ""
        if method.required_one_of:
            given = ", ".join(f'"{wire}": {name}' for wire, name in method.required_one_of)
            required = f"check_required({function}.OPERATION, {{{given}}})\n        "
        filters = [f'"{name}": {expression}' for name, expression in path_map]
        filters += [f'"{p.name}": {p.name}' for p in query]
        returns = f"ListCall[{endpoint.returns}, {method.item}]"
        return f"""
    def {method.name}(
        {signature_text}
    ) -> {returns}:
        {docstring}{checks}
        {required}return ListCall(
            {function}.asyncio,
            {OPTIONS_CALL},
            page_size=page_size,
            concurrency=concurrency,
            filters={{{", ".join(filters)}}},
        )
"""
    if method.kind == "export":
        returns = f"ExportCall[{method.item}]"
        return f"""
    def {method.name}(
        {signature_text}
    ) -> {returns}:
        {docstring}{checks}
        return ExportCall(
            {function}.asyncio,
            {OPTIONS_CALL},
            start=start,
            checkpoint=checkpoint,
            include_recent_changes=include_recent_changes,
            deduplicate=deduplicate,
            follow=follow,
            poll_interval=poll_interval,
        )
"""
    arguments = [*call_path, f"client={OPTIONS_CALL}"]
    if endpoint.body is not None:
        arguments.append("body=body")
    arguments += [f"{p.name}={p.name}" for p in query]
    call = f"{function}.asyncio({', '.join(arguments)})"
    body = f"await {call}" if endpoint.returns == "None" else f"return await {call}"
    return f"""
    async def {method.name}(
        {signature_text}
    ) -> {endpoint.returns}:
        {docstring}{checks}
        {body}
"""


RESOURCE_DOCS = {
    "booking_provider": "Bookings as one booking provider sees them: `st.booking_provider(id)`.",
    "booking_provider_tags": "Booking-provider tags: the ids booking providers post under.",
    "bookings": "Bookings of the tenant, from every provider (creating one needs a provider).",
    "contacts": "Contacts: GUID-keyed people with contact methods, preferences, relationships.",
    "customers": "Customers, with their contacts, notes, tags and custom field types.",
    "exports": "The six export feeds: every change since a point, resumable from a checkpoint.",
    "leads": "Leads, with their notes, follow-ups and dismissal.",
    "locations": "Locations (service addresses), with contacts, notes, tags, technicians.",
    "tags": "Tags put on or taken off many customers at once.",
}


CHILD_DOCS = {
    "bookings": "the bookings",
    "contacts": "the contacts",
    "notes": "the notes",
    "tags": "the tags",
    "custom_field_types": "the custom field types",
    "contact_methods": "the contact methods (phones, emails, ...)",
    "preferences": "the preferences set on contact methods",
    "relationships": "the records contacts are related to",
    "preferred_technician": "the preferred technician",
}


def child_doc(path: str) -> str:
    parts = path.split(".")
    parent = parts[-2].replace("_", " ")
    what = CHILD_DOCS[parts[-1]]
    owner = "this booking provider" if parent == "booking provider" else parent
    spelled = ".".join(parts).replace("booking_provider.", "booking_provider(id).")
    return f"`st.{spelled}`: {what} of {owner}."


def module_source(root: str, nodes: dict[str, Node], methods: list[Method]) -> str:
    bound = BOUND.get(root)
    imports = {
        "from __future__ import annotations",
        "import builtins",
        "import datetime",
        "from collections.abc import Mapping",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, Literal",
        "from uuid import UUID",
        "from ..._config import NOT_GIVEN, NotGiven",
        "from ..._constants import DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE",
        "from ..._constants import EXPORT_POLL_INTERVAL_SECONDS",
        "from ..._arguments import path_integer, path_text, path_uuid",
        "from ..._checkpoint import CheckpointStore",
        "from ..._required_filters import check as check_required",
        "from ..._resource import ExportCall, ListCall, Resource, Timeout",
        "from ..._retry import RetryPolicy",
        "from ..types import UNSET, Unset",
        "if TYPE_CHECKING:\n    from ..._client import ServiceTitanClient",
    }
    for method in methods:
        package, function = method.endpoint.module.rsplit(".", 1)
        imports.add(f"from ..{package} import {function}")
        imports |= method.endpoint.model_imports
        imports |= {i for i in method.endpoint.other_imports if not i.startswith("import httpx")}
    header = [
        f'"""{RESOURCE_DOCS[root]}\n\nGenerated by scripts/emit_resources.py from '
        "openapi/openapi.yaml and\nopenapi/sources/resource_names.tsv. "
        'Do not edit: regenerate instead.\n"""'
    ]
    header += sorted(i for i in imports if not i.startswith("if TYPE_CHECKING"))
    header.append("if TYPE_CHECKING:\n    from ..._client import ServiceTitanClient")
    classes = []
    for path in sorted((p for p in nodes if p.split(".")[0] == root), key=lambda p: -p.count(".")):
        node = nodes[path]
        name = class_name(path)
        doc = RESOURCE_DOCS[root] if path == root else child_doc(path)
        if bound is not None:
            doc = doc.replace(f"`st.{root}.", f"`st.{root}(id).")
            init = f"""
    def __init__(self, client: ServiceTitanClient, {bound}: int) -> None:
        super().__init__(client)
        self._{bound} = {bound}
"""
            child_args = f"self._client, self._{bound}"
        else:
            init = ""
            child_args = "self._client"
        parts = [f'class {name}(Resource):\n    """{doc}"""\n{init}']
        for child in node.children:
            child_name = child.split(".")[-1]
            parts.append(
                f"""
    @cached_property
    def {child_name}(self) -> {class_name(child)}:
        \"\"\"{child_doc(child)}\"\"\"
        return {class_name(child)}({child_args})
"""
            )
        for method in node.methods:
            parts.append(method_source(method, bound))
        classes.append("".join(parts))
    return "\n\n".join(header) + "\n\n\n" + "\n\n".join(classes)


def roots_source(roots: list[str]) -> str:
    lines = [
        '"""Generated by scripts/emit_resources.py: the resources `ServiceTitanClient` offers.',
        "",
        "Do not edit: regenerate instead. Each resource module is imported the first time it is",
        'used, so `import servicetitan_crm` stays quick."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, cast",
        "",
        "if TYPE_CHECKING:",
        "    from ..._client import ServiceTitanClient",
    ]
    for root in roots:
        lines.append(f"    from .{root} import {class_name(root)}")
    lines += [
        "",
        "",
        "class ResourceRoots:",
        '    """The resource client: `st.customers.list()`, `st.booking_provider(id).bookings`."""',
        "",
        "    __slots__ = ()",
    ]
    for root in roots:
        name = class_name(root)
        if root in BOUND:
            lines += [
                "",
                f"    def {root}(self, {BOUND[root]}_id: int) -> {name}:",
                f'        """{RESOURCE_DOCS[root]}',
                "",
                f"        `{BOUND[root]}_id` is the id of a booking-provider tag",
                "        (`st.booking_provider_tags.list()` lists them).",
                '        """',
                f"        from .{root} import {name}",
                "        from ..._arguments import path_integer",
                "",
                f'        path_integer({BOUND[root]}_id, "{BOUND[root]}_id", "st.{root}()")',
                f'        return {name}(cast("ServiceTitanClient", self), {BOUND[root]}_id)',
            ]
        else:
            lines += [
                "",
                "    @property",
                f"    def {root}(self) -> {name}:",
                f'        """{RESOURCE_DOCS[root]}"""',
                f"        from .{root} import {name}",
                "",
                f'        return {name}(cast("ServiceTitanClient", self))',
            ]
    return "\n".join(lines) + "\n"


def emit(package: Path) -> None:
    methods = read_methods(package)
    nodes: dict[str, Node] = {}
    for method in methods:
        parts = method.resource.split(".")
        for depth in range(1, len(parts) + 1):
            path = ".".join(parts[:depth])
            if path not in nodes:
                nodes[path] = Node(path)
                if depth > 1:
                    nodes[".".join(parts[: depth - 1])].children.append(path)
        nodes[method.resource].methods.append(method)
    by_root: dict[str, list[Method]] = defaultdict(list)
    for method in methods:
        by_root[method.resource.split(".")[0]].append(method)
    output = package / "resources"
    output.mkdir(exist_ok=True)
    roots = sorted(by_root)
    (output / "__init__.py").write_text(roots_source(roots))
    for root in roots:
        (output / f"{root}.py").write_text(module_source(root, nodes, by_root[root]))


if __name__ == "__main__":
    emit(Path(sys.argv[1]))
