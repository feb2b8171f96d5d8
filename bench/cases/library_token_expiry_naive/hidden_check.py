from datetime import timedelta

from tokens.tokens import authenticate, is_valid, issue, parse


def test_future_expiry_is_valid() -> None:
    assert is_valid(parse({"value": "k1", "issued_at": "2024-01-01T00:00:00+00:00", "expires_at": "2099-01-01T00:00:00+00:00"}))


def test_past_expiry_is_invalid() -> None:
    assert not is_valid(parse({"value": "k2", "issued_at": "2020-01-01T00:00:00+00:00", "expires_at": "2020-02-01T00:00:00+00:00"}))


def test_offset_is_respected() -> None:
    token = issue("k3", timedelta(minutes=30))
    assert is_valid(token)
    assert not is_valid(issue("k4", timedelta(minutes=-1)))


def test_authenticate() -> None:
    assert authenticate({"value": "k1", "issued_at": "2024-01-01T00:00:00+00:00", "expires_at": "2099-01-01T00:00:00+00:00"})
    assert not authenticate(None)
