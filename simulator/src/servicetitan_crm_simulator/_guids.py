"""GUID ids for the contacts family, mapped to and from the store's integer ids.

Tables key every record by an integer, so a GUID is a keyed, reversible encoding of one: 60
bits of `mix(seed, kind, id)` as a tag, and the id masked by a pad derived from the tag. The
result is a well-formed version-4 UUID that looks random, is the same in every run with the
same seed, and decodes without a lookup table; a GUID the simulator never issued fails the tag
check and is simply unknown. GUIDs a client chooses (an upsert by PUT) are kept as aliases.
"""

from __future__ import annotations

import uuid

from servicetitan_crm_simulator._data import ID_SPACE
from servicetitan_crm_simulator._http import Request, invalid
from servicetitan_crm_simulator._vocabulary import mix

_MASK60 = (1 << 60) - 1
_MASK62 = (1 << 62) - 1
_VERSION_4 = 0x4
_VARIANT_RFC4122 = 0b10


def parse(raw: str, name: str) -> uuid.UUID:
    """The GUID in `raw` (any form .NET and Python both read), or a 400 naming `name`."""
    try:
        return uuid.UUID(raw.strip())
    except ValueError:
        raise invalid(name, f"The value '{raw}' is not a valid GUID.") from None


def path_guid(request: Request, name: str) -> uuid.UUID:
    return parse(request.params[name], name)


class Guids:
    """The GUIDs of one tenant's records (kind = the record id's id space)."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._alias_ids: dict[uuid.UUID, int] = {}
        self._aliases: dict[int, uuid.UUID] = {}

    @property
    def alias_count(self) -> int:
        return len(self._aliases)

    def of(self, record_id: int) -> uuid.UUID:
        alias = self._aliases.get(record_id)
        if alias is not None:
            return alias
        code = record_id // ID_SPACE
        tag = (mix(self._seed, code, record_id) >> 4) & _MASK60
        hidden = record_id ^ self._pad(code, tag)
        high = ((tag >> 12) << 16) | (_VERSION_4 << 12) | (tag & 0xFFF)
        low = (_VARIANT_RFC4122 << 62) | hidden
        return uuid.UUID(int=(high << 64) | low)

    def text(self, record_id: int) -> str:
        return str(self.of(record_id))

    def record_id(self, code: int, value: uuid.UUID) -> int | None:
        """The id of kind `code` that `value` names, or None when no such id was issued."""
        alias = self._alias_ids.get(value)
        if alias is not None:
            return alias if alias // ID_SPACE == code else None
        high, low = value.int >> 64, value.int & ((1 << 64) - 1)
        if (high >> 12) & 0xF != _VERSION_4 or low >> 62 != _VARIANT_RFC4122:
            return None
        tag = ((high >> 16) << 12) | (high & 0xFFF)
        record_id = (low & _MASK62) ^ self._pad(code, tag)
        if record_id // ID_SPACE != code:
            return None
        if (mix(self._seed, code, record_id) >> 4) & _MASK60 != tag:
            return None
        return record_id

    def adopt(self, value: uuid.UUID, record_id: int) -> None:
        """Let `value`, chosen by a client, name the new record `record_id` from now on."""
        self._alias_ids[value] = record_id
        self._aliases[record_id] = value

    def _pad(self, code: int, tag: int) -> int:
        return mix(self._seed, code, tag, 1) & _MASK62
