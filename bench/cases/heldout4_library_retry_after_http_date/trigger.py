"""The billing sync hits the partner's rate limit, which answers with an HTTP date."""

from datetime import datetime, timezone

from httpkit.client import Response, send_with_retries

answers = [
    Response(429, {"Retry-After": "Wed, 25 Nov 2026 12:00:45 GMT", "Content-Type": "application/json"}),
    Response(200, body=b"{}"),
]
send_with_retries(
    lambda: answers.pop(0),
    lambda seconds: None,
    lambda: datetime(2026, 11, 25, 12, 0, 0, tzinfo=timezone.utc),
)
