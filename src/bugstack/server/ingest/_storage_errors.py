"""Telling a storage outage from a bug, and a full disk from a lost connection.

The writer answers every request of a failed batch 503 either way (nothing was stored, the
SDK retries later), but the operator needs to know *why*: a log line that says the disk is
full points at the fix, where "storage unavailable" would send them to the database server.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError, OperationalError

__all__ = ["StorageFailure", "classify"]

# SQLite: SQLITE_FULL ("database or disk is full"), or the OS's ENOSPC while writing the
# WAL or a temporary file. PostgreSQL: SQLSTATE 53100 disk_full ("could not extend file …:
# No space left on device"), and 53000/53200 out of resources or memory.
_FULL_MESSAGES = ("database or disk is full", "no space left on device", "disk full",
                  "could not extend file", "could not write to file")
_FULL_SQLSTATES = ("53000", "53100", "53200")


class StorageFailure(Enum):
    FULL = "storage full"
    DOWN = "storage unavailable"
    BUG = "ingest batch failed"


def classify(exc: BaseException) -> StorageFailure:
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC outside the driver
        return StorageFailure.FULL
    if not isinstance(exc, DBAPIError):
        return StorageFailure.BUG
    sqlstate = getattr(exc.orig, "sqlstate", None)
    text = str(exc.orig).lower()
    if sqlstate in _FULL_SQLSTATES or any(message in text for message in _FULL_MESSAGES):
        return StorageFailure.FULL
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return StorageFailure.DOWN
    return StorageFailure.BUG
