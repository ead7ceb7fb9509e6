"""A record read and written back equals what the server sent, key for key.

`Model.from_dict(body).to_dict() == body` for the simulator's wild data (nulls in required
fields, unknown fields and enum values, zone-less timestamps), for the same records with any
documented keys left out (hypothesis), and for hand-made minimal records: a key missing from the
input is not written back as null, a key present as null stays null.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import servicetitan_crm.generated.models as generated_models
from servicetitan_crm import BadRequestError
from servicetitan_crm_simulator import Simulator, SimulatorConfig

from .operation_calls import DOCUMENT, OPERATIONS, SCHEMAS, resolved
from .test_typed_ids import TOLERANT

Json = dict[str, Any]


def schema_name(schema: Json) -> str:
    return str(schema["$ref"].rsplit("/", 1)[-1])


def item_schema(page_schema: str) -> str | None:
    """The record schema of a page or export batch schema, else None."""
    parts = SCHEMAS[page_schema].get("allOf")
    if not parts:
        return None
    return schema_name(parts[1]["properties"]["data"]["items"])


def collection_reads() -> list[tuple[str, str]]:
    """(path, page schema) of every GET without path parameters answering a page or batch."""
    reads = []
    for path, item in DOCUMENT["paths"].items():
        operation = item.get("get")
        if operation is None or "{" in path:
            continue
        _, schema = OPERATIONS[operation["operationId"]]
        if schema is not None and "$ref" in schema and item_schema(schema_name(schema)):
            reads.append((path, schema_name(schema)))
    return sorted(reads)


async def fetch_wild_bodies() -> list[tuple[str, Json]]:
    simulator = Simulator(SimulatorConfig(customers=24, leads=16, bookings=12, wild_data=True))
    bodies = []
    async with simulator.sdk_client(rate_limiter=None) as client:
        http = client.get_async_httpx_client()
        for path, page_schema in collection_reads():
            params = {} if "/export/" in path else {"pageSize": 50}
            try:
                response = await http.get(path, params=params)
            except BadRequestError:
                # A list the API answers only with a filter (x-required-one-of) is covered by
                # the others: the same records, read through another list.
                continue
            bodies.append((page_schema, response.json()))
    return bodies


WILD_BODIES = asyncio.run(fetch_wild_bodies())
WILD_RECORDS = [
    (item_schema(page_schema), record)
    for page_schema, body in WILD_BODIES
    for record in body["data"]
]


def model(name: str | None) -> Any:
    assert name is not None
    return getattr(generated_models, name)


def test_the_simulator_served_records_of_many_schemas() -> None:
    assert len({name for name, _ in WILD_RECORDS}) >= 8
    assert len(WILD_BODIES) >= 8


@pytest.mark.parametrize(("page_schema", "body"), WILD_BODIES, ids=[b[0] for b in WILD_BODIES])
def test_a_wild_page_round_trips_unchanged(page_schema: str, body: Json) -> None:
    assert model(page_schema).from_dict(copy.deepcopy(body)).to_dict() == body


def pruned(data: st.DataObject, value: Any, typed_id: bool) -> Any:
    """`value` with any keys of its objects left out (a record keeps its own id)."""
    if isinstance(value, list):
        return [pruned(data, item, typed_id) for item in value]
    if not isinstance(value, dict):
        return value
    kept = {}
    for key, item in value.items():
        if (key == "id" and typed_id) or data.draw(st.booleans(), label=key):
            kept[key] = pruned(data, item, typed_id=False)
    return kept


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_wild_record_with_keys_left_out_round_trips_unchanged(data: st.DataObject) -> None:
    name, record = data.draw(st.sampled_from(WILD_RECORDS), label="record")
    sent = pruned(data, record, typed_id=True)
    assert model(name).from_dict(copy.deepcopy(sent)).to_dict() == sent


@pytest.mark.parametrize("name", TOLERANT)
def test_a_minimal_record_is_written_back_with_exactly_its_keys(name: str) -> None:
    properties = SCHEMAS[name]["properties"]
    identifier = resolved(properties["id"])
    wire_id = "6a1c4b6e-0f45-4b8e-9c39-8f1e1a3b7d21" if identifier.get("type") == "string" else 1
    other = next(key for key in sorted(properties) if key != "id")
    for sent in ({"id": wire_id}, {"id": wire_id, other: None}):
        assert model(name).from_dict(copy.deepcopy(sent)).to_dict() == sent


def test_a_field_set_after_reading_is_written_even_where_the_key_was_absent() -> None:
    customer = generated_models.CustomerResponse.from_dict({"id": 1, "name": "a"})
    assert customer.to_dict() == {"id": 1, "name": "a"}
    assert customer.balance is None
    customer.balance = 12.5
    assert customer.to_dict() == {"id": 1, "name": "a", "balance": 12.5}
