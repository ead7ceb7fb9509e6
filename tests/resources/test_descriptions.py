"""Every model says what it is for, in one line of ours, as the first line of its docstring."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

import servicetitan_crm.models as models

ROOT = Path(__file__).resolve().parents[2]
LINES: dict[str, str] = yaml.safe_load(
    (ROOT / "openapi" / "sources" / "descriptions.yaml").read_text(encoding="utf-8")
)
SCHEMAS: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())[
    "components"
]["schemas"]


def test_every_object_schema_has_exactly_one_line_and_every_line_a_schema() -> None:
    objects = {name for name, schema in SCHEMAS.items() if "enum" not in schema}
    assert sorted(objects - LINES.keys()) == [], "schemas without a line in descriptions.yaml"
    assert sorted(LINES.keys() - objects) == [], "lines naming no object schema"
    assert all("\n" not in line and line.endswith(".") for line in LINES.values())


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_generated_model_docstring_opens_with_what_it_is(name: str) -> None:
    model = getattr(models, name)
    first_line = (inspect.getdoc(model) or "").splitlines()[0]
    if "enum" in SCHEMAS[name]:
        assert first_line == SCHEMAS[name]["description"].splitlines()[0]
    else:
        assert first_line == LINES[name]
