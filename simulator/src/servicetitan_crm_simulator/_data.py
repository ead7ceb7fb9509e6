"""The seeded tenant: records computed from (seed, kind, index), never stored.

A record's fields come from a 64-bit hash of its coordinates, so a million customers cost
nothing until asked for and every run with the same seed serves the same bytes. Seeded
timestamps rise with the index (creations in 2015-2019, last modifications in 2020-2023), so
every sort order of the seeded part is index order and a position can be found by bisection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from servicetitan_crm_simulator._config import TenantData
from servicetitan_crm_simulator._time import TICKS_PER_SECOND, format_ticks, ticks_from_datetime
from servicetitan_crm_simulator._vocabulary import (
    BUSINESS_WORDS,
    CONTACT_TYPES,
    FIRST_NAMES,
    LAST_NAMES,
    PRIORITIES,
    PROVIDER_NAMES,
    SOURCES,
    SUMMARIES,
    contact_value,
    mix,
    name_of,
    pick,
    seeded_address,
)

_CREATED_WINDOW = (
    ticks_from_datetime(dt.datetime(2015, 1, 1)),
    ticks_from_datetime(dt.datetime(2020, 1, 1)),
)
_MODIFIED_WINDOW = (
    ticks_from_datetime(dt.datetime(2020, 1, 1)),
    ticks_from_datetime(dt.datetime(2024, 1, 1)),
)
_TICKS_PER_DAY = 86_400 * TICKS_PER_SECOND
# Every 20th seeded customer is inactive (with its locations), and every 33rd location.
_INACTIVE_CUSTOMER_EVERY = 20
_INACTIVE_LOCATION_EVERY = 33
# One id space per kind, a billion ids wide: a seeded record's id is base + index + 1 and
# records created through the API continue after the seeded ones.
ID_SPACE = 1_000_000_000


@dataclasses.dataclass(frozen=True, slots=True)
class Row:
    """One record: what orders and filters it, and its other wire fields (camelCase)."""

    id: int
    created: int
    modified: int
    active: bool
    # The owning record's id (customer of a location, booking of a booking contact, ...), 0 if none.
    parent: int
    fields: dict[str, Any]


Build = Callable[[int, int], tuple[int, bool, dict[str, Any]]]


class SeededKind:
    """`count` virtual records of one kind; `row(i)` computes record i on demand."""

    def __init__(
        self,
        name: str,
        code: int,
        count: int,
        seed: int,
        build: Build,
        *,
        per_parent: int = 0,
        after: SeededKind | None = None,
    ) -> None:
        """`after`: the parent kind, whose records each of these follows in time."""
        self.name = name
        self.count = count
        self.id_base = code * ID_SPACE
        self._code = code
        self._seed = seed
        self._build = build
        self._per_parent = per_parent
        self._created_step = _step(_CREATED_WINDOW, count)
        self._modified_step = _step(_MODIFIED_WINDOW, count)
        self._created_jitter = max(self._created_step // 2, 1)
        self._modified_jitter = max(self._modified_step // 2, 1)
        # Half a parent step: past the parent's own jitter, so a child never predates it.
        self._created_lag = 0 if after is None else after._created_step // 2
        self._modified_lag = 0 if after is None else after._modified_step // 2

    def id_of(self, index: int) -> int:
        return self.id_base + index + 1

    def index_of(self, record_id: int) -> int | None:
        index = record_id - self.id_base - 1
        return index if 0 <= index < self.count else None

    def hash(self, index: int) -> int:
        """Record `index`'s hash: every seeded field is drawn from its bits."""
        return mix(self._seed, self._code, index)

    def created(self, index: int) -> int:
        return self._created(index, self.hash(index))

    def modified(self, index: int) -> int:
        return self._modified(index, self.hash(index))

    def _created(self, index: int, h: int) -> int:
        # Jitter under half a step keeps timestamps strictly increasing with the index.
        jitter = (h >> 5) % self._created_jitter
        return _CREATED_WINDOW[0] + self._created_lag + index * self._created_step + jitter

    def _modified(self, index: int, h: int) -> int:
        jitter = (h >> 11) % self._modified_jitter
        return _MODIFIED_WINDOW[0] + self._modified_lag + index * self._modified_step + jitter

    def row(self, index: int) -> Row:
        h = self.hash(index)
        parent, active, fields = self._build(index, h)
        created, modified = self._created(index, h), self._modified(index, h)
        return Row(self.id_of(index), created, modified, active, parent, fields)

    def children_of(self, parent_index: int) -> range:
        """Indices of this kind's records owned by parent record `parent_index`."""
        if not self._per_parent:
            return range(0)
        start = parent_index * self._per_parent
        return range(min(start, self.count), min(start + self._per_parent, self.count))


def _step(window: tuple[int, int], count: int) -> int:
    # At least 4 ticks so jitter (under half a step) keeps timestamps strictly increasing.
    return max((window[1] - window[0]) // max(count, 1), 4)


def _customer_active(customer_index: int) -> bool:
    # A fixed pattern rather than a hash, so the first records of any tenant are active.
    return customer_index % _INACTIVE_CUSTOMER_EVERY != _INACTIVE_CUSTOMER_EVERY - 1


class SeedData:
    """Every seeded kind of one tenant, wired to each other (parents, providers, tag types)."""

    def __init__(self, data: TenantData) -> None:
        seed = data.seed
        self.tag_type_ids = tuple(data.tag_type_ids)
        customers = data.customers
        per_location = data.locations_per_customer
        self.customers = SeededKind("customers", 1, customers, seed, self._customer)
        self.locations = SeededKind(
            "locations",
            2,
            customers * per_location,
            seed,
            self._location,
            per_parent=per_location,
        )
        self.customer_contacts = SeededKind(
            "customer_contacts",
            3,
            customers * data.contacts_per_customer,
            seed,
            self._customer_contact,
            per_parent=data.contacts_per_customer,
        )
        self.location_contacts = SeededKind(
            "location_contacts",
            4,
            customers * per_location * data.contacts_per_location,
            seed,
            self._location_contact,
            per_parent=data.contacts_per_location,
        )
        self.leads = SeededKind("leads", 5, data.leads, seed, self._lead)
        self.bookings = SeededKind("bookings", 6, data.bookings, seed, self._booking)
        self.booking_contacts = SeededKind(
            "booking_contacts", 7, data.bookings, seed, self._booking_contact, per_parent=1
        )
        self.provider_tags = SeededKind(
            "provider_tags", 8, data.booking_providers, seed, self._provider_tag
        )
        self.customer_field_types = SeededKind(
            "customer_field_types", 9, len(_CUSTOMER_FIELDS), seed, _field_type(_CUSTOMER_FIELDS)
        )
        self.location_field_types = SeededKind(
            "location_field_types",
            10,
            len(_LOCATION_FIELDS),
            seed,
            _field_type(_LOCATION_FIELDS),
        )
        self._per_location = per_location
        self._contacts_per_customer = data.contacts_per_customer
        self._contacts_per_location = data.contacts_per_location

    # --- builders: (index, hash) -> (parent id, active, fields) ---------------------------
    def _person(self, customer_index: int) -> tuple[str, str]:
        return name_of(self.customers.hash(customer_index))

    def _customer(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        first, last = name_of(h)
        commercial = (h >> 16) % 5 == 0
        name = f"{last} {pick(BUSINESS_WORDS, h >> 20)}" if commercial else f"{first} {last}"
        fields: dict[str, Any] = {
            "name": name,
            "type": "Commercial" if commercial else "Residential",
            "address": seeded_address(h),
            "customFields": (
                [
                    {
                        "typeId": self.customer_field_types.id_of(0),
                        "name": _CUSTOMER_FIELDS[0][0],
                        "value": pick(_CUSTOMER_FIELDS[0][2] or ("",), h >> 24),
                    }
                ]
                if (h >> 28) % 3 == 0
                else []
            ),
            "balance": round(((h >> 32) % 250_000) / 100, 2) if (h >> 50) % 4 == 0 else 0.0,
            "tagTypeIds": [pick(self.tag_type_ids, h >> 36)] if (h >> 40) % 3 == 0 else [],
            "doNotMail": (h >> 44) % 10 == 0,
            "doNotService": (h >> 45) % 50 == 0,
            "createdById": 50_000 + (h >> 46) % 40,
            "mergedToId": None,
            "externalData": [],
            "taxExempt": commercial and (h >> 52) % 4 == 0,
            "nationalAccount": commercial and (h >> 54) % 8 == 0,
            "creditLimit": 5000.0 if commercial else None,
            "creditLimitBalance": 5000.0 if commercial else None,
            "paymentTermId": None,
        }
        return 0, _customer_active(index), fields

    def _location(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        customer_index = index // self._per_location
        first, last = self._person(customer_index)
        same_address = index % self._per_location == 0
        address = seeded_address(self.customers.hash(customer_index) if same_address else h)
        fields: dict[str, Any] = {
            "customerId": self.customers.id_of(customer_index),
            "name": f"{first} {last}"
            if same_address
            else f"{last} site {index % self._per_location + 1}",
            "address": address,
            "customFields": [],
            "tagTypeIds": [pick(self.tag_type_ids, h >> 12)] if (h >> 20) % 4 == 0 else [],
            "createdById": 50_000 + (h >> 24) % 40,
            "mergedToId": None,
            "externalData": [],
            "taxExempt": False,
            "taxZoneId": None,
            "zoneId": 70 + (h >> 30) % 8,
        }
        own_active = index % _INACTIVE_LOCATION_EVERY != _INACTIVE_LOCATION_EVERY - 1
        active = _customer_active(customer_index) and own_active
        return fields["customerId"], active, fields

    def _contact(self, h: int, position: int, first: str, last: str) -> dict[str, Any]:
        kind = CONTACT_TYPES[position % len(CONTACT_TYPES)]
        value = contact_value(kind, h, first, last)
        phone = kind != "Email"
        return {
            "type": kind,
            "value": value,
            "memo": None if (h >> 40) % 3 else "office",
            "phoneSettings": {
                "phoneNumber": value if phone else "",
                "doNotText": (h >> 44) % 9 == 0,
            },
            "preferences": None,
        }

    def _customer_contact(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        customer_index = index // self._contacts_per_customer
        first, last = self._person(customer_index)
        fields = self._contact(h, index % self._contacts_per_customer, first, last)
        customer_id = self.customers.id_of(customer_index)
        fields["customerId"] = customer_id
        return customer_id, True, fields

    def _location_contact(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        location_index = index // self._contacts_per_location
        first, last = self._person(location_index // self._per_location)
        fields = self._contact(h, index % self._contacts_per_location, first, last)
        location_id = self.locations.id_of(location_index)
        fields["locationId"] = location_id
        return location_id, True, fields

    def _lead(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        customer_id: int | None = None
        location_id: int | None = None
        if self.customers.count and (h >> 8) % 4 != 0:
            customer_index = h % self.customers.count
            customer_id = self.customers.id_of(customer_index)
            children = self.locations.children_of(customer_index)
            location_id = self.locations.id_of(children.start) if children else None
        status = pick(("Open", "Open", "Open", "Dismissed", "Converted"), h >> 12)
        first, last = pick(FIRST_NAMES, h >> 16), pick(LAST_NAMES, h >> 20)
        fields: dict[str, Any] = {
            "status": status,
            "customerId": customer_id,
            "locationId": location_id,
            "businessUnitId": 400 + (h >> 24) % 6,
            "jobTypeId": 500 + (h >> 28) % 9,
            "priority": pick(PRIORITIES, h >> 32),
            "campaignId": 600 + (h >> 36) % 5,
            "callReasonId": None,
            "dismissingReasonId": 800 + (h >> 40) % 3 if status == "Dismissed" else None,
            "followUpDate": None,
            "bookingId": None,
            "callId": None,
            "manualCallId": None,
            "leadUrl": None,
            "createdById": 50_000 + (h >> 44) % 40,
            "tagTypeIds": [],
            "captureSource": None,
            "leadCustomerName": f"{first} {last}",
            "leadPhone": f"{200 + h % 700}{(h >> 12) % 10_000_000:07d}",
            "leadEmail": None,
            "leadStreet": None,
            "leadUnit": None,
            "leadCity": None,
            "leadState": None,
            "leadZip": None,
            "leadCountry": None,
            "summary": pick(SUMMARIES, h >> 48),
        }
        return customer_id or 0, True, fields

    def _booking(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        provider_id = self.provider_tags.id_of(index % self.provider_tags.count)
        status = pick(("New", "New", "Accepted", "Converted", "Dismissed"), h >> 8)
        first, last = pick(FIRST_NAMES, h >> 12), pick(LAST_NAMES, h >> 16)
        address = seeded_address(h)
        fields: dict[str, Any] = {
            "bookingProviderId": provider_id,
            "source": pick(SOURCES, h >> 20),
            "name": f"{first} {last}",
            "address": {
                k: address[k] for k in ("street", "unit", "city", "state", "zip", "country")
            },
            "customerType": pick(("Residential", "Residential", "Commercial"), h >> 24),
            "start": format_ticks(
                self.bookings.created(index) + (1 + (h >> 52) % 30) * _TICKS_PER_DAY
            ),
            "campaignId": 600 + (h >> 28) % 5,
            "businessUnitId": 400 + (h >> 32) % 6,
            "isFirstTimeClient": (h >> 36) % 2 == 0,
            "uploadedImages": [],
            "isSendConfirmationEmail": (h >> 37) % 2 == 0,
            "status": status,
            "dismissingReasonId": 800 + (h >> 40) % 3 if status == "Dismissed" else None,
            "jobId": 900_000 + index if status == "Converted" else None,
            "externalId": f"ext-{index + 1:08d}",
            "priority": pick(PRIORITIES, h >> 44),
            "jobTypeId": 500 + (h >> 48) % 9,
            "summary": pick(SUMMARIES, h >> 56),
        }
        return provider_id, True, fields

    def _booking_contact(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        first, last = pick(FIRST_NAMES, h >> 12), pick(LAST_NAMES, h >> 16)
        contact = self._contact(h, 0, first, last)
        fields = {"type": contact["type"], "value": contact["value"], "memo": contact["memo"] or ""}
        return self.bookings.id_of(index), True, fields

    def _provider_tag(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        name = PROVIDER_NAMES[index] if index < len(PROVIDER_NAMES) else f"Provider {index + 1}"
        fields = {"tagName": name, "description": f"Bookings received from {name}", "type": "V2Api"}
        return 0, True, fields


_CUSTOMER_FIELDS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("Referral source", "Dropdown", ("Friend", "Web", "Mailer")),
    ("Gate code", "Text", None),
    ("Pets", "Text", None),
)
_LOCATION_FIELDS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("Access notes", "Text", None),
    ("Property type", "Dropdown", ("House", "Condo", "Office")),
)


def _field_type(
    table: tuple[tuple[str, str, tuple[str, ...] | None], ...],
) -> Build:
    def build(index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        name, data_type, options = table[index]
        fields = {
            "name": name,
            "dataType": data_type,
            "dataTypeOptions": list(options) if options else None,
        }
        return 0, True, fields

    return build
