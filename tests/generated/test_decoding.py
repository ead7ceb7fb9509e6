"""How the generated `from_dict` builds models, beyond what the tolerance tests pin down.

A record may lack documented fields and carry unknown ones in any mix, and the model must come out
the same as from a complete record. Timestamps are parsed and small nested objects (addresses,
phone settings, contact preferences) decoded on first read, so everything that reads a model
(attribute access, equality, `to_dict`, `attrs.evolve`, pickling) must see the decoded value.
"""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import attrs
import pytest

from servicetitan_crm._constants import MAX_PSEUDO_MEMBERS_PER_ENUM
from servicetitan_crm._timestamps import Timestamp
from servicetitan_crm.generated.models import (
    ContactType,
    CustomerAddress,
    CustomerType,
    ExportCustomerContactResponse,
    ExportCustomerResponse,
    ExportCustomerResponseBatch,
)
from servicetitan_crm.generated.types import UNSET


def customer(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": 1000000001,
        "active": True,
        "name": "Noah Fischer",
        "type": "Residential",
        "address": {
            "street": "7131 Hill Rd",
            "unit": None,
            "city": "Denver",
            "state": "CO",
            "zip": "80202",
            "country": "USA",
            "latitude": 39.801,
            "longitude": -105.0251,
        },
        "customFields": [{"typeId": 9000000001, "name": "Referral source", "value": "Web"}],
        "balance": 0.0,
        "tagTypeIds": [],
        "doNotMail": False,
        "doNotService": False,
        "createdById": 50016,
        "mergedToId": None,
        "externalData": [],
        "taxExempt": False,
        "nationalAccount": False,
        "creditLimit": None,
        "creditLimitBalance": None,
        "paymentTermId": None,
        "createdOn": "2015-01-01T00:15:19.9611448Z",
        "modifiedOn": "2020-01-01T13:08:24.8743928",
    }
    record.update(overrides)
    return record


def without(record: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in keys}


class TestMissingFields:
    def test_a_missing_required_field_reads_as_none_and_the_rest_is_decoded(self) -> None:
        parsed = ExportCustomerResponse.from_dict(without(customer(), "name"))

        assert parsed.name is None
        assert parsed.type_ is CustomerType.RESIDENTIAL
        assert isinstance(parsed.address, CustomerAddress)
        assert parsed.created_on == datetime.datetime(
            2015, 1, 1, 0, 15, 19, 961144, tzinfo=datetime.UTC
        )
        assert parsed.additional_properties == {}

    def test_a_missing_optional_field_is_unset_and_not_written_back(self) -> None:
        source = without(customer(), "creditLimit")
        parsed = ExportCustomerResponse.from_dict(source)

        assert parsed.credit_limit is UNSET
        assert parsed.to_dict() == source

    def test_unknown_fields_are_kept_when_a_field_is_missing(self) -> None:
        source = without(customer(loyalty={"tier": "gold"}, channel="sms"), "balance")
        parsed = ExportCustomerResponse.from_dict(source)

        assert parsed.additional_properties == {"loyalty": {"tier": "gold"}, "channel": "sms"}
        # A missing key is not written back as null (a round trip adds no key).
        assert parsed.to_dict() == source

    def test_a_record_missing_a_field_builds_the_same_model(self) -> None:
        complete = customer(extra=1)
        whole = ExportCustomerResponse.from_dict(complete)
        lacking = ExportCustomerResponse.from_dict(without(complete, "creditLimit"))

        lacking.credit_limit = None
        assert lacking == whole

    def test_a_strict_envelope_still_refuses_a_missing_field(self) -> None:
        with pytest.raises(KeyError, match="continueFrom"):
            ExportCustomerResponseBatch.from_dict({"hasMore": False, "data": []})


class TestUnknownFields:
    def test_keep_their_order_wherever_they_are(self) -> None:
        source = {"first": 1, **customer(), "second": 2, "third": {"nested": True}}
        parsed = ExportCustomerResponse.from_dict(copy.deepcopy(source))

        assert list(parsed.additional_properties.items()) == [
            ("first", 1),
            ("second", 2),
            ("third", {"nested": True}),
        ]
        assert parsed.to_dict() == source


class TestNestedObjects:
    """An address is built inside the record's own from_dict; it must come out the same."""

    def test_a_missing_key_reads_as_none_and_an_unknown_one_is_kept(self) -> None:
        address = {"street": "1 Main St", "city": "Denver", "plusCode": "8FVC9G8F+6X"}
        parsed = ExportCustomerResponse.from_dict(customer(address=address))

        assert parsed.address == CustomerAddress.from_dict(address)
        assert isinstance(parsed.address, CustomerAddress)
        assert (parsed.address.street, parsed.address.state) == ("1 Main St", None)
        assert parsed.address.latitude is UNSET
        assert parsed.address.additional_properties == {"plusCode": "8FVC9G8F+6X"}
        assert parsed.to_dict()["address"] == address


class TestNestedValuesOfAnotherType:
    def test_a_list_with_an_item_that_is_not_an_object_is_kept_as_sent(self) -> None:
        source = customer(customFields=[{"typeId": 1}, 7])
        parsed = ExportCustomerResponse.from_dict(copy.deepcopy(source))

        assert parsed.custom_fields == [{"typeId": 1}, 7]

    def test_an_enum_field_holding_a_number_or_a_list_is_kept_as_sent(self) -> None:
        for value in (5, ["Residential"]):
            source = customer(type=value)
            parsed = ExportCustomerResponse.from_dict(copy.deepcopy(source))

            assert parsed.type_ == value
            assert parsed.to_dict() == source

    def test_an_object_field_holding_a_string_is_kept_as_sent(self) -> None:
        source = customer(address="string")
        assert ExportCustomerResponse.from_dict(copy.deepcopy(source)).to_dict() == source


class TestLazyTimestamps:
    def test_first_read_gives_an_aware_timestamp_that_keeps_its_text(self) -> None:
        parsed = ExportCustomerResponse.from_dict(customer())

        assert isinstance(parsed.modified_on, Timestamp)
        assert parsed.modified_on.tzinfo is datetime.UTC
        assert parsed.modified_on is parsed.modified_on
        assert parsed.to_dict()["modifiedOn"] == "2020-01-01T13:08:24.8743928"

    def test_to_dict_before_any_read_writes_the_text_back(self) -> None:
        source = customer()
        assert ExportCustomerResponse.from_dict(copy.deepcopy(source)).to_dict() == source

    def test_a_text_that_is_no_timestamp_stays_text(self) -> None:
        parsed = ExportCustomerResponse.from_dict(customer(createdOn="string"))

        assert parsed.created_on == "string"
        assert parsed.to_dict()["createdOn"] == "string"

    def test_assignment_replaces_the_pending_text(self) -> None:
        parsed = ExportCustomerResponse.from_dict(customer())
        moment = datetime.datetime(2024, 2, 29, 12, 0, tzinfo=datetime.UTC)
        parsed.created_on = moment

        assert parsed.created_on is moment
        assert parsed.to_dict()["createdOn"] == "2024-02-29T12:00:00Z"

    def test_equality_repr_evolve_copy_and_pickle_see_parsed_values(self) -> None:
        first = ExportCustomerResponse.from_dict(customer())
        second = ExportCustomerResponse.from_dict(customer())

        assert first == second
        assert first != ExportCustomerResponse.from_dict(customer(createdOn="2016-01-01T00:00:00Z"))
        assert "Timestamp(2015, 1, 1, 0, 15, 19, 961144" in repr(first)
        evolved = attrs.evolve(first, name="Renamed")
        assert evolved.created_on == first.created_on
        assert copy.deepcopy(first) == first
        assert pickle.loads(pickle.dumps(first)) == first

    def test_models_built_by_the_caller_behave_as_plain_attrs_classes(self) -> None:
        moment = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
        contact = ExportCustomerContactResponse(
            active=True,
            created_on=moment,
            customer_id=1,
            id=2,
            modified_on=None,
            phone_settings=None,
            type_=ContactType.EMAIL,
            value="a@example.com",
        )

        assert contact.created_on is moment
        assert contact.modified_on is None
        assert contact.to_dict()["createdOn"] == "2024-01-02T03:04:05Z"
        assert [field.name for field in attrs.fields(ExportCustomerContactResponse)][:2] == [
            "active",
            "created_on",
        ]


class TestLazyNestedObjects:
    def test_first_read_gives_the_nested_model_and_later_reads_the_same_one(self) -> None:
        parsed = ExportCustomerResponse.from_dict(customer())

        assert isinstance(parsed.address, CustomerAddress)
        assert parsed.address is parsed.address
        assert parsed.address.city == "Denver"
        assert parsed.address.latitude == 39.801

    def test_to_dict_before_any_read_gives_what_eager_decoding_gave(self) -> None:
        source = customer()
        assert ExportCustomerResponse.from_dict(copy.deepcopy(source)).to_dict() == source
        # A documented field missing from the nested object is not written back, read or not.
        partial = customer(address={"city": "Denver", "planet": "Earth"})
        unread = ExportCustomerResponse.from_dict(copy.deepcopy(partial))
        read = ExportCustomerResponse.from_dict(copy.deepcopy(partial))
        assert read.address is not None and read.address.street is None
        for record in (unread, read):
            assert list(record.to_dict()["address"]) == ["planet", "city"]

    def test_a_value_that_is_no_object_is_kept_as_sent(self) -> None:
        for value in ("string", 5, ["Denver"], None):
            parsed = ExportCustomerResponse.from_dict(customer(address=value))

            assert parsed.address == value
            assert parsed.to_dict()["address"] == value

    def test_a_dict_subclass_is_decoded_like_a_dict(self) -> None:
        class Ordered(dict[str, Any]):
            pass

        parsed = ExportCustomerResponse.from_dict(customer(address=Ordered(city="Denver")))

        assert isinstance(parsed.address, CustomerAddress)
        assert parsed.address.city == "Denver"

    def test_assignment_replaces_the_pending_object(self) -> None:
        parsed = ExportCustomerResponse.from_dict(customer())
        parsed.address = None

        assert parsed.address is None
        assert parsed.to_dict()["address"] is None

    def test_equality_repr_evolve_copy_and_pickle_see_decoded_values(self) -> None:
        first = ExportCustomerResponse.from_dict(customer())
        second = ExportCustomerResponse.from_dict(customer())

        assert first == second
        moved = customer(address={**customer()["address"], "city": "Boulder"})
        assert first != ExportCustomerResponse.from_dict(moved)
        assert "address=CustomerAddress(" in repr(ExportCustomerResponse.from_dict(customer()))
        evolved = attrs.evolve(ExportCustomerResponse.from_dict(customer()), name="Renamed")
        assert isinstance(evolved.address, CustomerAddress)
        assert evolved.address == first.address
        assert copy.deepcopy(ExportCustomerResponse.from_dict(customer())) == first
        assert pickle.loads(pickle.dumps(ExportCustomerResponse.from_dict(customer()))) == first

    def test_the_received_object_is_held_until_first_read(self) -> None:
        # from_dict takes the record's containers over, as it does for lists and unknown fields.
        source = customer()
        parsed = ExportCustomerResponse.from_dict(source)
        source["address"]["city"] = "Boulder"

        assert isinstance(parsed.address, CustomerAddress)
        assert parsed.address.city == "Boulder"
        source["address"]["city"] = "Golden"
        assert parsed.address.city == "Boulder"


class TestUnknownEnumValues:
    def test_the_same_unknown_value_gives_the_same_pseudo_member(self) -> None:
        first = ExportCustomerResponse.from_dict(customer(type="Government")).type_
        second = ExportCustomerResponse.from_dict(customer(type="Government")).type_

        assert isinstance(first, CustomerType)
        assert first is second
        assert first is CustomerType("Government")
        assert not first.is_known
        assert "Government" not in [member.value for member in CustomerType]

    def test_remembered_pseudo_members_are_bounded(self) -> None:
        values = [f"Kind{number}" for number in range(MAX_PSEUDO_MEMBERS_PER_ENUM + 5)]
        members = [ContactType(value) for value in values]

        assert [member.value for member in members] == values
        # Past the bound a value still decodes, to a fresh pseudo-member each time.
        assert ContactType(values[-1]) == values[-1]
        assert ContactType(values[-1]) is not members[-1]
        assert ContactType(values[0]) is members[0]
