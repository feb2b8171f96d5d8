from datetime import datetime, timezone

from httpkit.client import Response, send_with_retries
from httpkit.retry import retry_delay

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def test_backoff_without_header() -> None:
    assert [retry_delay({}, attempt, NOW) for attempt in range(4)] == [2.0, 4.0, 8.0, 16.0]
    assert retry_delay({}, 20, NOW) == 300.0


def test_retry_after_in_seconds() -> None:
    assert retry_delay({"Retry-After": "120"}, 0, NOW) == 120.0
    assert retry_delay({"Retry-After": "3600"}, 0, NOW) == 300.0


def test_send_with_retries() -> None:
    answers = [Response(503, {"Retry-After": "5"}), Response(429), Response(200, body=b"ok")]
    slept: list[float] = []
    response = send_with_retries(lambda: answers.pop(0), slept.append, lambda: NOW)
    assert response.body == b"ok"
    assert slept == [5.0, 4.0]


def test_gives_up() -> None:
    slept: list[float] = []
    response = send_with_retries(lambda: Response(503), slept.append, lambda: NOW, max_attempts=3)
    assert response.status == 503
    assert slept == [2.0, 4.0]
