"""The SDK's logger, `servicetitan_crm`, and the `SERVICETITAN_LOG` switch.

Records carry methods, route templates (`/customers/{id}`), statuses, timings and attempt numbers:
never query strings, headers or bodies, so no credential can reach a log. What is logged:

- DEBUG: one line per attempt (`GET /customers/{id} -> 200 in 41.2 ms (attempt 1, ...)`) and
  token fetches;
- INFO: each retry, with its reason and wait;
- WARNING: the SDK giving up on a request (the error it raises follows).

`SERVICETITAN_LOG=debug` (or `info`) in the environment attaches a stderr handler at that level
when the package is imported, for programs that configure no logging themselves; otherwise the
library leaves output to the application, as libraries should.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping

from ._constants import ENV_LOG

__all__ = ["configure_from_environment", "logger"]

logger = logging.getLogger("servicetitan_crm")
# A library leaves output to the application: without this, Python's last-resort handler would
# print retry warnings to stderr in programs that never configured logging.
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_from_environment(env: Mapping[str, str] = os.environ) -> logging.Handler | None:
    """Attach a stderr handler at the level `SERVICETITAN_LOG` names; the handler, or None.

    An unknown value is ignored with a `RuntimeWarning` rather than failing the import.
    """
    named = env.get(ENV_LOG, "").strip().lower()
    if not named:
        return None
    level = _LEVELS.get(named)
    if level is None:
        choices = ", ".join(_LEVELS)
        warnings.warn(f"Ignoring {ENV_LOG}={named!r}: expected one of {choices}", stacklevel=2)
        return None
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


configure_from_environment()
