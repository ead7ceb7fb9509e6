"""The public surface: one import, an explicit sorted export list, errors named for the package."""

from __future__ import annotations

import importlib.metadata

import servicetitan_crm

EXPECTED_EXPORTS = [
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


def test_export_list_is_explicit_and_complete() -> None:
    assert servicetitan_crm.__all__ == EXPECTED_EXPORTS
    for name in EXPECTED_EXPORTS:
        assert getattr(servicetitan_crm, name) is not None


def test_every_exception_reads_as_servicetitan_crm_in_tracebacks() -> None:
    for name in EXPECTED_EXPORTS:
        exported = getattr(servicetitan_crm, name)
        if isinstance(exported, type) and issubclass(exported, BaseException):
            assert issubclass(exported, servicetitan_crm.ServiceTitanError), name
            assert exported.__module__ == "servicetitan_crm", name


def test_the_version_is_the_distribution_version() -> None:
    assert servicetitan_crm.__version__ == importlib.metadata.version("servicetitan-crm")
