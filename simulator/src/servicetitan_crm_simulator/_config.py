"""What the simulator serves: its defaults, and the mutable `SimulatorConfig`.

These numbers describe a simulated tenant, not SDK policy, so they live here rather than in
`servicetitan_crm._constants`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from servicetitan_crm._document import Document
from servicetitan_crm.generated.document import DOCUMENT

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

# Records a generic handler serves for an operation the simulator has no hand-written handler for
# (an operation added to the document): its list pages and its export feed hold this many.
GENERIC_RECORDS = 10

# Paged lists: the platform's default and bounds.
DEFAULT_LIST_PAGE_SIZE = 50
MAX_LIST_PAGE_SIZE = 5000
MAX_IDS_PER_FILTER = 50

# `latitude`/`longitude` filters match a record's address coordinate within this many degrees:
# equal at the six decimals the addresses keep (about 0.1 m).
COORDINATE_TOLERANCE_DEGREES = 0.000_000_5
# `genPermUrl=true` answers each lead's `leadUrl` as a permanent link of this form (a reserved
# `.invalid` host: the simulator has no application to link to).
PERMANENT_LEAD_URL = "https://servicetitan-simulator.invalid/leads/{id}"

# Retry-After the simulator asks for when its rate limit is exceeded, at least.
MIN_RETRY_AFTER_SECONDS = 1


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclasses.dataclass(frozen=True)
class App:
    """An app registered with ServiceTitan: client credentials, app key, and where it may act.

    `tenants` names the tenants that allow this app; None allows it on every tenant of the
    simulator. A token is good only for the tenants its app is allowed, and so is an app key.
    """

    client_id: str
    client_secret: str
    app_key: str
    tenants: frozenset[int] | None = None

    def allows(self, tenant: int) -> bool:
        return self.tenants is None or tenant in self.tenants


@dataclasses.dataclass(frozen=True)
class TenantData:
    """The seeded data of one tenant: the seed, how many records of each kind, its tag types.

    Two tenants with different seeds differ in every generated name, address and timestamp;
    ids are generated per tenant, so the same id may name different records in each.
    """

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
        if not self.tag_type_ids:
            raise ValueError("tag_type_ids must name at least one tag type")


_DATA_FIELDS = tuple(field.name for field in dataclasses.fields(TenantData))


@dataclasses.dataclass
class SimulatorConfig:
    """Everything a simulator is made of; mutate it at any time.

    `tenants` are the tenant ids it serves. Each tenant's data is its entry in `tenant_data`,
    or else the data-shape fields here (`seed`, counts, `tag_type_ids`); either is read when
    that tenant's data is first touched. `SimulatorConfig.with_tenants({...})` builds a config
    whose tenants are the keys of `tenant_data`. `apps` are the registered apps (by default
    one, allowed on every tenant). The rest (export behaviour, latency, rate limit, wild data,
    clock, and `apps`) are read on every request, so a test can switch them while a client
    is running. `clock` is the simulated "now": token expiry, new records' timestamps and the
    export feeds' recent-change delay all follow it. `document` is the document model the
    answers and the query checks follow (by default the generated one).
    """

    tenants: frozenset[int] = frozenset({DEFAULT_TENANT_ID})
    apps: list[App] = dataclasses.field(
        default_factory=lambda: [App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_APP_KEY)]
    )
    token_lifetime_seconds: int = DEFAULT_TOKEN_LIFETIME_SECONDS
    tenant_data: dict[int, TenantData] = dataclasses.field(default_factory=dict)

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
    # The document model the simulator follows: the query parameters it checks and the
    # properties its answers carry. Another model (a `dataclasses.replace` of `DOCUMENT` with
    # a property or parameter added) is served with no other change.
    document: Document = DOCUMENT

    @classmethod
    def with_tenants(
        cls, tenant_data: Mapping[int, TenantData], **settings: Any
    ) -> SimulatorConfig:
        """A config serving exactly the tenants of `tenant_data`, each with its own data.

        `settings` are any other fields (`apps=`, `clock=`, `export_batch_size=`, ...).
        """
        return cls(tenants=frozenset(tenant_data), tenant_data=dict(tenant_data), **settings)

    def data_of(self, tenant: int) -> TenantData:
        """The seeded data of `tenant`: its own entry, or the data-shape fields of this config."""
        own = self.tenant_data.get(tenant)
        return own if own is not None else self._shared_data()

    def _shared_data(self) -> TenantData:
        return TenantData(**{name: getattr(self, name) for name in _DATA_FIELDS})

    def app_with_client_id(self, client_id: str) -> App | None:
        return next((app for app in self.apps if app.client_id == client_id), None)

    def app_with_key(self, app_key: str) -> App | None:
        return next((app for app in self.apps if app.app_key == app_key), None)

    def __post_init__(self) -> None:
        if not self.tenants:
            raise ValueError("tenants must name at least one tenant")
        strays = sorted(set(self.tenant_data) - self.tenants)
        if strays:
            raise ValueError(f"tenant_data names tenants that are not served: {strays}")
        if not self.apps:
            raise ValueError("apps must register at least one app")
        for what, values in (
            ("client id", [app.client_id for app in self.apps]),
            ("app key", [app.app_key for app in self.apps]),
        ):
            if len(set(values)) != len(values):
                raise ValueError(f"two apps share a {what}: {sorted(values)}")
        self._shared_data()  # checks the data-shape fields
        if self.export_batch_size < 1:
            raise ValueError(f"export_batch_size must be >= 1, got {self.export_batch_size}")
