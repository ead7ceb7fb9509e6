"""An embedded ServiceTitan CRM v2 simulator for testing integrations offline.

`Simulator` is an ASGI app with in-memory, seeded state: call it in-process through
`httpx2.ASGITransport` (`simulator.transport()`), or on a loopback port with
`async with serve(simulator) as urls:` (uvicorn, a dependency of this distribution), or as its
own process with `python -m servicetitan_crm_simulator --port N`. Point the SDK at
`urls.api_url` and `urls.auth_url`; the default credentials are in `SimulatorConfig`.
Faults (error bursts, dropped connections) are queued on `simulator.faults`; latency, rate
limit, wild data and the clock are fields of `simulator.config`, switchable at runtime.

Every operation of the reconciled OpenAPI document is modelled: customers, locations, leads,
bookings, tags, notes, the export feeds, a location's preferred technician, and the contacts
family with GUID ids (contacts, their contact methods and preferences, and relationships to
customers, locations, bookings and leads; `SimulatorConfig.contacts` seeds them).
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
    SimulatorConfig,
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
    "Faults",
    "ManualClock",
    "Simulator",
    "SimulatorConfig",
    "SimulatorStats",
    "SimulatorUrls",
    "serve",
]
