"""`servicetitan-crm sync`: the CRM's export feeds kept in your own database, exactly once.

    servicetitan-crm sync --simulate                      # the embedded simulator into SQLite
    servicetitan-crm sync --tenant 123 --tenant 456 --db postgresql://sync@db/warehouse
    servicetitan-crm status --db postgresql://sync@db/warehouse
    servicetitan-crm schema --format markdown             # every table's columns
    servicetitan-crm migrate --table customers            # rebuild a table from `record`

Modules: `_feeds` (the export feeds and responses into rows), `_tables` (each feed's tables derived
from the document: typed columns, child tables), `_rows` and `_row_code` (a record into its rows),
`_envelope` (a response read with each record's own text), `_timestamps`, `_limits`, `_schema` (the
SQL both databases share), `_migrate` (tables created, migrated additively, rebuilt from
`record`), `_reference` (`schema`'s column reference), `_store` (the store interface,
`open_store`), `_sqlite`, `_postgres` (leases through advisory locks), `_runner` (tenants and
feeds concurrently), `_tenants`, `_simulate`, `_progress`, `_cli`. Nothing here
is imported by `import servicetitan_crm`.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

__all__ = ["main"]

INSTALL_HINT = "pip install 'servicetitan-crm[sync]'"


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    sys.exit(128 + signum)


def main() -> None:
    """The `servicetitan-crm` console script.

    SIGINT and SIGTERM end the process with status 128 + the signal number, quietly, outside a
    sync's run; during it, the runner takes them over and stops between transactions.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _exit_on_signal)
    try:
        from ._cli import cli
    except ModuleNotFoundError as error:
        if error.name in ("click", "rich"):
            sys.exit(f"servicetitan-crm needs {error.name}: {INSTALL_HINT}")
        raise
    try:
        cli()
    finally:
        # The command is over and its exit status decided. CPython puts the default handlers
        # back while it finalizes, so a SIGINT or SIGTERM in that moment would end the process
        # by the signal instead of with that status; ignored handlers it leaves in place.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)
