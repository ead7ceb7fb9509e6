"""Endpoint functions shaped exactly like the generated ones, for tests that need no real client.

Like `generated/api/...`, each module-level function builds the request kwargs, sends them through
`client.get_async_httpx_client().request(**kwargs)`, raises the SDK's typed error on a non-2xx
answer and parses 200 JSON with attrs models' `from_dict`.
"""

from __future__ import annotations

import datetime
from typing import Any, Protocol

import attrs
import httpx

from servicetitan_crm._errors import raise_for_status


class _Unset:
    def __bool__(self) -> bool:
        return False


UNSET: Any = _Unset()


class HttpClient(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class StandInClient:
    """Just `get_async_httpx_client()` over a test transport: no auth, retries or rate limit."""

    def __init__(self, transport: httpx.AsyncBaseTransport, base_url: str) -> None:
        self._client = httpx.AsyncClient(transport=transport, base_url=base_url)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._client

    async def aclose(self) -> None:
        await self._client.aclose()


@attrs.define
class Customer:
    id: int
    name: str
    active: bool
    modified_on: datetime.datetime

    @classmethod
    def from_dict(cls, source: dict[str, Any]) -> Customer:
        modified = datetime.datetime.fromisoformat(source["modifiedOn"].replace("Z", "+00:00"))
        return cls(
            id=source["id"], name=source["name"], active=source["active"], modified_on=modified
        )


@attrs.define
class CustomerPage:
    page: int
    page_size: int
    has_more: bool
    total_count: int | None
    data: list[Customer]

    @classmethod
    def from_dict(cls, source: dict[str, Any]) -> CustomerPage:
        return cls(
            page=source["page"],
            page_size=source["pageSize"],
            has_more=source["hasMore"],
            total_count=source.get("totalCount"),
            data=[Customer.from_dict(item) for item in source["data"]],
        )


@attrs.define
class CustomerExportBatch:
    has_more: bool
    continue_from: str
    data: list[Customer]

    @classmethod
    def from_dict(cls, source: dict[str, Any]) -> CustomerExportBatch:
        return cls(
            has_more=source["hasMore"],
            continue_from=source["continueFrom"],
            data=[Customer.from_dict(item) for item in source["data"]],
        )


def _query(**values: Any) -> dict[str, Any]:
    return {
        name: value for name, value in values.items() if value is not UNSET and value is not None
    }


async def customers_get_list(
    *,
    client: HttpClient,
    page: int = UNSET,
    page_size: int = UNSET,
    include_total: bool = UNSET,
    active: str = UNSET,
) -> CustomerPage | None:
    params = _query(
        page=page,
        pageSize=page_size,
        includeTotal=None if include_total is UNSET else str(include_total).lower(),
        active=active,
    )
    response = await client.get_async_httpx_client().request(
        method="get", url="/customers", params=params
    )
    raise_for_status(response)
    return CustomerPage.from_dict(response.json())


async def export_customers(
    *, client: HttpClient, from_: str = UNSET, include_recent_changes: bool = UNSET
) -> CustomerExportBatch | None:
    params = _query(
        **{
            "from": from_,
            "includeRecentChanges": None
            if include_recent_changes is UNSET
            else str(include_recent_changes).lower(),
        }
    )
    response = await client.get_async_httpx_client().request(
        method="get", url="/export/customers", params=params
    )
    raise_for_status(response)
    return CustomerExportBatch.from_dict(response.json())
