"""The SDK's logger. Records carry methods, paths, statuses and waits: never query strings,
headers or bodies, so no credential can reach a log."""

from __future__ import annotations

import logging

__all__ = ["logger"]

logger = logging.getLogger("servicetitan_crm")
# A library leaves output to the application: without this, Python's last-resort handler would
# print retry warnings to stderr in programs that never configured logging.
logger.addHandler(logging.NullHandler())
