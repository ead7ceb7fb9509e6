"""Render the resource client (`st.customers.list()`, ...) from the document model.

Input: the model (`Document`), the naming table's rows (one per operation, see `resource_names`)
and our prose (`openapi/sources/resource_docs.yaml`). Output: `resources/`, one module per
top-level resource plus `__init__.py` with the `ResourceRoots` mixin that `ServiceTitanClient`
inherits. Every decision (signatures, docstring lines, imports, which parameter a parent binds) is
made here; the templates in `templates/resources/` only print.

Method kinds follow the operation's: a paged list returns a `ListCall`, an export feed an
`ExportCall` (records, or `.batches()`), anything else is an `async def` returning what the
endpoint returns.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

from codegen.annotations import (
    answer_annotation,
    class_of,
    model_module,
    parameter_signature,
    referenced_models,
)
from codegen.resource_names import ResourceName, bound_parameters
from codegen.resource_options import (
    CALL_OPTIONS,
    CALL_OPTIONS_DOC,
    EXPORT_OPTIONS,
    LIST_OPTIONS,
    OPTION_IMPORT_LINES,
    PAGING_PARAMETERS,
    WITH_CALL_OPTIONS,
    option_signature,
)
from servicetitan_crm._document import Document, Operation, Parameter

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "resources"
DOC_WIDTH = 100
# The `_arguments` check of a path argument the caller names differently from the route.
PATH_CHECKS = {"integer": "path_integer", "uuid": "path_uuid"}
PATH_CHECK_DEFAULT = "path_text"
# Imports every resource module may need; ruff drops the unused ones after rendering.
RUNTIME_IMPORTS = (
    "import builtins",
    "import datetime",
    "from collections.abc import Mapping",
    "from functools import cached_property",
    "from typing import TYPE_CHECKING, Literal, overload",
    "from uuid import UUID",
    "from ..._arguments import path_integer, path_text, path_uuid",
    "from ..._required_filters import check as check_required",
    "from ..._resource import ExportCall, ListCall, Resource",
    "from ..types import UNSET, Unset",
    *OPTION_IMPORT_LINES,
)


@dataclass(frozen=True)
class Prose:
    """Our words for resources, children, bound arguments and filters."""

    roots: dict[str, str]
    children: dict[str, str]
    bound: dict[str, str]
    filters: dict[str, str]

    @classmethod
    def read(cls, path: Path) -> Prose:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls(
            *(dict(data.get(key) or {}) for key in ("roots", "children", "bound", "filters"))
        )

    def root(self, root: str) -> str:
        return self.roots.get(root) or f"{root.replace('_', ' ').capitalize()}."

    def filter(self, parameter: Parameter) -> str:
        described = self.filters.get(parameter.attribute)
        if described:
            return described
        if parameter.type.kind == "enum" and parameter.type.ref is not None:
            return f"only records with this {parameter.attribute.replace('_', ' ')}."
        return (
            f"only records whose {parameter.attribute.rstrip('_').replace('_', ' ')} matches this."
        )


@dataclass
class Method:
    """One method, as the template prints it."""

    name: str
    kind: str
    function: str  # the endpoint module
    summary: str
    signature: list[str]
    doc_lines: list[str]
    checks: list[str]
    returns: str
    call_arguments: list[str] = field(default_factory=list)  # call kind
    filters: list[tuple[str, str]] = field(default_factory=list)  # list kind: keyword, expression
    options: list[str] = field(default_factory=list)  # list/export kind: keyword names
    # Signatures of `@overload` variants: one per filter of which the API requires one, each
    # making that filter a required keyword, so a type checker flags a call with none.
    overloads: list[list[str]] = field(default_factory=list)


@dataclass
class ResourceClass:
    path: str
    name: str
    doc: str
    children: list[tuple[str, str, str]] = field(default_factory=list)  # attribute, class, doc
    methods: list[Method] = field(default_factory=list)


@dataclass
class Bound:
    """A path parameter a root binds once: `st.booking_provider(31)`."""

    attribute: str  # the endpoint's keyword, stored as `self._<attribute>`
    argument: str  # the root method's argument
    annotation: str
    check: str
    doc: str


@dataclass
class ResourceModule:
    root: str
    class_name: str
    doc: str
    imports: list[str]
    classes: list[ResourceClass]
    bound: Bound | None


def class_name(path: str) -> str:
    """`customers.notes` -> CustomerNotes; `contacts.contact_methods` -> ContactMethods."""
    parts = path.split(".")
    words = [part[:-1] if part.endswith("s") else part for part in parts[:-1]] + parts[-1:]
    words = [w for w, after in zip(words, [*words[1:], ""], strict=True) if not after.startswith(w)]
    return "".join(word.title().replace("_", "") for word in " ".join(words).split(" "))


def wrap(line: str) -> list[str]:
    """A docstring argument line wrapped as the template indents it (12, then 16 spaces)."""
    return textwrap.wrap(line, width=DOC_WIDTH - 12, subsequent_indent=" " * 4) or [line]


def describe_path(name: str) -> str:
    if name.endswith("_id"):
        return f"the {name[:-3].replace('_', ' ')}'s id."
    return f"the {name.replace('_', ' ')}."


def child_doc(path: str, prose: Prose, bound: bool) -> str:
    parts = path.split(".")
    what = prose.children.get(parts[-1]) or f"the {parts[-1].replace('_', ' ')}"
    owner = parts[-2].replace("_", " ")
    if bound:
        owner = f"this {owner}" if len(parts) == 2 else owner
        spelled = f"{parts[0]}(id)." + ".".join(parts[1:])
    else:
        spelled = path
    return f"`st.{spelled}`: {what} of {owner}."


class ResourceClient:
    """Builds the modules of the resource client for one document and naming table."""

    def __init__(self, document: Document, names: Iterable[ResourceName], prose: Prose) -> None:
        self.document = document
        self.names = list(names)
        self.prose = prose
        self.bound = bound_parameters(document, {name.operation_id: name for name in self.names})

    def method(self, name: ResourceName, imports: set[str]) -> Method:
        operation = self.document.operation(name.operation_id)
        function = operation.module
        imports.add(f"from ..api.{operation.package} import {function}")
        bound = self.bound.get(name.root)
        signature, docs, checks, path_expressions = [], [], [], []
        arguments = iter(name.arguments)
        for parameter in operation.path_parameters:
            if parameter.name == bound:
                path_expressions.append((parameter.attribute, f"self._{parameter.attribute}"))
                continue
            argument = next(arguments)
            annotation = parameter_signature(parameter, self.document, name.operation_id)
            signature.append(f"{argument}: {annotation.partition(': ')[2]}")
            docs.append(f"{argument}: {describe_path(argument)}")
            path_expressions.append((parameter.attribute, argument))
            if argument != parameter.attribute:
                check = PATH_CHECKS.get(parameter.type.kind, PATH_CHECK_DEFAULT)
                checks.append(f'{check}({argument}, "{argument}", {function}.OPERATION)')
        if operation.body is not None:
            body = class_of(operation.body, self.document)
            signature.append(
                f"body: {body}" if operation.body_required else f"body: {body} | Unset = UNSET"
            )
            docs.append(f"body: the request, a `{body}`.")
        signature.append("*")
        query = list(operation.query_parameters)
        options: list[str] = []
        if operation.kind == "list":
            query = [p for p in query if p.name not in PAGING_PARAMETERS]
            signature += [option_signature(option) for option in LIST_OPTIONS]
            docs += [f"{option.name}: {option.doc}" for option in LIST_OPTIONS]
            options = [option.name for option in LIST_OPTIONS]
        elif operation.kind == "export":
            query = []
            signature += [option_signature(option) for option in EXPORT_OPTIONS]
            docs += [f"{option.name}: {option.doc}" for option in EXPORT_OPTIONS]
            options = [option.name for option in EXPORT_OPTIONS]
        for parameter in query:
            signature.append(parameter_signature(parameter, self.document, name.operation_id))
            docs.append(f"{parameter.attribute}: {self.prose.filter(parameter)}")
        signature += [option_signature(option) for option in CALL_OPTIONS]
        docs.append(CALL_OPTIONS_DOC)
        overloads = []
        if operation.required_one_of:
            attributes = {p.name: p.attribute for p in operation.parameters}
            given = ", ".join(f'"{wire}": {attributes[wire]}' for wire in operation.required_one_of)
            checks.append(f"check_required({function}.OPERATION, {{{given}}})")
            overloads = [
                self.requiring(signature, operation, wire) for wire in operation.required_one_of
            ]
        returns = self.returns(operation)
        for model in referenced_models(" ".join([*signature, returns]), self.document):
            imports.add(f"from ..models.{model_module(model)} import {model}")
        method = Method(
            name=name.method,
            kind=operation.kind,
            function=function,
            summary=name.summary,
            signature=signature,
            doc_lines=[wrapped for line in docs for wrapped in wrap(line)],
            checks=checks,
            returns=returns,
            options=options,
            overloads=overloads,
        )
        if operation.kind == "list":
            method.filters = [*path_expressions, *((p.attribute, p.attribute) for p in query)]
        else:
            method.call_arguments = [expression for _, expression in path_expressions]
            method.call_arguments.append(f"client={WITH_CALL_OPTIONS}")
            if operation.body is not None:
                method.call_arguments.append("body=body")
            method.call_arguments += [f"{p.attribute}={p.attribute}" for p in query]
        return method

    def requiring(self, signature: list[str], operation: Operation, wire: str) -> list[str]:
        """`signature` with the filter `wire` made a required keyword."""
        parameter = next(p for p in operation.query_parameters if p.name == wire)
        optional = parameter_signature(parameter, self.document, operation.operation_id)
        required = dataclasses.replace(parameter, required=True)
        return [
            parameter_signature(required, self.document, operation.operation_id)
            if entry == optional
            else entry
            for entry in signature
        ]

    def returns(self, operation: Operation) -> str:
        if operation.kind in ("list", "export"):
            if (
                operation.item is None
                or operation.response is None
                or operation.response.ref is None
            ):
                raise ValueError(f"{operation.operation_id}: a {operation.kind} without records")
            item = class_of(operation.item, self.document)
            if operation.kind == "export":
                return f"ExportCall[{item}]"
            return f"ListCall[{class_of(operation.response.ref, self.document)}, {item}]"
        return answer_annotation(operation, self.document)

    def module(self, root: str) -> ResourceModule:
        members = [name for name in self.names if name.root == root]
        paths: list[str] = []
        for name in members:
            parts = name.resource.split(".")
            for depth in range(1, len(parts) + 1):
                path = ".".join(parts[:depth])
                if path not in paths:
                    paths.append(path)
        imports: set[str] = set(RUNTIME_IMPORTS)
        bound = self.bound_of(root)
        classes = {}
        for path in paths:
            doc = (
                self.prose.root(root) if path == root else child_doc(path, self.prose, bool(bound))
            )
            classes[path] = ResourceClass(path, class_name(path), doc)
        for path in paths:
            parent = path.rpartition(".")[0]
            if parent:
                child = classes[path]
                classes[parent].children.append((path.split(".")[-1], child.name, child.doc))
        for name in members:
            classes[name.resource].methods.append(self.method(name, imports))
        ordered = sorted(classes.values(), key=lambda c: -c.path.count("."))
        return ResourceModule(
            root=root,
            class_name=class_name(root),
            doc=self.prose.root(root),
            imports=sorted(imports),
            classes=ordered,
            bound=bound,
        )

    def bound_of(self, root: str) -> Bound | None:
        name = self.bound.get(root)
        if name is None:
            return None
        operation = next(
            self.document.operation(row.operation_id) for row in self.names if row.root == root
        )
        parameter = next(p for p in operation.path_parameters if p.name == name)
        argument = (
            parameter.attribute
            if parameter.attribute.endswith("id")
            else f"{parameter.attribute}_id"
        )
        return Bound(
            attribute=parameter.attribute,
            argument=argument,
            annotation=parameter_signature(parameter, self.document, root).partition(": ")[2],
            check=PATH_CHECKS.get(parameter.type.kind, PATH_CHECK_DEFAULT),
            doc=" ".join(self.prose.bound.get(root, "").split()),
        )

    def modules(self) -> list[ResourceModule]:
        roots = sorted({name.root for name in self.names})
        return [self.module(root) for root in roots]


def environment() -> jinja2.Environment:
    templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    templates.globals["with_call_options"] = WITH_CALL_OPTIONS
    return templates


def write_resources(
    document: Document, names: Iterable[ResourceName], prose: Prose, package: Path
) -> list[Path]:
    """Render the resource modules into `package/resources`; returns the files written."""
    modules = ResourceClient(document, names, prose).modules()
    templates = environment()
    output = package / "resources"
    output.mkdir(exist_ok=True)
    written = [output / "__init__.py"]
    written[0].write_text(templates.get_template("roots.py.jinja").render(modules=modules))
    module_template = templates.get_template("module.py.jinja")
    for module in modules:
        target = output / f"{module.root}.py"
        target.write_text(module_template.render(module=module))
        written.append(target)
    return written
