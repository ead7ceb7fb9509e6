"""Export feeds: every record in modification order, resumable from a position token.

A `continueFrom` token encodes the feed and the (modifiedOn, id) of the last record handed
out, not a server-side cursor, so a stored token stays valid across simulator restarts with
the same seed. A record changed after it was exported moves to the end of the feed and is
exported again. Without includeRecentChanges the feed stops short of changes younger than
`export_recent_delay_seconds` of simulated time; with it, the next response repeats up to
`export_recent_overlap` of the last recent records, as the real feeds may.
"""

from __future__ import annotations

import base64
import dataclasses
import zlib

from servicetitan_crm_simulator._config import SimulatorConfig
from servicetitan_crm_simulator._data import Row
from servicetitan_crm_simulator._http import invalid
from servicetitan_crm_simulator._store import Key, Table
from servicetitan_crm_simulator._time import parse_timestamp, ticks_from_seconds

_TOKEN_VERSION = "v1"
# The position before every record.
_START: Key = (-1, -1)


def encode_token(feed: str, position: Key) -> str:
    payload = f"{_TOKEN_VERSION}|{feed}|{position[0]}|{position[1]}"
    checked = f"{payload}|{zlib.crc32(payload.encode()):08x}"
    return base64.urlsafe_b64encode(checked.encode()).decode().rstrip("=")


def decode_token(feed: str, token: str) -> Key | None:
    """The position a token names, or None when it is not a token of this feed."""
    try:
        padded = token + "=" * (-len(token) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode()
        version, token_feed, ticks, record_id, crc = text.split("|")
        payload = f"{version}|{token_feed}|{ticks}|{record_id}"
        if (
            version != _TOKEN_VERSION
            or token_feed != feed
            or crc != f"{zlib.crc32(payload.encode()):08x}"
        ):
            return None
        return (int(ticks), int(record_id))
    except (ValueError, UnicodeError):
        return None


def start_position(feed: str, raw: str | None) -> Key:
    """Where `from` says to start: a token, a date(-time), or the beginning."""
    if raw is None or raw.strip() == "":
        return _START
    position = decode_token(feed, raw.strip())
    if position is not None:
        return position
    ticks = parse_timestamp(raw)
    if ticks is not None:
        # Just before every record modified at or after that moment.
        return (ticks - 1, 2**63 - 1)
    raise invalid("from", f"'{raw}' is neither a continueFrom token of this feed nor a date.")


@dataclasses.dataclass(frozen=True)
class ExportBatch:
    rows: list[Row]
    has_more: bool
    continue_from: str


def export_batch(
    table: Table,
    feed: str,
    raw_from: str | None,
    include_recent: bool,
    now: int,
    config: SimulatorConfig,
) -> ExportBatch:
    after = start_position(feed, raw_from)
    recent_after = now - ticks_from_seconds(config.export_recent_delay_seconds)
    rows: list[Row] = []
    has_more = False
    for row in table.scan("modified", False, after):
        if not include_recent and row.modified > recent_after:
            break
        if len(rows) == config.export_batch_size:
            has_more = True
            break
        rows.append(row)
    position = after if not rows else (rows[-1].modified, rows[-1].id)
    if include_recent and len(rows) > 1:
        trailing_recent = 0
        for row in reversed(rows):
            if row.modified <= recent_after:
                break
            trailing_recent += 1
        overlap = min(trailing_recent, config.export_recent_overlap, len(rows) - 1)
        if overlap:
            kept = rows[-1 - overlap]
            position = (kept.modified, kept.id)
    return ExportBatch(rows, has_more, encode_token(feed, position))
