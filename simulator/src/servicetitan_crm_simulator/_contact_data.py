"""The seeded contacts family: contacts, their contact methods and relationships.

Each contact has a first contact method (a mobile phone) and, for about half of them, a second
(an email address): methods come two slots per contact and an empty second slot is an inactive
row, which every read treats as absent. Each contact is related to a customer (contact i to
customer i mod customers) and, for about a third of them, to that customer's first location,
so the records a relationship points at exist. Contact i takes the name of its customer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from servicetitan_crm_simulator._data import SeedData, SeededKind
from servicetitan_crm_simulator._vocabulary import contact_value, name_of, pick

CONTACTS_CODE = 14
CONTACT_METHODS_CODE = 15
RELATIONSHIPS_CODE = 16
PREFERENCE_TYPES_CODE = 17

# Relationship type slug -> (type name, the store table of the related records).
RELATIONSHIP_TYPES: dict[str, tuple[str, str]] = {
    "customer": ("Customer", "customers"),
    "location": ("Location", "locations"),
    "booking": ("Booking", "bookings"),
    "lead": ("Lead", "leads"),
}
# The preferences every contact method carries, all yes/no.
PREFERENCE_TYPES = (
    "jobReminders",
    "marketingUpdates",
    "invoiceNotification",
    "statementNotification",
)
# What each preference means, as the preference types' `description` says.
PREFERENCE_DESCRIPTIONS = {
    "jobReminders": "Reminders before a scheduled job",
    "marketingUpdates": "Offers and news",
    "invoiceNotification": "A message when an invoice is ready",
    "statementNotification": "A message when a statement is ready",
}
PREFERENCE_DATA_TYPE = "Boolean"
PREFERENCE_VALUES = ("true", "false")
# A contact method added through the API has opted in to nothing yet.
NEW_METHOD_PREFERENCES = dict.fromkeys(PREFERENCE_TYPES, "false")
_METHODS_PER_CONTACT = 2
_RELATIONSHIPS_PER_CONTACT = 2
# Every 10th seeded contact is archived: a fixed pattern, so the first ones never are.
_ARCHIVED_EVERY = 10
_TITLES = ("Owner", "Property Manager", "Tenant", "Office Manager", "Spouse", None)


class ContactSeed:
    """The seeded kinds of the contacts family, wired to the tenant's customers."""

    def __init__(self, seed_data: SeedData, count: int, seed: int) -> None:
        self._data = seed_data
        self.contacts = SeededKind("contacts", CONTACTS_CODE, count, seed, self._contact)
        self.methods = SeededKind(
            "contact_methods",
            CONTACT_METHODS_CODE,
            count * _METHODS_PER_CONTACT,
            seed,
            self._method,
            per_parent=_METHODS_PER_CONTACT,
            after=self.contacts,
        )
        self.relationships = SeededKind(
            "contact_relationships",
            RELATIONSHIPS_CODE,
            count * _RELATIONSHIPS_PER_CONTACT,
            seed,
            self._relationship,
            per_parent=_RELATIONSHIPS_PER_CONTACT,
            after=self.contacts,
        )
        self.preference_types = SeededKind(
            "contact_preference_types",
            PREFERENCE_TYPES_CODE,
            len(PREFERENCE_TYPES),
            seed,
            _preference_type,
        )

    def related_indices(self, entity_id: int) -> Iterator[int]:
        """Indices of the seeded relationships that may point at `entity_id`.

        Contact i relates to customer i mod C, so a customer's contacts are found by stepping
        C at a time rather than by scanning every relationship.
        """
        customers = self._data.customers
        if not customers.count:
            return
        customer_index = customers.index_of(entity_id)
        slot = 0
        if customer_index is None:
            locations = self._data.locations
            location_index = locations.index_of(entity_id)
            if location_index is None:
                return
            customer_index = customers.index_of(locations.row(location_index).parent)
            if customer_index is None:
                return
            first_location = locations.children_of(customer_index)
            if not first_location or first_location.start != location_index:
                return
            slot = 1
        for contact_index in range(customer_index, self.contacts.count, customers.count):
            yield contact_index * _RELATIONSHIPS_PER_CONTACT + slot

    def _name(self, contact_index: int, h: int) -> tuple[str, str]:
        customers = self._data.customers
        if not customers.count:
            return name_of(h)
        return name_of(customers.hash(contact_index % customers.count))

    def _contact(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        first, last = self._name(index, h)
        fields: dict[str, Any] = {
            "name": f"{first} {last}",
            "title": pick(_TITLES, h >> 8),
            "referenceId": f"crm-{index + 1:06d}" if (h >> 12) % 3 else None,
            "isArchived": index % _ARCHIVED_EVERY == _ARCHIVED_EVERY - 1,
            "createdBy": 50_000 + (h >> 16) % 40,
            "modifiedBy": 50_000 + (h >> 24) % 40,
        }
        return 0, True, fields

    def _method(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        contact_index, slot = divmod(index, _METHODS_PER_CONTACT)
        first, last = self._name(contact_index, self.contacts.hash(contact_index))
        kind = "MobilePhone" if slot == 0 else "Email"
        fields: dict[str, Any] = {
            "type": kind,
            "value": contact_value(kind, h, first, last),
            "memo": None if (h >> 40) % 4 else "after 5pm",
            "referenceId": None,
            "createdBy": 50_000 + (h >> 16) % 40,
            "modifiedBy": 50_000 + (h >> 24) % 40,
            "preferences": {
                name: "true" if (h >> (52 + 2 * bit)) % 4 else "false"
                for bit, name in enumerate(PREFERENCE_TYPES)
            },
        }
        exists = slot == 0 or (h >> 50) % 2 == 0
        return self.contacts.id_of(contact_index), exists, fields

    def _relationship(self, index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
        contact_index, slot = divmod(index, _RELATIONSHIPS_PER_CONTACT)
        customers, locations = self._data.customers, self._data.locations
        related, slug, exists = 0, "customer", False
        if customers.count:
            customer_index = contact_index % customers.count
            related, exists = customers.id_of(customer_index), True
            if slot == 1:
                first_location = locations.children_of(customer_index)
                exists = bool(first_location) and (h >> 8) % 3 == 0
                related = locations.id_of(first_location.start) if first_location else 0
                slug = "location"
        fields: dict[str, Any] = {
            "relatedEntityId": related,
            "typeSlug": slug,
            "typeName": RELATIONSHIP_TYPES[slug][0],
            "createdBy": 50_000 + (h >> 16) % 40,
        }
        return self.contacts.id_of(contact_index), exists, fields


def _preference_type(index: int, h: int) -> tuple[int, bool, dict[str, Any]]:
    name = PREFERENCE_TYPES[index]
    return (
        0,
        True,
        {
            "name": name,
            "description": PREFERENCE_DESCRIPTIONS[name],
            "dataType": PREFERENCE_DATA_TYPE,
        },
    )
