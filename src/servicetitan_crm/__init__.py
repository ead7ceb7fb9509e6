"""Async SDK for the ServiceTitan CRM v2 REST API.

    from servicetitan_crm import ServiceTitanClient, paginate
    from servicetitan_crm.generated.api.customers import customers_get_list
    from servicetitan_crm.generated.models import ActiveRequestArg

    async with ServiceTitanClient(tenant=123) as st:   # credentials from SERVICETITAN_* variables
        customers = paginate(customers_get_list.asyncio, client=st, active=ActiveRequestArg.ANY)
        async for customer in customers:
            ...

Endpoint functions and models are generated from `openapi/openapi.yaml` into
`servicetitan_crm.generated` (`api.<tag>.<operation>` modules and `models`); everything the
hand-written layer adds is exported here.
"""

from ._checkpoint import CheckpointStore, FileCheckpoint
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
from ._export import ExportBatch, ExportBatchStream, export_batches, export_records
from ._paging import PageStream, pages, paginate
from ._prefetch import ItemStream
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy, set_testing

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
    "FileCheckpoint",
    "ItemStream",
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
    "export_batches",
    "export_records",
    "pages",
    "paginate",
    "set_testing",
]
