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
        description="Serve an embedded ServiceTitan CRM v2 simulator on a loopback port. Once "
        "it listens it prints one JSON line (base_url, api_url, auth_url, tenant, tenants, "
        "client_id, client_secret, app_key) and serves until SIGINT or SIGTERM.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    where = parser.add_argument_group("where it listens")
    where.add_argument(
        "--host",
        default=DEFAULT_HOST,
        choices=sorted(LOOPBACK_HOSTS),
        help="loopback address to listen on (the simulator has no authentication worth the "
        "name, so it never listens beyond this machine)",
    )
    where.add_argument("--port", type=int, default=0, help="TCP port; 0 picks a free one")
    data = parser.add_argument_group("seeded data (per tenant)")
    data.add_argument(
        "--seed",
        type=int,
        default=defaults.seed,
        help="seed of the generated names, addresses and timestamps; the same seed serves the "
        "same bytes",
    )
    counts = (
        ("--customers", defaults.customers, "customers"),
        (
            "--locations-per-customer",
            defaults.locations_per_customer,
            "locations of each customer",
        ),
        ("--contacts-per-customer", defaults.contacts_per_customer, "contacts of each customer"),
        ("--contacts-per-location", defaults.contacts_per_location, "contacts of each location"),
        ("--leads", defaults.leads, "leads"),
        ("--bookings", defaults.bookings, "bookings (each with one contact)"),
        ("--booking-providers", defaults.booking_providers, "booking provider tags (at least 1)"),
        ("--contacts", defaults.contacts, "contacts of the contacts family (GUID ids)"),
    )
    for flag, default, what in counts:
        data.add_argument(flag, type=int, default=default, help=f"how many {what} to seed")
    data.add_argument(
        "--tenant",
        type=int,
        action="append",
        dest="tenants",
        help=f"a tenant to serve, repeated for several (None: {min(defaults.tenants)} only); "
        "the n-th one's data is seeded with --seed plus n-1",
    )
    app = defaults.apps[0]
    credentials = parser.add_argument_group("the registered app (allowed on every tenant)")
    credentials.add_argument(
        "--client-id", default=app.client_id, help="client id the token endpoint accepts"
    )
    credentials.add_argument(
        "--client-secret", default=app.client_secret, help="client secret that goes with it"
    )
    credentials.add_argument(
        "--app-key", default=app.app_key, help="app key every API request must carry"
    )
    credentials.add_argument(
        "--token-lifetime",
        type=int,
        default=defaults.token_lifetime_seconds,
        help="seconds an access token stays valid",
    )
    behaviour = parser.add_argument_group("behaviour")
    behaviour.add_argument(
        "--export-batch-size",
        type=int,
        default=defaults.export_batch_size,
        help="records in one export feed response",
    )
    behaviour.add_argument(
        "--export-recent-delay",
        type=float,
        default=defaults.export_recent_delay_seconds,
        help="seconds a change stays out of the export feeds unless includeRecentChanges=true",
    )
    behaviour.add_argument(
        "--latency", type=float, default=0.0, help="seconds added to every request"
    )
    behaviour.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        help="requests per second per tenant before a 429 with Retry-After (None: no limit)",
    )
    behaviour.add_argument(
        "--wild-data",
        action="store_true",
        help="serve what a tolerant client must survive: nulls in required fields, unknown "
        "fields and enum values, timestamps without a zone (each on a quarter of records)",
    )
    behaviour.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        help="the ASGI server's log level",
    )
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
