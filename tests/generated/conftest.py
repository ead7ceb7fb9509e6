"""Fixtures: a ServiceTitanClient whose HTTP goes to pytest-httpx, with zero retry waits."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from mocked_api import API_URL, AUTH_URL, BASE_URL, TENANT, mocked_client
from pytest_httpx2 import HTTPXMock

from servicetitan_crm import ServiceTitanClient
from servicetitan_crm._retry import set_testing

__all__ = ["API_URL", "AUTH_URL", "BASE_URL", "TENANT"]


@pytest.fixture(autouse=True)
def zero_retry_waits() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


@pytest.fixture
async def st(httpx2_mock: HTTPXMock) -> AsyncIterator[ServiceTitanClient]:
    async with mocked_client(httpx2_mock) as client:
        yield client


ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "openapi.yaml"


@pytest.fixture(scope="session")
def project(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """openapi-python-client's reading of the document with our decisions installed, as
    `scripts/codegen/client_code.py` renders it (nothing is written)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from codegen.client_code import client_project, generator_config

    output = tmp_path_factory.mktemp("generated")
    return client_project(DOCUMENT, generator_config(DOCUMENT, output))
