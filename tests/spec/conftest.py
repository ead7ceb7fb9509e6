"""Fixtures for the specification tests of the reconciled OpenAPI document."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from spec_sources import SCRIPTS, load_document


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


# The build scripts are plain modules in scripts/; the update and change-report specs import them.
sys.path.insert(0, str(SCRIPTS))
