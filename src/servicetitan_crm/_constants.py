"""Every policy number of the hand-written layer, in one place.

Public signatures use these as their defaults, so what a caller can change is visible.
"""

from __future__ import annotations

# --- Endpoints -------------------------------------------------------------------------------
PRODUCTION_API_URL = "https://api.servicetitan.io/crm/v2"
PRODUCTION_AUTH_URL = "https://auth.servicetitan.io/connect/token"
INTEGRATION_API_URL = "https://api-integration.servicetitan.io/crm/v2"
INTEGRATION_AUTH_URL = "https://auth-integration.servicetitan.io/connect/token"

# --- Streaming: paged lists and export feeds ---------------------------------------------------
# The platform rejects pageSize above 5000.
MAX_PAGE_SIZE = 5000
# Ten times the platform default of 50: a tenth of the requests, still a small page in memory.
DEFAULT_PAGE_SIZE = 500
# Requests a page stream keeps in flight; 1 means the next page is fetched while the caller
# handles the current one.
DEFAULT_PAGE_CONCURRENCY = 1
# A caught-up export feed should be polled again after 5 to 10 minutes, not sooner.
EXPORT_POLL_INTERVAL_SECONDS = 300.0
