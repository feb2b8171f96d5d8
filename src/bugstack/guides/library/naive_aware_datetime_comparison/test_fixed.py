# mypy: disable-error-code="import-not-found"
from datetime import UTC, datetime, timedelta

from fixed import is_expired


def test_a_past_expiry_with_an_offset_has_expired() -> None:
    assert is_expired({"expires_at": "2020-01-01T00:00:00+00:00"})


def test_a_future_expiry_in_another_zone_has_not() -> None:
    later = (datetime.now(UTC) + timedelta(hours=1)).astimezone().isoformat()
    assert not is_expired({"expires_at": later})
