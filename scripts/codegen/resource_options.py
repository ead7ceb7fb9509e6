"""The options every resource method takes besides the operation's own parameters.

They are declared once, in the runtime (`servicetitan_crm._options`: `CALL_OPTIONS`,
`LIST_OPTIONS`, `EXPORT_OPTIONS` and the imports their texts need); this module only turns that
declaration into what the resource templates print.
"""

from __future__ import annotations

from servicetitan_crm._options import (
    CALL_OPTIONS,
    EXPORT_OPTIONS,
    LIST_OPTIONS,
    OPTION_IMPORTS,
    OptionSpec,
)

__all__ = [
    "CALL_OPTIONS",
    "CALL_OPTIONS_DOC",
    "EXPORT_OPTIONS",
    "LIST_OPTIONS",
    "OPTION_IMPORT_LINES",
    "PAGING_PARAMETERS",
    "WITH_CALL_OPTIONS",
    "option_signature",
]

# The package the generated resource modules sit two levels below.
RUNTIME_PACKAGE = "servicetitan_crm"
# The list query parameters the list options replace (ListCall drives the paging).
PAGING_PARAMETERS = frozenset({"page", "pageSize"})
# The call options are documented together, as `with_options` takes them.
CALL_OPTIONS_DOC = (
    f"{', '.join(spec.name for spec in CALL_OPTIONS)}: this call's options (as `with_options`)."
)
# How a method hands its call options to `Resource._with`, in the declaration's order.
WITH_CALL_OPTIONS = f"self._with({', '.join(spec.name for spec in CALL_OPTIONS)})"


def option_signature(spec: OptionSpec) -> str:
    """The keyword parameter as the method's signature spells it."""
    return f"{spec.name}: {spec.annotation} = {spec.default}"


def import_line(name: str, module: str) -> str:
    """The import of one name an option's text uses, relative inside the generated resources."""
    if name == module:
        return f"import {module}"
    if module == RUNTIME_PACKAGE or module.startswith(f"{RUNTIME_PACKAGE}."):
        module = "..." + module[len(RUNTIME_PACKAGE) + 1 :]
    return f"from {module} import {name}"


OPTION_IMPORT_LINES = tuple(import_line(name, module) for name, module in OPTION_IMPORTS.items())
