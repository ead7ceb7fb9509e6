"""Every policy number of the hand-written layer, in one place.

Public signatures use these as their defaults, so what a caller can change is visible.
"""

from __future__ import annotations

# --- Endpoints -------------------------------------------------------------------------------
PRODUCTION_API_URL = "https://api.servicetitan.io/crm/v2"
PRODUCTION_AUTH_URL = "https://auth.servicetitan.io/connect/token"
INTEGRATION_API_URL = "https://api-integration.servicetitan.io/crm/v2"
INTEGRATION_AUTH_URL = "https://auth-integration.servicetitan.io/connect/token"

# --- Decoding ------------------------------------------------------------------------------------
# Pseudo-members remembered per enum for values the document does not list (the API adds a few
# over time); past this many, further unknown values get a fresh pseudo-member each time, so a
# server sending endless distinct values cannot grow memory without bound.
MAX_PSEUDO_MEMBERS_PER_ENUM = 1000

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
# Pages in a row that are empty yet say `hasMore: true` before a walk stops with PaginationError:
# a server stuck that way would otherwise be asked forever.
MAX_EMPTY_PAGES_WITH_MORE = 3

# --- Client: configuration, auth, retries, rate limiting ------------------------------------
ENV_CLIENT_ID = "SERVICETITAN_CLIENT_ID"
ENV_CLIENT_SECRET = "SERVICETITAN_CLIENT_SECRET"
ENV_APP_KEY = "SERVICETITAN_APP_KEY"
ENV_TENANT_ID = "SERVICETITAN_TENANT_ID"
ENV_ENVIRONMENT = "SERVICETITAN_ENVIRONMENT"
ENV_API_URL = "SERVICETITAN_API_URL"
ENV_AUTH_URL = "SERVICETITAN_AUTH_URL"
DEFAULT_ENVIRONMENT = "production"
APP_KEY_HEADER = "ST-App-Key"
# The request extension generated endpoint code fills with its route template (the key is
# repeated in templates/endpoint_module.py.jinja), so logs can name `/customers/{id}`.
ROUTE_EXTENSION = "servicetitan_crm.route"
# SERVICETITAN_LOG=debug|info turns the SDK's logging on without code.
ENV_LOG = "SERVICETITAN_LOG"

# The API gives up on a request after 100 s server-side; reading a little longer lets its own
# answer arrive instead of cutting a slow page short.
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 105.0
DEFAULT_WRITE_TIMEOUT = 30.0
DEFAULT_POOL_TIMEOUT = 30.0
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20

# Views a client keeps for per-call options (`st.customers.get(7, timeout=5.0)`), so that calls
# passing the same options reuse one; past this many, the least recently used is dropped.
PER_CALL_VIEWS = 32

# Tokens live 900 s; fetching a new one this long before expiry keeps requests in flight from
# carrying a token that expires on the way.
TOKEN_REFRESH_MARGIN_SECONDS = 60.0
# Lifetime assumed when a token response omits `expires_in` (optional in RFC 6749).
DEFAULT_TOKEN_LIFETIME_SECONDS = 900.0

# Retries: attempts count the first try; the total bound covers every attempt and wait.
DEFAULT_RETRY_ATTEMPTS = 5
DEFAULT_RETRY_TIMEOUT_SECONDS = 120.0
DEFAULT_RETRY_WAIT_INITIAL_SECONDS = 0.5
DEFAULT_RETRY_WAIT_MAX_SECONDS = 30.0
DEFAULT_RETRY_WAIT_EXP_BASE = 2.0
# Retried for GET, PUT, DELETE (and token requests): 429 and every 5xx, including the 520-524 a
# CDN in front of the API answers with. `RetryPolicy(retry_statuses=...)` replaces the set.
DEFAULT_RETRY_STATUSES = frozenset({429, *range(500, 600)})
# The only statuses also retried for POST and PATCH: the server refused before acting on them.
RETRY_STATUSES_ANY_METHOD = frozenset({429})
# Methods the server may safely see twice (RFC 9110 idempotent methods).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# The API allows 60 requests per second per application per tenant.
DEFAULT_RATE_LIMIT_PER_SECOND = 60.0
# 1 = even spacing: a burst above the rate could still cross the server's one-second window.
DEFAULT_RATE_LIMIT_BURST = 1

# Statuses whose body is read for the wait when `Retry-After` is missing ("Try again in 7
# seconds"), and how much of a text body is searched for it.
RETRY_AFTER_BODY_STATUSES = frozenset({429, 503})
RETRY_AFTER_BODY_SCAN_CHARS = 2000

# How much of a non-JSON error body an exception message quotes.
ERROR_BODY_PREVIEW_CHARS = 200

# --- Secrets ------------------------------------------------------------------------------------
# What a secret reads as in repr(), str(), messages and scrubbed server answers.
REDACTED = "***"
# Tokens a client remembers, to scrub them from texts: the current one and those before it.
REMEMBERED_TOKENS = 8

# --- `servicetitan-crm sync` -----------------------------------------------------------------
DEFAULT_SYNC_DATABASE = "servicetitan.sqlite"
# How often a worker asks again for a feed another worker holds (it takes over when that
# worker dies) and, once every feed it holds is done, whether the others have finished.
SYNC_LEASE_RETRY_SECONDS = 1.0
# A second writer (another process) waits this long for SQLite's write lock before failing.
SQLITE_BUSY_TIMEOUT_SECONDS = 30.0
# Tables live in this PostgreSQL schema, so they never collide with the user's own.
POSTGRESQL_SCHEMA = "servicetitan"
# First key of every advisory lock the sync takes (b"STCM"); the second is the feed's lease key.
POSTGRESQL_LOCK_NAMESPACE = 0x5354434D
POSTGRESQL_CONNECT_TIMEOUT_SECONDS = 10
# First key of a tenant's advisory lock (b"STCN"): the worker holding it is the only one that
# sends the tenant's requests, so the fleet stays inside the tenant's one rate budget.
POSTGRESQL_TENANT_LOCK_NAMESPACE = 0x5354434E
# Connections that commit batches, per worker, whatever the number of tenants (plus the session
# that holds the locks): the fleet's connection count is workers x (this + 1).
# The sync paces each tenant a little under the platform's limit: requests are counted where they
# arrive, and a busy event loop (decoding six feeds' batches) can bring two of them closer than
# they were scheduled. The headroom keeps a fleet inside the budget instead of leaning on 429s.
SYNC_RATE_HEADROOM = 0.95
# The window of the platform's per-tenant rate limit. A worker taking a tenant that another worker
# served less than this long ago waits out the rest, so the two holders' requests never count
# against the same window of the tenant's one budget.
TENANT_RATE_WINDOW_SECONDS = 1.0
POSTGRESQL_WRITER_CONNECTIONS = 4
# A broken session (PostgreSQL restarted) is reopened: this many attempts, the waits between
# them doubling from the first to the cap (about 20 s in all), before the failure is reported and
# the feeds try again at their next poll.
POSTGRESQL_RECONNECT_ATTEMPTS = 8
POSTGRESQL_RECONNECT_WAIT_INITIAL_SECONDS = 0.25
POSTGRESQL_RECONNECT_WAIT_MAX_SECONDS = 5.0
# A query on the store's shared connection or a lease's is not interrupted by SIGINT/SIGTERM
# (psycopg closes a connection whose query was cancelled, and the run still needs it for the
# table counts); it is cut off only when it has not ended this long after it started.
POSTGRESQL_UNINTERRUPTED_QUERY_SECONDS = 30.0
# An export answer whose body is not JSON (a proxy cut it short) is asked for this many times in
# all, waiting this long times the attempt number before each new one, then the feed fails.
SYNC_BODY_ATTEMPTS = 4
SYNC_BODY_RETRY_WAIT_SECONDS = 0.5
# Plain (non-terminal) progress: at most one line per feed this often, besides state changes.
SYNC_LOG_INTERVAL_SECONDS = 5.0
# `--simulate` without `--tenant`: these seeded tenants, this many customers each.
SIMULATED_TENANTS = (1000, 1001, 1002)
SIMULATED_CUSTOMERS = 1000
