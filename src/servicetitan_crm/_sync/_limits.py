"""What fits a typed column: the ranges both databases store (policy numbers of the sync tables)."""

from __future__ import annotations

__all__ = [
    "INT32_RANGE",
    "INT64_RANGE",
    "MIGRATION_PAGE_ROWS",
    "NUMERIC_EXPONENT_RANGE",
    "PLAIN_NUMBER_CHARS",
    "SQLITE_IDS_PER_QUERY",
    "SQLITE_ROWS_PER_STATEMENT",
]

# An int64 (BIGINT) column, and an int32 property's values (its column is a BIGINT too).
INT64_RANGE = (-(2**63), 2**63 - 1)
INT32_RANGE = (-(2**31), 2**31 - 1)
# PostgreSQL's NUMERIC holds up to 131072 digits before the decimal point and 16383 after:
# a number outside these decimal exponents (`Decimal.adjusted()`) does not fit.
NUMERIC_EXPONENT_RANGE = (-16383, 131071)
# A JSON number this short without an exponent always fits, so only longer ones are checked.
PLAIN_NUMBER_CHARS = 100
# Rows per SQLite insert statement. sqlite3 lets other threads run (releases the GIL) at every
# step of a statement, so a row per statement hands the GIL back and forth with the event loop
# for every row of a batch; 50 rows of ~30 parameters stay well under SQLite's limit on
# parameters (32766).
SQLITE_ROWS_PER_STATEMENT = 50
# Ids per `IN (...)` query in SQLite: well under its limit on parameters (32766).
SQLITE_IDS_PER_QUERY = 500
# A backfill or rebuild reads the stored records this many rows at a time (bounded memory).
MIGRATION_PAGE_ROWS = 2000
