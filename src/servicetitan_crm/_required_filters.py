"""Filters an operation cannot do without: the API answers a list with none of them 400.

The document marks such an operation with `x-required-one-of` (the query parameters of which at
least one must be sent); the generator writes them into `generated/required_filters.py`. Both the
endpoint function and the resource method call `check` before anything is sent, so the mistake is a
`ConfigurationError` naming the filters rather than a round trip and a 400.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._errors import ConfigurationError
from .generated.required_filters import REQUIRED_ONE_OF
from .generated.types import Unset


def check(operation: str, given: Mapping[str, object]) -> None:
    """Raise `ConfigurationError` when `given` (wire name -> value; `UNSET` or `None` is not
    given) holds none of the filters `operation` ("GET /customers/contacts") requires."""
    required = REQUIRED_ONE_OF.get(operation)
    if required is None:
        return
    for wire, _ in required:
        value = given.get(wire)
        if value is not None and not isinstance(value, Unset):
            return
    arguments = ", ".join(argument for _, argument in required)
    raise ConfigurationError(
        f"{operation}: give at least one of these filters: {arguments}"
        " (the API refuses this list without one)"
    )
