"""What `--db` names: a PostgreSQL URL or a SQLite file, told apart by the scheme alone.

A URL's scheme is checked before anything is opened: a `mysql://` URL is refused, not taken for
a file name. Messages about a database never carry its password (`redact`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal

from .._errors import ConfigurationError

__all__ = ["DatabaseTarget", "database_target", "redact"]

# Accepted spellings of a PostgreSQL URL; SQLAlchemy's driver form is what many configs hold.
POSTGRESQL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SQLITE_SCHEME = "sqlite"
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://")
# `user:password@` in a URL's authority.
_USERINFO_PASSWORD = re.compile(r"(//[^/@:]*):[^/@]*@")


@dataclasses.dataclass(frozen=True, slots=True)
class DatabaseTarget:
    """A checked `--db`: which database, and the URL or path to open it by."""

    kind: Literal["sqlite", "postgresql"]
    # A `postgresql://` URL (the accepted spellings normalized) or a SQLite file path.
    location: str


def redact(text: str) -> str:
    """`text` with the password of any URL in it replaced by `***`."""
    return _USERINFO_PASSWORD.sub(r"\1:***@", text)


def database_target(text: str) -> DatabaseTarget:
    """Check `--db`: a `postgresql://` URL (or `postgres://`, `postgresql+psycopg://`), a
    `sqlite:///PATH` URL or a plain file path. `ConfigurationError` for anything else."""
    if not text.strip():
        raise ConfigurationError("--db is empty: give a SQLite file path or a postgresql:// URL")
    found = _SCHEME.match(text)
    if found is None:
        return DatabaseTarget("sqlite", text)
    scheme = found.group(1).lower()
    rest = text[found.end() :]
    if scheme in POSTGRESQL_SCHEMES:
        return DatabaseTarget("postgresql", f"postgresql://{rest}")
    if scheme == SQLITE_SCHEME:
        # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy writes them.
        if not rest.startswith("/") or not rest[1:]:
            raise ConfigurationError(
                "--db sqlite URL must be sqlite:///PATH (three slashes, then the file path)"
            )
        return DatabaseTarget("sqlite", rest[1:])
    accepted = ", ".join(f"{name}://" for name in POSTGRESQL_SCHEMES)
    raise ConfigurationError(
        f"--db scheme {scheme + '://'!r} is not supported: use {accepted}, sqlite:///PATH or a "
        "SQLite file path"
    )
