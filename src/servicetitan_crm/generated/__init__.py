"""Generated from openapi/openapi.yaml by scripts/generate.py. Do not edit: regenerate instead."""

from .client import HttpClient

__all__ = ["HttpClient"]
