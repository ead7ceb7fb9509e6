"""An embedded ServiceTitan CRM v2 simulator for testing integrations offline.

`Simulator` is an ASGI app with in-memory, seeded state: call it in-process through
`httpx2.ASGITransport` (`simulator.transport()`, or `simulator.sdk_client()` for a wired
`ServiceTitanClient`), on a loopback port with `async with serve(simulator) as urls:`, or as
its own process with `python -m servicetitan_crm_simulator --port N` (`--tenant` repeats).
Faults (error bursts, dropped connections) are queued on `simulator.faults`; latency, rate
limit, wild data, the registered apps and the clock are fields of `simulator.config`,
switchable at runtime. Installed with pytest, it also brings fixtures (see `pytest_plugin`).

Several tenants, each with its own data, in one simulator:

    config = SimulatorConfig.with_tenants(
        {1001: TenantData(seed=1, customers=50), 1002: TenantData(seed=2, customers=500)},
        apps=[
            App("cid.a", "secret-a", "ak1.a"),                          # every tenant
            App("cid.b", "secret-b", "ak1.b", tenants=frozenset({1002})),  # only 1002
        ],
    )
    simulator = Simulator(config)
    st = simulator.sdk_client(1002)                 # the first app allowed on 1002
    simulator.faults.fail_next(3, status=503, tenant=1001)   # only 1001's API calls fail
    expected = simulator.feed_contents(1002)   # {"customers": {id: record, ...}, "leads": ...}

A token is good only on the tenants its app allows, and so is an app key: another served
tenant answers 403, a tenant not served 404. Taking a tenant out of an app's `tenants` (or the
app out of `config.apps`) refuses its tokens from the next request on. `feed_contents(tenant)`
is every record of every export feed at its latest version, by feed name and id, as the feed
writes it: what a complete sync of that tenant must end with. `SimulatorConfig(customers=...)`
is the one-tenant case (`DEFAULT_TENANT_ID`, the default app `DEFAULT_CLIENT_ID` /
`DEFAULT_CLIENT_SECRET` / `DEFAULT_APP_KEY`).

Every operation of the reconciled OpenAPI document is modelled: customers, locations, leads,
bookings, tags, notes, the export feeds, a location's preferred technician, and the contacts
family with GUID ids (contacts, their contact methods and preferences, and relationships to
customers, locations, bookings and leads; `TenantData.contacts` seeds them).
"""

from servicetitan_crm_simulator._app import Simulator, SimulatorStats, SimulatorUrls
from servicetitan_crm_simulator._clock import ManualClock
from servicetitan_crm_simulator._config import (
    DEFAULT_APP_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_EXPORT_BATCH_SIZE,
    DEFAULT_EXPORT_RECENT_DELAY_SECONDS,
    DEFAULT_TENANT_ID,
    App,
    SimulatorConfig,
    TenantData,
)
from servicetitan_crm_simulator._faults import Faults
from servicetitan_crm_simulator._server import serve

__all__ = [
    "DEFAULT_APP_KEY",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_EXPORT_BATCH_SIZE",
    "DEFAULT_EXPORT_RECENT_DELAY_SECONDS",
    "DEFAULT_TENANT_ID",
    "App",
    "Faults",
    "ManualClock",
    "Simulator",
    "SimulatorConfig",
    "SimulatorStats",
    "SimulatorUrls",
    "TenantData",
    "serve",
]
