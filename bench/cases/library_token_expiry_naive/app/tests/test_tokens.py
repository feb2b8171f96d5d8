from datetime import timedelta

from tokens.tokens import age, is_valid, issue, parse


def test_token_without_expiry_is_valid() -> None:
    assert is_valid(issue("abc", None))


def test_parse() -> None:
    token = parse({"value": "x", "issued_at": "2024-01-01T00:00:00+00:00"})
    assert token.expires_at is None
    assert age(token) > timedelta(days=1)


def test_unknown_token_is_refused() -> None:
    from tokens.tokens import authenticate

    assert not authenticate(None)
