from datetime import datetime, timezone

from httpkit.client import Response, send_with_retries
from httpkit.retry import retry_delay

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def test_http_date_is_waited_for() -> None:
    assert retry_delay({"Retry-After": "Wed, 25 Nov 2026 12:00:45 GMT"}, 0, NOW) == 45.0
    assert retry_delay({"Retry-After": "Wed, 25 Nov 2026 12:02:00 GMT"}, 3, NOW) == 120.0


def test_past_date_means_now_and_far_date_is_capped() -> None:
    assert retry_delay({"Retry-After": "Wed, 25 Nov 2026 11:59:00 GMT"}, 0, NOW) == 0.0
    assert retry_delay({"Retry-After": "Thu, 26 Nov 2026 12:00:00 GMT"}, 0, NOW) == 300.0


def test_seconds_still_work() -> None:
    assert retry_delay({"Retry-After": "7"}, 2, NOW) == 7.0


def test_client_sleeps_until_the_date() -> None:
    answers = [Response(429, {"Retry-After": "Wed, 25 Nov 2026 12:00:45 GMT"}), Response(200, body=b"{}")]
    slept: list[float] = []
    assert send_with_retries(lambda: answers.pop(0), slept.append, lambda: NOW).status == 200
    assert slept == [45.0]
