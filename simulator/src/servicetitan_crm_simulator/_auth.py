"""The OAuth 2.0 client-credentials token endpoint and the checks every API call passes."""

from __future__ import annotations

import dataclasses
import secrets
import urllib.parse

from servicetitan_crm_simulator._config import DEFAULT_TOKEN_SCOPE, SimulatorConfig
from servicetitan_crm_simulator._http import Problem, Request, Response
from servicetitan_crm_simulator._time import ticks_from_seconds

APP_KEY_HEADER = "st-app-key"


@dataclasses.dataclass(frozen=True)
class _Issued:
    expiry: int
    client_id: str


class Tokens:
    """Issued access tokens: their expiry in simulated time, and the app each was issued to."""

    def __init__(self) -> None:
        self._issued: dict[str, _Issued] = {}
        self.issued = 0

    def token_endpoint(self, request: Request, config: SimulatorConfig, now: int) -> Response:
        content_type = request.headers.get("content-type", "")
        if request.method != "POST":
            return _oauth_error(405, "invalid_request", "Use POST.")
        if not content_type.startswith("application/x-www-form-urlencoded"):
            return _oauth_error(
                400, "invalid_request", "The body must be application/x-www-form-urlencoded."
            )
        form = dict(urllib.parse.parse_qsl(request.body.decode("utf-8", "replace")))
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", "Only client_credentials.")
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if not client_id or not secret:
            return _oauth_error(400, "invalid_request", "client_id and client_secret are required.")
        app = config.app_with_client_id(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, secret):
            return _oauth_error(400, "invalid_client", "Unknown client or wrong secret.")
        tenant = form.get("tenant")
        if tenant is not None:
            if not tenant.isdigit() or int(tenant) not in config.tenants:
                return _oauth_error(400, "invalid_request", f"Unknown tenant {tenant!r}.")
            if not app.allows(int(tenant)):
                return _oauth_error(
                    400, "unauthorized_client", f"The app is not allowed on tenant {tenant}."
                )
        self._issued = {
            token: issued for token, issued in self._issued.items() if issued.expiry > now
        }
        token = secrets.token_urlsafe(32)
        expiry = now + ticks_from_seconds(config.token_lifetime_seconds)
        self._issued[token] = _Issued(expiry, client_id)
        self.issued += 1
        return Response(
            200,
            {
                "access_token": token,
                "expires_in": config.token_lifetime_seconds,
                "token_type": "Bearer",
                "scope": DEFAULT_TOKEN_SCOPE,
            },
            {"cache-control": "no-store"},
        )

    def expire_all(self) -> None:
        """Every token issued so far stops working now (a client must fetch a new one)."""
        self._issued.clear()

    def check(self, request: Request, config: SimulatorConfig, now: int) -> None:
        """Raise the 401/403/404 the API answers for a bad token, app key or tenant.

        A token whose app is no longer registered is as good as expired. A served tenant that
        does not allow the token's app or the app key's app answers 403 (see the conformance
        decisions in openapi/DECISIONS.md).
        """
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        issued = self._issued.get(token.strip()) if scheme.lower() == "bearer" else None
        token_app = None if issued is None else config.app_with_client_id(issued.client_id)
        if issued is None or issued.expiry <= now or token_app is None:
            raise Problem(
                401,
                "Unauthorized: the access token is missing, invalid or expired.",
                headers={"www-authenticate": 'Bearer error="invalid_token"'},
            )
        app_key = request.headers.get(APP_KEY_HEADER)
        if not app_key:
            raise Problem(401, "Unauthorized: the ST-App-Key header is missing.")
        key_app = config.app_with_key(app_key)
        if key_app is None:
            raise Problem(403, "Forbidden: the ST-App-Key is not registered.")
        if request.tenant not in config.tenants:
            raise Problem(404, f"Tenant {request.tenant} was not found.")
        for what, app in (("access token", token_app), ("ST-App-Key", key_app)):
            if not app.allows(request.tenant):
                raise Problem(
                    403, f"Forbidden: the {what}'s app is not allowed on tenant {request.tenant}."
                )


def _oauth_error(status: int, error: str, description: str) -> Response:
    return Response(status, {"error": error, "error_description": description})
