"""An option mistake gets the same error type and text through every layer, and nothing is sent.

Each table row is one mistake; each layer is one way a caller can make it (a resource method
awaited or iterated, `pages`/`paginate`, `export_records`/`export_batches`, `with_options`, the
client itself, the sync command). Every row runs through every layer that can express it.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from click.testing import CliRunner
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient, pages, paginate
from servicetitan_crm._errors import ConfigurationError
from servicetitan_crm._export import export_batches, export_records
from servicetitan_crm._sync._cli import cli
from servicetitan_crm._sync._tenants import SyncConfig, load_config, tenant_sources
from servicetitan_crm.generated.api.customers import customers_get_list
from servicetitan_crm.generated.api.export_customers import export_customers_get_customers

Options = dict[str, Any]
Layer = Callable[[ServiceTitanClient, Options], Awaitable[object]]


async def _drain(stream: Any) -> None:
    async for _ in stream:
        pass


async def _awaited_list(st: ServiceTitanClient, options: Options) -> object:
    return await st.customers.list(**options)


async def _iterated_list(st: ServiceTitanClient, options: Options) -> None:
    await _drain(st.customers.list(**options))


async def _list_pages(st: ServiceTitanClient, options: Options) -> None:
    await _drain(st.customers.contacts.list(7, **options).pages())


async def _pages(st: ServiceTitanClient, options: Options) -> None:
    await _drain(pages(customers_get_list.asyncio, client=st, **options))


async def _paginate(st: ServiceTitanClient, options: Options) -> None:
    await _drain(paginate(customers_get_list.asyncio, client=st, **options))


async def _export_method(st: ServiceTitanClient, options: Options) -> None:
    await _drain(st.exports.customers(**options))


async def _export_method_batches(st: ServiceTitanClient, options: Options) -> None:
    await _drain(st.exports.locations(**options).batches())


async def _export_records(st: ServiceTitanClient, options: Options) -> None:
    await _drain(export_records(export_customers_get_customers.asyncio, client=st, **options))


async def _export_batches(st: ServiceTitanClient, options: Options) -> None:
    await _drain(export_batches(export_customers_get_customers.asyncio, client=st, **options))


async def _get(st: ServiceTitanClient, options: Options) -> object:
    return await st.customers.get(7, **options)


async def _delete_note(st: ServiceTitanClient, options: Options) -> object:
    return await st.customers.notes.delete(7, 8, **options)


async def _with_options(st: ServiceTitanClient, options: Options) -> object:
    return st.with_options(**options)


async def _client(st: ServiceTitanClient, options: Options) -> object:
    return ServiceTitanClient(tenant=1, client_id="i", client_secret="s", app_key="k", **options)


async def _sync_command(st: ServiceTitanClient, options: Options) -> object:
    """`servicetitan-crm sync --poll-interval=...`: its error line is the same message."""
    (value,) = options.values()
    arguments = ["sync", "--simulate", f"--poll-interval={value}"]
    # In a thread: the command runs its own event loop, as it does from a shell.
    result = await anyio.to_thread.run_sync(CliRunner().invoke, cli, arguments)
    assert result.exit_code == 2, result.output
    prefix = "error: "
    assert result.stderr.startswith(prefix)
    raise ConfigurationError(result.stderr.removeprefix(prefix).rstrip("\n"))


LIST_LAYERS = [_awaited_list, _iterated_list, _list_pages, _pages, _paginate]
EXPORT_LAYERS = [_export_method, _export_method_batches, _export_records, _export_batches]
CALL_LAYERS = [_get, _delete_note, _awaited_list, _export_method, _with_options]
CLIENT_LAYERS = [*CALL_LAYERS, _client]

# (the mistake, the layers that take it, the error type, the exact message)
MISTAKES: list[tuple[Options, list[Layer], type[Exception], str]] = [
    ({"page_size": "50"}, LIST_LAYERS, TypeError, "page_size must be an int, not str '50'"),
    ({"page_size": 5.0}, LIST_LAYERS, TypeError, "page_size must be an int, not float 5.0"),
    ({"page_size": True}, LIST_LAYERS, TypeError, "page_size must be an int, not bool True"),
    (
        {"page_size": 0},
        LIST_LAYERS,
        ConfigurationError,
        "page_size must be between 1 and 5000, got 0",
    ),
    (
        {"page_size": 5001},
        LIST_LAYERS,
        ConfigurationError,
        "page_size must be between 1 and 5000, got 5001",
    ),
    (
        {"concurrency": 0},
        LIST_LAYERS,
        ConfigurationError,
        "concurrency must be a positive int, got 0",
    ),
    (
        {"concurrency": None},
        LIST_LAYERS,
        TypeError,
        "concurrency must be an int, not NoneType None",
    ),
    (
        {"start": ""},
        EXPORT_LAYERS,
        ConfigurationError,
        "start must be a token (a non-empty str), a date or a datetime, got ''",
    ),
    (
        {"start": 20240101},
        EXPORT_LAYERS,
        TypeError,
        "start must be a token (a non-empty str), a date or a datetime, not int 20240101",
    ),
    (
        {"checkpoint": "customers.checkpoint"},
        EXPORT_LAYERS,
        TypeError,
        "checkpoint must be a CheckpointStore (such as FileCheckpoint(path)) or None, "
        "not str 'customers.checkpoint'",
    ),
    (
        {"include_recent_changes": "yes"},
        EXPORT_LAYERS,
        TypeError,
        "include_recent_changes must be a bool, not str 'yes'",
    ),
    ({"deduplicate": 1}, EXPORT_LAYERS, TypeError, "deduplicate must be a bool, not int 1"),
    ({"follow": None}, EXPORT_LAYERS, TypeError, "follow must be a bool, not NoneType None"),
    (
        {"poll_interval": -1.0},
        [*EXPORT_LAYERS, _sync_command],
        ConfigurationError,
        "poll_interval must be a finite number of seconds >= 0, got -1.0",
    ),
    (
        {"poll_interval": math.inf},
        [*EXPORT_LAYERS, _sync_command],
        ConfigurationError,
        "poll_interval must be a finite number of seconds >= 0, got inf",
    ),
    (
        {"poll_interval": "300"},
        EXPORT_LAYERS,
        TypeError,
        "poll_interval must be a number of seconds, not str '300'",
    ),
    (
        {"timeout": "5"},
        CLIENT_LAYERS,
        TypeError,
        "timeout must be a number of seconds, an httpx2.Timeout or None, not str '5'",
    ),
    (
        {"timeout": -1},
        CLIENT_LAYERS,
        ConfigurationError,
        "timeout must be a finite number of seconds > 0, got -1",
    ),
    ({"retry": 3}, CLIENT_LAYERS, TypeError, "retry must be a RetryPolicy, not int 3"),
    (
        {"extra_headers": ["X-Trace"]},
        CALL_LAYERS,
        TypeError,
        "extra_headers must be a mapping of str to str, or None, not list ['X-Trace']",
    ),
    (
        {"extra_headers": {"X-Trace": 1}},
        CALL_LAYERS,
        TypeError,
        "extra_headers['X-Trace'] must be a str, not int 1",
    ),
    (
        {"extra_query": {2: "x"}},
        CALL_LAYERS,
        TypeError,
        "extra_query key must be a str, not int 2",
    ),
]

CASES = [
    pytest.param(options, layer, error, message, id=f"{options}-{layer.__name__.strip('_')}")
    for options, layers, error, message in MISTAKES
    for layer in layers
]


@pytest.mark.parametrize(("options", "layer", "error", "message"), CASES)
async def test_an_option_mistake_is_the_same_error_through_every_layer(
    mocked: ServiceTitanClient,
    httpx2_mock: HTTPXMock,
    options: Options,
    layer: Layer,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error) as raised:
        await layer(mocked, options)

    assert type(raised.value) is error
    assert str(raised.value) == message
    assert httpx2_mock.get_requests() == []


# A tenant id names where it came from, then says the same thing whatever the source.
TENANT_MISTAKES = ["0", "-3", "abc", "\uff14\uff12", "4.5", ""]


def _from_argument(value: str, tmp_path: Path) -> tuple[str, object]:
    with pytest.raises(ConfigurationError) as raised:
        ServiceTitanClient(tenant=value, client_id="i", client_secret="s", app_key="k")
    return str(raised.value), f"tenant: a tenant id is a positive integer, not {value!r}"


def _from_environment(value: str, tmp_path: Path) -> tuple[str, object]:
    with pytest.raises(ConfigurationError) as raised:
        tenant_sources([], SyncConfig(), environ={"SERVICETITAN_TENANT_ID": value})
    return str(
        raised.value
    ), f"SERVICETITAN_TENANT_ID: a tenant id is a positive integer, not {value!r}"


def _from_config_file(value: str, tmp_path: Path) -> tuple[str, object]:
    path = tmp_path / "sync.toml"
    path.write_text(f"[[tenants]]\nid = {value!r}\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as raised:
        load_config(path)
    where = f"config file {path}, tenant entry 1"
    return str(raised.value), f"{where}: a tenant id is a positive integer, not {value!r}"


def _from_the_sync_command(value: str, tmp_path: Path) -> tuple[str, object]:
    result = CliRunner().invoke(cli, ["sync", "--simulate", f"--tenant={value}"])
    assert result.exit_code == 2, result.output
    return (
        result.stderr.removeprefix("error: ").rstrip("\n"),
        f"--tenant: a tenant id is a positive integer, not {int(value)!r}",
    )


def _is_int(value: str) -> bool:
    return value.isascii() and value.lstrip("-").isdigit()


TENANT_CASES = [
    pytest.param(source, value, id=f"{source.__name__.strip('_')}-{value!r}")
    for source in (_from_argument, _from_environment, _from_config_file, _from_the_sync_command)
    for value in TENANT_MISTAKES
    # The command line parses --tenant as an int before the SDK sees it.
    if source is not _from_the_sync_command or _is_int(value)
]


@pytest.mark.parametrize(("source", "value"), TENANT_CASES)
def test_a_tenant_id_mistake_is_the_same_error_from_every_source(
    source: Callable[[str, Path], tuple[str, object]], value: str, tmp_path: Path
) -> None:
    shown, expected = source(value, tmp_path)

    assert shown == expected
