"""Every policy number of the hand-written layer, in one place.

Public signatures use these as their defaults, so what a caller can change is visible.
"""

from __future__ import annotations

# --- Endpoints -------------------------------------------------------------------------------
PRODUCTION_API_URL = "https://api.servicetitan.io/crm/v2"
PRODUCTION_AUTH_URL = "https://auth.servicetitan.io/connect/token"
INTEGRATION_API_URL = "https://api-integration.servicetitan.io/crm/v2"
INTEGRATION_AUTH_URL = "https://auth-integration.servicetitan.io/connect/token"
