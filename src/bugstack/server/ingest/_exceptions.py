"""What the ingest answers when it cannot take a request.

Every refusal is an ``IngestError`` carrying the HTTP status that tells an SDK what to do:

    IngestError
    ├── BadPayload          400  malformed JSON, envelope or compression; do not retry
    ├── Unauthorized        401  no key, or not a key bugstack ever issued
    ├── Forbidden           403  a revoked key, or a key of another project
    ├── PayloadTooLarge     413  over a size limit, on the wire or once decompressed
    ├── RateLimited         429  over the project's rate; retry after ``retry_after`` seconds
    └── Unavailable         503  storage is down, full or overloaded; nothing was stored,
                                 retry after ``retry_after`` seconds (sent as Retry-After)
"""

from __future__ import annotations

__all__ = [
    "BadPayload",
    "Forbidden",
    "IngestError",
    "PayloadTooLarge",
    "RateLimited",
    "Unauthorized",
    "Unavailable",
]


class IngestError(Exception):
    status = 500

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BadPayload(IngestError):
    status = 400


class Unauthorized(IngestError):
    status = 401


class Forbidden(IngestError):
    status = 403


class PayloadTooLarge(IngestError):
    status = 413


class RateLimited(IngestError):
    status = 429

    def __init__(self, reason: str, retry_after: int) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Unavailable(IngestError):
    status = 503

    def __init__(self, reason: str, retry_after: int = 10) -> None:
        super().__init__(reason)
        # Sent as Retry-After: SDKs back off that long instead of retrying at once, which
        # would only pile more load on a server that is recovering.
        self.retry_after = retry_after
