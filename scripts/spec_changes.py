"""What changed between two CRM v2 exports, classified for code written against the SDK.

Breaking: a removed operation, parameter, schema, property or enum value; a parameter or a
request property that became required; a changed type, format, request body or 200 body; an
operation that moved to another tag (its module moves). Compatible: anything added that callers
need not use (parsing is tolerant: unknown fields and enum values are kept), and everything that
relaxes what callers must send. Names are ours (schema_names.tsv, or the naming rule for names the
export adds); a removed schema whose facts reappear under a new name is reported as one rename.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from build_spec import relative_path, schema_names, server_sent_schemas
from published_export import Export, Json, Operation, Parameter


@dataclass(frozen=True)
class Change:
    """One line of the report."""

    breaking: bool
    text: str


@dataclass(frozen=True)
class Side:
    """One export with our names for its schemas and the set of schemas the server sends."""

    export: Export
    names: dict[str, str]
    server_sent: set[str]

    @classmethod
    def of(cls, export: Export, pinned: dict[str, str]) -> Side:
        return cls(export, schema_names(export.schemas, pinned), server_sent_schemas(export))

    def request_only(self, export_name: str) -> bool:
        return export_name not in self.server_sent


def route(operation: Operation) -> str:
    return f"{operation.method} {relative_path(operation.path)}"


def compare(old: Export, new: Export, pinned: dict[str, str]) -> list[Change]:
    """Every change from `old` to `new`, operations first, then schemas, in a stable order."""
    before, after = Side.of(old, pinned), Side.of(new, pinned)
    renames = renamed_schemas(before, after)
    return [
        *operation_changes(before, after, renames),
        *schema_changes(before, after, renames),
    ]


# --- schemas ------------------------------------------------------------------------------------


def renamed_schemas(before: Side, after: Side) -> dict[str, str]:
    """Old export name -> new export name, for a removed schema whose facts are exactly those of
    one added schema."""
    removed = [name for name in before.export.schemas if name not in after.export.schemas]
    added = [name for name in after.export.schemas if name not in before.export.schemas]
    renames: dict[str, str] = {}
    for old_name in removed:
        matches = [
            new_name
            for new_name in added
            if new_name not in renames.values()
            and before.export.schemas[old_name] == after.export.schemas[new_name]
        ]
        if len(matches) == 1:
            renames[old_name] = matches[0]
    return renames


def schema_changes(before: Side, after: Side, renames: dict[str, str]) -> Iterator[Change]:
    old_schemas, new_schemas = before.export.schemas, after.export.schemas
    for old_name, new_name in renames.items():
        yield Change(
            True,
            f"schema renamed: `{before.names[old_name]}` -> `{after.names[new_name]}`"
            f" (export {old_name} -> {new_name})",
        )
    for name in old_schemas:
        if name not in new_schemas and name not in renames:
            yield Change(True, f"schema removed: `{before.names[name]}` (export {name})")
    for name in new_schemas:
        if name not in old_schemas and name not in renames.values():
            kind = "enum" if new_schemas[name]["kind"] == "enum" else "schema"
            yield Change(False, f"{kind} added: `{after.names[name]}` (export {name})")
    for name in new_schemas:
        if name in old_schemas:
            yield from schema_facts_changes(name, before, after, renames)


def schema_facts_changes(
    name: str, before: Side, after: Side, renames: dict[str, str]
) -> Iterator[Change]:
    old, new = before.export.schemas[name], after.export.schemas[name]
    ours = after.names[name]
    if old["kind"] != new["kind"]:
        yield Change(True, f"`{ours}` changed from {old['kind']} to {new['kind']}")
        return
    if new["kind"] == "enum":
        yield from enum_changes(ours, old, new)
        return
    request = after.request_only(name)
    old_props, new_props = old["properties"], new["properties"]
    old_required, new_required = set(old["required"]), set(new["required"])
    for prop in old_props:
        if prop not in new_props:
            yield Change(True, f"`{ours}.{prop}` removed")
    for prop in new_props:
        if prop not in old_props:
            required = prop in new_required
            spelled = describe(new_props[prop], after.names)
            presence = "required" if required else "optional"
            yield Change(request and required, f"`{ours}.{prop}` added ({spelled}, {presence})")
    for prop in new_props:
        if prop in old_props:
            yield from property_changes(
                f"`{ours}.{prop}`",
                old_props[prop],
                new_props[prop],
                request,
                (prop in old_required, prop in new_required),
                (before.names, after.names, renames),
            )


def enum_changes(ours: str, old: Json, new: Json) -> Iterator[Change]:
    for value in dict.fromkeys(old["enum"]):
        if value not in new["enum"]:
            yield Change(True, f"`{ours}` value `{value}` removed")
    for value in dict.fromkeys(new["enum"]):
        if value not in old["enum"]:
            yield Change(False, f"`{ours}` value `{value}` added")


def property_changes(
    label: str,
    old: Json,
    new: Json,
    request: bool,
    required: tuple[bool, bool],
    naming: tuple[dict[str, str], dict[str, str], dict[str, str]],
) -> Iterator[Change]:
    """Type, format, nullability and required-ness of one property kept by both exports. For a
    request schema, asking more of the caller breaks; for a schema the server sends, promising
    less (a value that may now be absent) breaks."""
    old_names, new_names, renames = naming
    old_type = describe(old, old_names, renames, new_names)
    new_type = describe(new, new_names)
    if old_type != new_type:
        yield Change(True, f"{label} type changed: {old_type} -> {new_type}")
    was_nullable, is_nullable = bool(old.get("nullable")), bool(new.get("nullable"))
    if was_nullable != is_nullable:
        text = "made nullable" if is_nullable else "no longer nullable"
        yield Change(request and not is_nullable, f"{label} {text}")
    was_required, is_required = required
    if was_required != is_required:
        text = "made required" if is_required else "made optional"
        breaking = is_required if request else not is_required
        yield Change(breaking, f"{label} {text}")


def describe(
    facts: Json,
    names: dict[str, str],
    renames: dict[str, str] | None = None,
    renamed_names: dict[str, str] | None = None,
) -> str:
    """A type as the report spells it: `CustomerType`, string/date-time, array of `NoteResponse`,
    object of array of string. Old names that were renamed are spelled with their new name, so a
    rename is reported once, not at every use."""
    if "ref" in facts:
        target = facts["ref"]
        if renames and target in renames and renamed_names is not None:
            return f"`{renamed_names[renames[target]]}`"
        return f"`{names[target]}`"
    spelled = str(facts["type"]) + (f"/{facts['format']}" if "format" in facts else "")
    if "items" in facts:
        spelled += " of " + describe(facts["items"], names, renames, renamed_names)
    if facts.get("additionalProperties"):
        extra = describe(facts["additionalProperties"], names, renames, renamed_names)
        spelled += " of " + extra
    return spelled


# --- operations ---------------------------------------------------------------------------------


def operation_changes(before: Side, after: Side, renames: dict[str, str]) -> Iterator[Change]:
    old_ops = {op.operation_id: op for op in before.export.operations}
    new_ops = {op.operation_id: op for op in after.export.operations}
    known_tags = {op.tag for op in before.export.operations}
    for operation_id, op in old_ops.items():
        if operation_id not in new_ops:
            yield Change(True, f"operation removed: `{operation_id}` ({route(op)})")
    for operation_id, op in new_ops.items():
        if operation_id not in old_ops:
            tag = op.tag if op.tag in known_tags else f"{op.tag}, a new tag"
            yield Change(False, f"operation added: `{operation_id}` ({route(op)}; tag {tag})")
    for operation_id, op in new_ops.items():
        if operation_id in old_ops:
            yield from changed_operation(old_ops[operation_id], op, before, after, renames)


def changed_operation(
    old: Operation, new: Operation, before: Side, after: Side, renames: dict[str, str]
) -> Iterator[Change]:
    label = f"`{new.operation_id}`"
    if route(old) != route(new):
        yield Change(False, f"{label} moved: {route(old)} -> {route(new)}")
    if old.tag != new.tag:
        yield Change(True, f"{label} moved from tag {old.tag} to {new.tag} (its module moves)")
    yield from parameter_changes(label, old, new, before, after)
    old_body = body_name(old.request_body, before, renames, after)
    new_body = body_name(new.request_body, after)
    if old_body != new_body:
        yield Change(
            old_body is not None, f"{label} request body changed: {old_body} -> {new_body}"
        )
    if old_body == new_body and old.request_body_required != new.request_body_required:
        text = "made required" if new.request_body_required else "made optional"
        yield Change(new.request_body_required, f"{label} request body {text}")
    old_response = response_name(old.response, before, renames, after)
    new_response = response_name(new.response, after)
    if old_response != new_response:
        yield Change(True, f"{label} 200 body changed: {old_response} -> {new_response}")
    for status in new.error_statuses:
        if status not in old.error_statuses:
            yield Change(False, f"{label} documents status {status}")
    for status in old.error_statuses:
        if status not in new.error_statuses:
            yield Change(False, f"{label} no longer documents status {status}")


def body_name(
    export_name: str | None,
    side: Side,
    renames: dict[str, str] | None = None,
    renamed_side: Side | None = None,
) -> str | None:
    if export_name is None:
        return None
    return describe(
        {"ref": export_name}, side.names, renames, renamed_side.names if renamed_side else None
    )


def response_name(
    facts: Json | None,
    side: Side,
    renames: dict[str, str] | None = None,
    renamed_side: Side | None = None,
) -> str:
    if facts is None:
        return "no body"
    return describe(facts, side.names, renames, renamed_side.names if renamed_side else None)


def parameter_changes(
    label: str, old: Operation, new: Operation, before: Side, after: Side
) -> Iterator[Change]:
    """The tenant path parameter is the server variable, not a parameter of ours."""
    old_params = {(p.location, p.name): p for p in old.parameters if p.name != "tenant"}
    new_params = {(p.location, p.name): p for p in new.parameters if p.name != "tenant"}
    for key, parameter in old_params.items():
        if key not in new_params:
            yield Change(True, f"{label} {key[0]} parameter `{parameter.name}` removed")
    for key, parameter in new_params.items():
        if key not in old_params:
            presence = "required" if parameter.required else "optional"
            yield Change(
                parameter.required,
                f"{label} {key[0]} parameter `{parameter.name}` added ({presence})",
            )
    for key, parameter in new_params.items():
        if key in old_params:
            previous = old_params[key]
            where = f"{label} {key[0]} parameter `{parameter.name}`"
            old_type = parameter_type(previous, before)
            new_type = parameter_type(parameter, after)
            if old_type != new_type:
                yield Change(True, f"{where} type changed: {old_type} -> {new_type}")
            if previous.required != parameter.required:
                text = "made required" if parameter.required else "made optional"
                yield Change(parameter.required, f"{where} {text}")


def parameter_type(parameter: Parameter, side: Side) -> str:
    if parameter.enum_ref is not None:
        return f"`{side.names[parameter.enum_ref]}`"
    return parameter.type + (f"/{parameter.format}" if parameter.format else "")
