"""What the generated endpoint functions need from a client.

`servicetitan_crm.ServiceTitanClient` satisfies this protocol: it binds the tenant into the base URL and
its transport adds authentication, rate limiting, retries and typed errors. Any object with this one
method works, which keeps the generated code free of policy.
"""

from typing import Protocol

import httpx2


class HttpClient(Protocol):
    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The pooled client every request is sent through (base URL already includes the tenant)."""
        ...


__all__ = ["HttpClient"]
