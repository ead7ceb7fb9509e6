"""`python tests/sync/simulator_server.py --tenants 1000 1001 ...`: a simulator process serving
several seeded tenants on a loopback port, with changes visible in the export feeds at once.

Prints one JSON line (URLs, credentials, tenants) once it listens; serves until SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import json
import signal

import anyio

from servicetitan_crm.testing import Simulator, SimulatorConfig, serve


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, nargs="+", required=True)
    parser.add_argument("--customers", type=int, required=True)
    parser.add_argument("--export-batch-size", type=int, required=True)
    parser.add_argument("--wild-data", action="store_true")
    return parser


async def _run(args: argparse.Namespace) -> None:
    config = SimulatorConfig(
        tenants=frozenset(args.tenants),
        customers=args.customers,
        export_batch_size=args.export_batch_size,
        export_recent_delay_seconds=0.0,
        wild_data=args.wild_data,
    )
    simulator = Simulator(config)
    client_id, client_secret = next(iter(config.credentials.items()))
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async with serve(simulator, "127.0.0.1", 0) as urls:
            ready = {
                "api_url": urls.api_url,
                "auth_url": urls.auth_url,
                "client_id": client_id,
                "client_secret": client_secret,
                "app_key": min(config.app_keys),
                "tenants": sorted(config.tenants),
            }
            print(json.dumps(ready), flush=True)
            async for _ in signals:
                break


if __name__ == "__main__":
    anyio.run(_run, _parser().parse_args())
