"""Which tenants a sync follows: `--tenant`, a config file's `[[tenants]]`, or the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from servicetitan_crm import ConfigurationError
from servicetitan_crm._sync._tenants import SyncConfig, load_config, tenant_sources


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "servicetitan-crm.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_file_names_the_database_and_each_tenants_own_credentials(
    tmp_path: Path,
) -> None:
    config = load_config(
        _config(
            tmp_path,
            'db = "postgresql://sync@db/warehouse"\n'
            "[[tenants]]\nid = 1\n"
            '[[tenants]]\nid = 2\nclient_id = "cid.two"\nclient_secret = "cs1.two"\n',
        )
    )
    assert config.db == "postgresql://sync@db/warehouse"
    assert config.tenants == {1: {}, 2: {"client_id": "cid.two", "client_secret": "cs1.two"}}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dbase = 'x'\n", "unknown keys ['dbase']"),
        ("db = 5\n", "db must be a string"),
        ("tenants = 5\n", "tenants must be an array of tables"),
        ("[[tenants]]\nid = -3\n", "tenant entry 1: a tenant id is a positive integer, not -3"),
        ("[[tenants]]\nid = 'abc'\n", "a tenant id is a positive integer, not 'abc'"),
        ("[[tenants]]\nid = 1\napp_key = 7\n", "tenant entry 1: app_key must be a string"),
        ("[[tenants]]\nid = 1\n[[tenants]]\nid = 2\nsecret = 'x'\n", "entry 2: unknown keys"),
        ("db = \n", "config file"),
    ],
)
def test_a_config_file_mistake_names_the_file_and_the_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(ConfigurationError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"config file {path}")
    assert message in str(raised.value)


def test_a_missing_config_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"no-such\.toml"):
        load_config(tmp_path / "no-such.toml")


def test_tenants_from_options_and_config_file_together_each_once_in_order() -> None:
    config = SyncConfig(tenants={2: {"client_id": "cid.two"}, 3: {}})
    sources = tenant_sources([5, 2], config, environ={})
    assert [source.tenant for source in sources] == [5, 2, 3]


def test_without_any_the_tenant_comes_from_the_environment() -> None:
    sources = tenant_sources([], SyncConfig(), environ={"SERVICETITAN_TENANT_ID": "4321"})
    assert [source.tenant for source in sources] == [4321]
    with pytest.raises(ConfigurationError, match="SERVICETITAN_TENANT_ID"):
        tenant_sources([], SyncConfig(), environ={"SERVICETITAN_TENANT_ID": "forty"})
