"""Errors raised by generated endpoint functions.

They are the hand-written SDK's own types (see `servicetitan_crm._errors`), so callers catch one tree.
"""

from .._envelope import checked_json
from .._errors import ResponseDecodeError, raise_for_status

__all__ = ["ResponseDecodeError", "checked_json", "raise_for_status"]
