"""The option declarations (`servicetitan_crm._options`) are what every signature spells.

A generator renders `CALL_OPTIONS`, `LIST_OPTIONS` and `EXPORT_OPTIONS` as keyword parameters;
these tests hold every hand-written and generated signature that spells them to the same names,
order, annotations and defaults, so a new option is one edit in `_options` (and a regeneration).
"""

from __future__ import annotations

import builtins
import importlib
import inspect
import keyword
import pkgutil
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._export import export_batches, export_records
from servicetitan_crm._options import (
    CALL_OPTIONS,
    EXPORT_OPTIONS,
    LIST_OPTIONS,
    OPTION_IMPORTS,
    CallOptions,
    ExportOptions,
    ListOptions,
    OptionSpec,
)
from servicetitan_crm._paging import pages, paginate
from servicetitan_crm._resource import ExportCall, ListCall, Resource
from servicetitan_crm.generated import resources
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _namespace() -> dict[str, Any]:
    """Every name `OPTION_IMPORTS` lists, imported as a generated module would."""
    namespace: dict[str, Any] = {}
    for name, module in OPTION_IMPORTS.items():
        imported = importlib.import_module(module)
        namespace[name] = imported if module == name else getattr(imported, name)
    return namespace


def _spelled(function: Callable[..., object], specs: tuple[OptionSpec, ...]) -> list[OptionSpec]:
    """The options as `function`'s signature spells them (annotations are source text)."""
    parameters = inspect.signature(function).parameters
    namespace = _namespace()
    spelled = []
    for spec in specs:
        parameter = parameters[spec.name]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (function, spec.name)
        assert parameter.default == eval(spec.default, namespace), (function, spec.name)
        spelled.append(OptionSpec(spec.name, str(parameter.annotation), spec.default, spec.doc))
    return spelled


def _resource_methods() -> Iterator[tuple[str, Callable[..., object]]]:
    for module_info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{module_info.name}")
        for cls_name, cls in vars(module).items():
            defined_here = inspect.isclass(cls) and cls.__module__ == module.__name__
            if not (defined_here and issubclass(cls, Resource)):
                continue
            for name, method in vars(cls).items():
                if inspect.isfunction(method) and not name.startswith("_"):
                    yield f"{cls_name}.{name}", method


RESOURCE_METHODS = sorted(_resource_methods())


def test_the_declarations_are_read_from_the_option_classes() -> None:
    for specs, options in (
        (CALL_OPTIONS, CallOptions),
        (LIST_OPTIONS, ListOptions),
        (EXPORT_OPTIONS, ExportOptions),
    ):
        fields = attrs.fields(options)
        assert [spec.name for spec in specs] == [field.name for field in fields]
        assert [spec.annotation for spec in specs] == [field.type for field in fields]
        namespace = _namespace()
        assert [eval(spec.default, namespace) for spec in specs] == [
            field.default for field in fields
        ]
        assert all(spec.doc and "\n" not in spec.doc for spec in specs)


def test_every_name_the_declarations_use_can_be_imported() -> None:
    allowed = set(OPTION_IMPORTS) | set(dir(builtins))
    for spec in (*CALL_OPTIONS, *LIST_OPTIONS, *EXPORT_OPTIONS):
        for text in (spec.annotation, spec.default):
            used = {name for name in _NAME.findall(text) if not keyword.iskeyword(name)}
            # `datetime.date`: the module is imported, the attribute comes with it.
            used -= {"date"} if "datetime.date" in text else set()
            assert used <= allowed, (spec, used - allowed)


@pytest.mark.parametrize(
    ("function", "specs"),
    [
        (pages, LIST_OPTIONS),
        (paginate, LIST_OPTIONS),
        (export_records, EXPORT_OPTIONS),
        (export_batches, EXPORT_OPTIONS),
        (ServiceTitanClient.with_options, CALL_OPTIONS),
    ],
    ids=["pages", "paginate", "export_records", "export_batches", "with_options"],
)
def test_the_streams_and_views_spell_the_declared_options(
    function: Callable[..., object], specs: tuple[OptionSpec, ...]
) -> None:
    assert _spelled(function, specs) == list(specs)


def test_list_and_export_calls_take_the_declared_options_by_name() -> None:
    namespace = _namespace()
    listed = {spec.name: eval(spec.default, namespace) for spec in LIST_OPTIONS}
    exported = {spec.name: eval(spec.default, namespace) for spec in EXPORT_OPTIONS}

    client: Any = None  # nothing is sent: the calls are only built

    list_call: ListCall[Any, Any] = ListCall(
        customers_get_list.asyncio, client, filters={}, **listed
    )
    export_call: ExportCall[Any] = ExportCall(
        export_customers_get_customers.asyncio, client, **exported
    )

    assert list_call._options == ListOptions(**listed)
    assert export_call._options == ExportOptions(**exported)
    with pytest.raises(TypeError, match="unexpected keyword argument 'page'"):
        ListCall(customers_get_list.asyncio, client, filters={}, page=2)


@pytest.mark.parametrize(
    "method", [method for _, method in RESOURCE_METHODS], ids=[n for n, _ in RESOURCE_METHODS]
)
def test_every_resource_method_spells_the_declared_options(method: Callable[..., object]) -> None:
    names = list(inspect.signature(method).parameters)
    sets = [CALL_OPTIONS]
    if "page_size" in names:
        sets.append(LIST_OPTIONS)
    if "poll_interval" in names:
        sets.append(EXPORT_OPTIONS)
    for specs in sets:
        assert _spelled(method, specs) == list(specs)
    # The call options close every signature, in their declared order.
    assert names[-len(CALL_OPTIONS) :] == [spec.name for spec in CALL_OPTIONS]
