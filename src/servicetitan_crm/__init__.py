"""Async SDK for the ServiceTitan CRM v2 REST API.

    from servicetitan_crm import ServiceTitanClient
    from servicetitan_crm.models import CreateCustomerRequest

    async with ServiceTitanClient(tenant=123) as st:   # credentials from SERVICETITAN_* variables
        first_page = await st.customers.list(page_size=50)
        async for customer in st.customers.list(active="Any"):
            ...

The resource client (`st.customers`, `st.locations`, `st.booking_provider(id).bookings`,
`st.exports`, ...) is generated from `openapi/openapi.yaml` into
`servicetitan_crm.generated.resources`; below it, one function per operation in
`servicetitan_crm.generated.api.<tag>.<operation>` is the low-level layer. Models are in
`servicetitan_crm.models`; everything the hand-written layer adds is exported here.
"""

import importlib
from typing import TYPE_CHECKING

from ._client import ServiceTitanClient
from ._config import NOT_GIVEN, NotGiven
from ._errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CheckpointError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    RequestTimeoutError,
    ResponseDecodeError,
    ServerError,
    ServiceTitanError,
    TransportError,
)
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy, set_testing
from ._version import __version__

if TYPE_CHECKING:
    from ._checkpoint import CheckpointStore, FileCheckpoint
    from ._export import ExportBatch, ExportBatchStream, export_batches, export_records
    from ._paging import PageStream, pages, paginate
    from ._prefetch import ItemStream
    from ._resource import ExportCall, ListCall

# Names a client does not need to be built, with the private module that defines each: those
# modules load on first use of a name (`__getattr__` below), so `import servicetitan_crm` costs
# little more than its dependencies. `tests/test_import_cost.py` pins which modules stay unloaded.
_LOADED_ON_USE = {
    "CheckpointStore": "._checkpoint",
    "FileCheckpoint": "._checkpoint",
    "ExportBatch": "._export",
    "ExportBatchStream": "._export",
    "export_batches": "._export",
    "export_records": "._export",
    "PageStream": "._paging",
    "pages": "._paging",
    "paginate": "._paging",
    "ItemStream": "._prefetch",
    "ExportCall": "._resource",
    "ListCall": "._resource",
}

__all__ = [
    "NOT_GIVEN",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "CheckpointStore",
    "ConfigurationError",
    "ConflictError",
    "ExportBatch",
    "ExportBatchStream",
    "ExportCall",
    "FileCheckpoint",
    "ItemStream",
    "ListCall",
    "NotFoundError",
    "NotGiven",
    "PageStream",
    "PaginationError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RateLimiter",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "ServiceTitanClient",
    "ServiceTitanError",
    "TransportError",
    "__version__",
    "export_batches",
    "export_records",
    "pages",
    "paginate",
    "set_testing",
]


def __getattr__(name: str) -> object:
    module = _LOADED_ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
