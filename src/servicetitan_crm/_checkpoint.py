"""Durable export positions: the `continueFrom` token of the last batch a caller has finished with.

`CheckpointStore` is the protocol the export streams use; `FileCheckpoint` keeps the token in a
small JSON file that is replaced atomically, so a crash at any point leaves either the old token or
the new one on disk, never a torn file. A file that exists but cannot be read or parsed raises
`CheckpointError`: restarting from the beginning of a feed in silence would hide the problem.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Protocol

import anyio.to_thread

from ._errors import CheckpointError

__all__ = ["CheckpointStore", "FileCheckpoint"]

_FORMAT_VERSION = 1


class CheckpointStore(Protocol):
    """Where an export stream keeps its position between runs."""

    async def load(self) -> str | None:
        """The saved `continueFrom` token, or `None` when nothing was saved yet."""
        ...

    async def save(self, token: str) -> None:
        """Durably replace the saved token; when this returns, a crash cannot lose it."""
        ...


class FileCheckpoint:
    """A checkpoint in one JSON file, written atomically: temp file, fsync, rename, fsync directory.

    `FileCheckpoint("state/customers.checkpoint")`; the directory must exist and be writable,
    which a stream checks before its first request.
    """

    __slots__ = ("_path",)

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)

    @property
    def path(self) -> Path:
        return self._path

    def __repr__(self) -> str:
        return f"FileCheckpoint({str(self._path)!r})"

    async def load(self) -> str | None:
        """The saved token; first checks that a token can be saved here at all.

        A stream loads before its first request, so a checkpoint in a missing or unwritable
        directory is refused before anything is fetched, not after the first batch.
        """
        return await anyio.to_thread.run_sync(self._load)

    async def save(self, token: str) -> None:
        if not isinstance(token, str) or not token:
            raise CheckpointError(f"{self._path}: a checkpoint token must be a non-empty string")
        # Not abandoned on cancellation: the write finishes (or fails) as a whole either way.
        await anyio.to_thread.run_sync(self._save, token)

    def _check_writable(self) -> None:
        directory = self._path.parent
        if not directory.is_dir():
            reason = "does not exist" if not directory.exists() else "is not a directory"
            raise CheckpointError(f"{self._path}: cannot save the checkpoint: {directory} {reason}")
        try:
            descriptor, probe = tempfile.mkstemp(dir=directory, prefix=f".{self._path.name}.")
        except OSError as exc:
            raise CheckpointError(
                f"{self._path}: cannot save the checkpoint: {directory} is not writable: {exc}"
            ) from exc
        os.close(descriptor)
        os.unlink(probe)

    def _load(self) -> str | None:
        self._check_writable()
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise CheckpointError(f"{self._path}: cannot read the checkpoint: {exc}") from exc
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise CheckpointError(f"{self._path}: the checkpoint is not valid JSON: {exc}") from exc
        token = document.get("continueFrom") if isinstance(document, dict) else None
        if (
            not isinstance(document, dict)
            or document.get("version") != _FORMAT_VERSION
            or not isinstance(token, str)
            or not token
        ):
            raise CheckpointError(
                f"{self._path}: the checkpoint is corrupt (expected "
                f'{{"version": {_FORMAT_VERSION}, "continueFrom": "<token>"}})'
            )
        return token

    def _save(self, token: str) -> None:
        directory = self._path.parent
        content = json.dumps({"version": _FORMAT_VERSION, "continueFrom": token}).encode()
        temporary: str | None = None
        try:
            descriptor, temporary = tempfile.mkstemp(
                dir=directory, prefix=f".{self._path.name}.", suffix=".tmp"
            )
            with os.fdopen(descriptor, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self._path)
            temporary = None
            # The rename itself is durable only once the directory entry is on disk.
            directory_descriptor = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(directory_descriptor)
            finally:
                os.close(directory_descriptor)
        except OSError as exc:
            raise CheckpointError(f"{self._path}: cannot save the checkpoint: {exc}") from exc
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
