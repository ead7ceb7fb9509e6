"""The package version, read from the installed distribution's metadata (pyproject.toml's
`version`, the one place it is written); under 1 ms, since httpx2 has loaded importlib.metadata."""

from importlib.metadata import version

__version__ = version("servicetitan-crm")
