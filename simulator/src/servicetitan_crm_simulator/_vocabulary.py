"""The words and numbers seeded records are made of, and the hash that picks among them.

Pure functions of integers: the same hash always picks the same name, street or phone number.
"""

from __future__ import annotations

from typing import Any

_MASK64 = (1 << 64) - 1

FIRST_NAMES = (
    "Ava",
    "Ben",
    "Chloe",
    "Diego",
    "Emma",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jun",
    "Kira",
    "Liam",
    "Mia",
    "Noah",
    "Olga",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
)
LAST_NAMES = (
    "Adams",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Huang",
    "Ito",
    "Jones",
    "Khan",
    "Lopez",
    "Moore",
    "Nguyen",
    "Okafor",
    "Patel",
    "Reyes",
    "Smith",
)
BUSINESS_WORDS = ("Dental", "Bakery", "Properties", "Motors", "Logistics", "Storage", "Clinic")
STREETS = ("Oak", "Maple", "Cedar", "Pine", "Elm", "Lake", "Hill", "Sunset", "Main", "Park")
STREET_TYPES = ("St", "Ave", "Blvd", "Rd", "Ln", "Dr")
PLACES = (
    ("Glendale", "CA", "91203", 34.1425, -118.2551),
    ("Austin", "TX", "78701", 30.2711, -97.7437),
    ("Denver", "CO", "80202", 39.7525, -104.9995),
    ("Tampa", "FL", "33602", 27.9506, -82.4572),
    ("Columbus", "OH", "43215", 39.9612, -82.9988),
    ("Portland", "OR", "97204", 45.5183, -122.6781),
)
SOURCES = ("Website", "Phone", "Google", "Partner")
PROVIDER_NAMES = ("Website Widget", "Google Local Services", "Angi", "Thumbtack")
PRIORITIES = ("Low", "Normal", "Normal", "High", "Urgent")
CONTACT_TYPES = ("MobilePhone", "Email", "Phone", "Fax")
# What the caller said the job is about: the `summary` of seeded leads and bookings.
SUMMARIES = (
    "No heat upstairs",
    "Leaking kitchen tap",
    "AC not cooling",
    "Annual furnace tune-up",
    "Water heater making noise",
    "Clogged drain",
)


def mix(*parts: int) -> int:
    """A deterministic 64-bit hash of integers, spread by a splitmix64 finaliser.

    CPython hashes tuples of ints identically in every process (only str and bytes hashes
    are randomised), so this is stable across runs and cheap enough for a million records.
    """
    value = hash(parts) & _MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


def pick(options: tuple[Any, ...], value: int) -> Any:
    return options[value % len(options)]


def name_of(customer_hash: int) -> tuple[str, str]:
    """A customer's first and last name; its locations and contacts reuse them."""
    return pick(FIRST_NAMES, customer_hash >> 3), pick(LAST_NAMES, customer_hash >> 9)


def contact_value(kind: str, h: int, first: str, last: str) -> str:
    """A seeded email address or phone number of contact type `kind`."""
    if kind == "Email":
        return f"{first}.{last}{h % 1000}@example.com".lower()
    return f"{200 + h % 700}{(h >> 12) % 10_000_000:07d}"


def seeded_address(h: int) -> dict[str, Any]:
    city, state, zip_code, latitude, longitude = pick(PLACES, h >> 4)
    return {
        "street": (
            f"{100 + (h >> 8) % 9900} {pick(STREETS, h >> 22)} {pick(STREET_TYPES, h >> 26)}"
        ),
        "unit": f"Unit {1 + (h >> 30) % 20}" if (h >> 34) % 6 == 0 else None,
        "city": city,
        "state": state,
        "zip": zip_code,
        "country": "USA",
        "latitude": round(latitude + ((h >> 38) % 1000 - 500) / 10_000, 6),
        "longitude": round(longitude + ((h >> 48) % 1000 - 500) / 10_000, 6),
    }
