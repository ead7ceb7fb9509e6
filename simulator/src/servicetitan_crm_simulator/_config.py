"""What the simulator serves: its defaults, and the mutable `SimulatorConfig`.

These numbers describe a simulated tenant, not SDK policy, so they live here rather than in
`servicetitan_crm._constants`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

DEFAULT_TENANT_ID = 1000
DEFAULT_CLIENT_ID = "cid.simulator"
DEFAULT_CLIENT_SECRET = "cs1.simulator-secret"
DEFAULT_APP_KEY = "ak1.simulator"
# The real token lifetime.
DEFAULT_TOKEN_LIFETIME_SECONDS = 900
DEFAULT_TOKEN_SCOPE = (
    "tn.crm.bookingprovidertags:r tn.crm.bookingprovidertags:w tn.crm.bookings:r "
    "tn.crm.bookings:w tn.crm.contacts:r tn.crm.contacts:w tn.crm.customers:r "
    "tn.crm.customers:w tn.crm.leads:r tn.crm.leads:w "
    "tn.crm.locations:r tn.crm.locations:w tn.crm.tags:w"
)

DEFAULT_SEED = 0
DEFAULT_CUSTOMERS = 100
DEFAULT_LOCATIONS_PER_CUSTOMER = 1
DEFAULT_CONTACTS_PER_CUSTOMER = 2
DEFAULT_CONTACTS_PER_LOCATION = 1
DEFAULT_LEADS = 50
DEFAULT_BOOKINGS = 50
DEFAULT_BOOKING_PROVIDERS = 2
# Contacts of the contacts family (GUID ids), each with one or two contact methods.
DEFAULT_CONTACTS = 50
# Tag types that exist in the tenant; tag operations refuse others.
DEFAULT_TAG_TYPE_IDS: tuple[int, ...] = tuple(range(101, 111))

# Records one export response carries.
DEFAULT_EXPORT_BATCH_SIZE = 500
# The real feeds show changes about 15 minutes late unless includeRecentChanges=true.
DEFAULT_EXPORT_RECENT_DELAY_SECONDS = 900.0
# With includeRecentChanges=true, how many of the last recent records the next response
# repeats (the real API "may return the same record in consecutive responses").
DEFAULT_EXPORT_RECENT_OVERLAP = 2

# Paged lists: the platform's default and bounds.
DEFAULT_LIST_PAGE_SIZE = 50
MAX_LIST_PAGE_SIZE = 5000
MAX_IDS_PER_FILTER = 50

# Retry-After the simulator asks for when its rate limit is exceeded, at least.
MIN_RETRY_AFTER_SECONDS = 1


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclasses.dataclass
class SimulatorConfig:
    """Everything a simulated ServiceTitan tenant is made of; mutate it at any time.

    The data-shape fields (`seed`, counts, `tag_type_ids`) are read when a tenant's data is
    first touched; the rest (credentials, export behaviour, latency, rate limit, wild data,
    clock) are read on every request, so a test can switch them while a client is running.
    `clock` is the simulated "now": token expiry, new records' timestamps and the export
    feeds' recent-change delay all follow it.
    """

    tenants: frozenset[int] = frozenset({DEFAULT_TENANT_ID})
    credentials: dict[str, str] = dataclasses.field(
        default_factory=lambda: {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET}
    )
    app_keys: frozenset[str] = frozenset({DEFAULT_APP_KEY})
    token_lifetime_seconds: int = DEFAULT_TOKEN_LIFETIME_SECONDS

    seed: int = DEFAULT_SEED
    customers: int = DEFAULT_CUSTOMERS
    locations_per_customer: int = DEFAULT_LOCATIONS_PER_CUSTOMER
    contacts_per_customer: int = DEFAULT_CONTACTS_PER_CUSTOMER
    contacts_per_location: int = DEFAULT_CONTACTS_PER_LOCATION
    leads: int = DEFAULT_LEADS
    bookings: int = DEFAULT_BOOKINGS
    booking_providers: int = DEFAULT_BOOKING_PROVIDERS
    contacts: int = DEFAULT_CONTACTS
    tag_type_ids: tuple[int, ...] = DEFAULT_TAG_TYPE_IDS

    export_batch_size: int = DEFAULT_EXPORT_BATCH_SIZE
    export_recent_delay_seconds: float = DEFAULT_EXPORT_RECENT_DELAY_SECONDS
    export_recent_overlap: int = DEFAULT_EXPORT_RECENT_OVERLAP

    latency_seconds: float = 0.0
    # Requests per second per tenant before 429; None switches the limit off.
    rate_limit_per_second: float | None = None
    # Nulls in required fields, unknown fields and enum values, timestamps without a zone.
    wild_data: bool = False

    clock: Callable[[], dt.datetime] = utc_now

    def __post_init__(self) -> None:
        counts = {
            "customers": self.customers,
            "locations_per_customer": self.locations_per_customer,
            "contacts_per_customer": self.contacts_per_customer,
            "contacts_per_location": self.contacts_per_location,
            "leads": self.leads,
            "bookings": self.bookings,
            "contacts": self.contacts,
        }
        for name, value in counts.items():
            if value < 0:
                raise ValueError(f"{name} must be >= 0, got {value}")
        if self.booking_providers < 1:
            raise ValueError(f"booking_providers must be >= 1, got {self.booking_providers}")
        if self.export_batch_size < 1:
            raise ValueError(f"export_batch_size must be >= 1, got {self.export_batch_size}")
        if not self.tag_type_ids:
            raise ValueError("tag_type_ids must name at least one tag type")
