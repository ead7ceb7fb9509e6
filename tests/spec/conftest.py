"""Fixtures for the specification tests of the reconciled OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest
from spec_sources import load_document


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    return load_document()


@pytest.fixture(scope="session")
def operations_by_id(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation object)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = (method.upper(), path, operation)
    return found
