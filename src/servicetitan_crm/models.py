"""Every request and response model, importable in one short line.

    from servicetitan_crm.models import CreateCustomerRequest, CustomerAddress, CustomerType

The classes are the generated attrs models of `servicetitan_crm.generated.models` (built from
`openapi/openapi.yaml`), re-exported so user code does not depend on the generated layout. Each is
loaded on first use, so importing this module does not import all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .generated import models as _generated
from .generated.models import __all__ as __all__

if TYPE_CHECKING:
    from .generated.models import *  # noqa: F403

_EXPORTED = frozenset(__all__)


# Hidden from type checkers, which would otherwise accept any name through it.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in _EXPORTED:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_generated, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
