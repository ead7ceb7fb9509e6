"""Credentials kept out of every text the SDK shows: `repr`, `str`, messages, captured locals.

`Secret` holds one credential (client secret, app key, access token); only `.reveal()` gives the
value back, at the single place that puts it on the wire. Error trackers that record local
variables (Sentry does) see `Secret('***')`. `Redactor` knows every secret of one client (the
client secret, the app key, the current and recent tokens) and replaces each in a text, for
server answers that echo a request back.
"""

from __future__ import annotations

from collections import deque
from typing import Final, final

from ._constants import REDACTED, REMEMBERED_TOKENS

__all__ = ["Redactor", "Secret"]


@final
class Secret:
    """A credential whose `repr` and `str` are redacted; `.reveal()` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value: Final = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    def __str__(self) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:
        raise TypeError("A Secret cannot be pickled: that would write the value out")

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Secret:
        return self


class Redactor:
    """Replaces the known secrets of one client in texts: fixed ones plus the latest tokens."""

    __slots__ = ("_fixed", "_tokens")

    def __init__(self, *secrets: Secret) -> None:
        self._fixed = tuple(secrets)
        self._tokens: deque[Secret] = deque(maxlen=REMEMBERED_TOKENS)

    def __repr__(self) -> str:
        return f"<Redactor of {len(self._fixed) + len(self._tokens)} secrets>"

    def remember(self, token: Secret) -> None:
        """Add a token; the oldest is forgotten past `REMEMBERED_TOKENS`."""
        self._tokens.append(token)

    def _values(self) -> list[str]:
        values = {secret.reveal() for secret in (*self._fixed, *self._tokens)}
        # Longest first, so a secret containing another is replaced whole.
        return sorted((value for value in values if value), key=len, reverse=True)

    def text(self, text: str) -> str:
        for value in self._values():
            if value in text:
                text = text.replace(value, REDACTED)
        return text

    def content(self, content: bytes) -> bytes:
        for value in self._values():
            raw = value.encode()
            if raw in content:
                content = content.replace(raw, REDACTED.encode())
        return content
