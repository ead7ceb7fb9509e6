"""`--simulate`: the embedded simulator, in this process, serving several seeded tenants.

The SDK never depends on the simulator (its own distribution, `servicetitan-crm-simulator`): it
is imported here, only when asked for, and a missing one is a `SyncError` that says how to
install it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._constants import SIMULATED_CUSTOMERS
from ._store import SyncError
from ._tenants import TenantSource, TransportWrapper

__all__ = ["simulated_config", "simulated_tenants"]

INSTALL_HINT = (
    "pip install 'servicetitan-crm[testing]' (from a clone of the repository: "
    "pip install -e ./simulator)"
)


def _simulator_module() -> Any:
    try:
        import servicetitan_crm_simulator
    except ImportError as error:
        raise SyncError(f"--simulate needs the simulator: {INSTALL_HINT}") from error
    return servicetitan_crm_simulator


def simulated_config(tenants: Sequence[int]) -> Any:
    """The demo's `SimulatorConfig`: each tenant seeded differently (its position in `tenants`),
    `SIMULATED_CUSTOMERS` customers each."""
    module = _simulator_module()
    data = {
        tenant: module.TenantData(seed=seed, customers=SIMULATED_CUSTOMERS)
        for seed, tenant in enumerate(tenants)
    }
    return module.SimulatorConfig.with_tenants(data)


def simulated_tenants(
    tenants: Sequence[int], wrap: TransportWrapper | None = None
) -> list[TenantSource]:
    """One in-process simulator serving `tenants`, and a client factory for each of them (its
    transport passed through `wrap` when given)."""
    simulator = _simulator_module().Simulator(simulated_config(tenants))

    def source(tenant: int) -> TenantSource:
        if wrap is None:
            return TenantSource(tenant, lambda: simulator.sdk_client(tenant))
        return TenantSource(
            tenant,
            lambda: simulator.sdk_client(tenant, transport=wrap(tenant, simulator.transport())),
        )

    return [source(tenant) for tenant in tenants]
