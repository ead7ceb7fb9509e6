"""`--simulate`: the embedded simulator, in this process, serving several seeded tenants.

The SDK never depends on the simulator: it is imported here, only when asked for, and a missing
one is a `SyncError` that says how to install it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._constants import SIMULATED_CUSTOMERS
from ._store import SyncError
from ._tenants import TenantSource

__all__ = ["simulated_tenants"]

INSTALL_HINT = "pip install -e ./simulator (from a clone of the repository)"


def _simulator_module() -> Any:
    try:
        import servicetitan_crm.testing as simulator
    except ImportError as error:
        raise SyncError(f"--simulate needs the simulator: {INSTALL_HINT}") from error
    return simulator


def simulated_tenants(tenants: Sequence[int]) -> list[TenantSource]:
    """One in-process simulator serving `tenants`, and a client factory for each of them."""
    module = _simulator_module()
    simulator = module.Simulator(
        module.SimulatorConfig(tenants=frozenset(tenants), customers=SIMULATED_CUSTOMERS)
    )

    def factory(tenant: int) -> TenantSource:
        return TenantSource(tenant, lambda: simulator.sdk_client(tenant=tenant))

    return [factory(tenant) for tenant in tenants]
