"""`import servicetitan_crm` and a client load only what building a client needs.

The time itself is measured by `python -m benchmarks --only import` (a ratio to the dependencies
alone); this pins the mechanism that keeps it small, in fresh interpreters: which modules are
loaded, not how long they took. Names whose modules a client does not need (paging, exports,
checkpoints, prefetching, the resources' call types) load on first use, and every name of
`__all__` still resolves to the object its private module defines.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import servicetitan_crm

LOADED_ON_USE = {
    "servicetitan_crm._checkpoint",
    "servicetitan_crm._export",
    "servicetitan_crm._paging",
    "servicetitan_crm._prefetch",
    "servicetitan_crm._resource",
}
# Standard-library modules the package may add to those its dependencies load: `uuid`, for the
# argument checks of operations that take a UUID.
EXTRA_MODULES_ALLOWED = {"uuid", "_uuid"}

ADDED_BY_PACKAGE = """
import json, sys
import anyio, anyio.streams.memory, attrs, httpx2
dependencies = set(sys.modules)
import servicetitan_crm
servicetitan_crm.ServiceTitanClient(tenant=1, client_id="i", client_secret="s", app_key="k")
print(json.dumps(sorted(set(sys.modules) - dependencies)))
"""

NAME_LOADS_ITS_MODULE = """
import json, sys
import servicetitan_crm
name = sys.argv[1]
before = set(sys.modules)
value = getattr(servicetitan_crm, name)
print(json.dumps({
    "loaded": sorted(set(sys.modules) - before),
    "cached": servicetitan_crm.__dict__.get(name) is value,
}))
"""


def _run(program: str, *arguments: str) -> object:
    result = subprocess.run(
        [sys.executable, "-c", program, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_a_client_loads_none_of_the_modules_it_does_not_need() -> None:
    added = _run(ADDED_BY_PACKAGE)
    assert isinstance(added, list)

    assert not LOADED_ON_USE & set(added)
    foreign = {name for name in added if not name.startswith("servicetitan_crm")}
    assert foreign <= EXTRA_MODULES_ALLOWED, "asyncio, subprocess, ... are not needed to import"


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("pages", "servicetitan_crm._paging"),
        ("ExportBatchStream", "servicetitan_crm._export"),
        ("FileCheckpoint", "servicetitan_crm._checkpoint"),
        ("ItemStream", "servicetitan_crm._prefetch"),
        ("ListCall", "servicetitan_crm._resource"),
    ],
)
def test_a_deferred_name_loads_its_module_on_first_use(name: str, module: str) -> None:
    outcome = _run(NAME_LOADS_ITS_MODULE, name)
    assert isinstance(outcome, dict)

    assert module in outcome["loaded"]
    assert outcome["cached"] is True, "a second look-up must not go through __getattr__"


def test_every_exported_name_resolves_and_is_listed_by_dir() -> None:
    for name in servicetitan_crm.__all__:
        assert getattr(servicetitan_crm, name) is not None, name
    assert set(servicetitan_crm.__all__) <= set(dir(servicetitan_crm))


def test_a_deferred_name_is_the_object_its_module_defines() -> None:
    from servicetitan_crm import _paging, _resource

    assert servicetitan_crm.paginate is _paging.paginate
    assert servicetitan_crm.ListCall is _resource.ListCall
    assert servicetitan_crm.ListCall.__module__ == "servicetitan_crm"


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="'paginator'"):
        servicetitan_crm.paginator  # noqa: B018
