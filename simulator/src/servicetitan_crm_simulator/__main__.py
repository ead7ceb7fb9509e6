"""`python -m servicetitan_crm_simulator --port N [--customers N ...]`: a simulator process.

Prints one JSON line with the URLs and credentials once it listens, then serves until
SIGINT or SIGTERM. Benchmarks run it this way so its CPU and memory are not the SDK's.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys

import anyio

from servicetitan_crm_simulator._app import Simulator
from servicetitan_crm_simulator._config import (
    DEFAULT_TENANT_ID,
    App,
    SimulatorConfig,
    TenantData,
)
from servicetitan_crm_simulator._server import DEFAULT_HOST, LOOPBACK_HOSTS, serve


def _parser() -> argparse.ArgumentParser:
    defaults = SimulatorConfig()
    parser = argparse.ArgumentParser(
        prog="python -m servicetitan_crm_simulator",
        description="Serve an embedded ServiceTitan CRM v2 simulator on a loopback port.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, choices=sorted(LOOPBACK_HOSTS))
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--customers", type=int, default=defaults.customers)
    parser.add_argument(
        "--locations-per-customer", type=int, default=defaults.locations_per_customer
    )
    parser.add_argument("--contacts-per-customer", type=int, default=defaults.contacts_per_customer)
    parser.add_argument("--contacts-per-location", type=int, default=defaults.contacts_per_location)
    parser.add_argument("--leads", type=int, default=defaults.leads)
    parser.add_argument("--bookings", type=int, default=defaults.bookings)
    parser.add_argument("--booking-providers", type=int, default=defaults.booking_providers)
    parser.add_argument("--contacts", type=int, default=defaults.contacts)
    parser.add_argument(
        "--tenant",
        type=int,
        action="append",
        dest="tenants",
        help=f"a tenant to serve (repeat for several; default {min(defaults.tenants)}); the "
        "n-th one's data is seeded with --seed plus n-1",
    )
    app = defaults.apps[0]
    parser.add_argument("--client-id", default=app.client_id)
    parser.add_argument("--client-secret", default=app.client_secret)
    parser.add_argument("--app-key", default=app.app_key, help="the one app, allowed everywhere")
    parser.add_argument("--token-lifetime", type=int, default=defaults.token_lifetime_seconds)
    parser.add_argument("--export-batch-size", type=int, default=defaults.export_batch_size)
    parser.add_argument(
        "--export-recent-delay", type=float, default=defaults.export_recent_delay_seconds
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each request")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests/s per tenant")
    parser.add_argument("--wild-data", action="store_true")
    parser.add_argument("--log-level", default="warning")
    return parser


def _tenants(args: argparse.Namespace) -> list[int]:
    return list(args.tenants or [DEFAULT_TENANT_ID])


def _config(args: argparse.Namespace) -> SimulatorConfig:
    tenants = _tenants(args)
    if len(set(tenants)) != len(tenants):
        raise ValueError(f"a tenant is named twice: {tenants}")
    data = {
        tenant: TenantData(
            seed=args.seed + position,
            customers=args.customers,
            locations_per_customer=args.locations_per_customer,
            contacts_per_customer=args.contacts_per_customer,
            contacts_per_location=args.contacts_per_location,
            leads=args.leads,
            bookings=args.bookings,
            booking_providers=args.booking_providers,
            contacts=args.contacts,
        )
        for position, tenant in enumerate(tenants)
    }
    return SimulatorConfig.with_tenants(
        data,
        apps=[App(args.client_id, args.client_secret, args.app_key)],
        token_lifetime_seconds=args.token_lifetime,
        export_batch_size=args.export_batch_size,
        export_recent_delay_seconds=args.export_recent_delay,
        latency_seconds=args.latency,
        rate_limit_per_second=args.rate_limit,
        wild_data=args.wild_data,
    )


async def _run(args: argparse.Namespace) -> None:
    simulator = Simulator(_config(args))
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async with serve(simulator, args.host, args.port, log_level=args.log_level) as urls:
            ready = {
                "base_url": urls.base_url,
                "api_url": urls.api_url,
                "auth_url": urls.auth_url,
                "tenant": _tenants(args)[0],
                "tenants": _tenants(args),
                "client_id": args.client_id,
                "client_secret": args.client_secret,
                "app_key": args.app_key,
            }
            print(json.dumps(ready), flush=True)
            async for _ in signals:
                break


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    try:
        _config(args)
    except ValueError as error:
        sys.exit(f"error: {error}")
    anyio.run(_run, args)


if __name__ == "__main__":
    main()
