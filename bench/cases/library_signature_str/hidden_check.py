import hashlib
import hmac

from webhooks.signing import sign_with_timestamp


def test_timestamped_signature() -> None:
    expected = hmac.new(b"s3cret", b'1700000000.{"id": 1}', hashlib.sha256).hexdigest()
    assert sign_with_timestamp("s3cret", '{"id": 1}', 1700000000) == expected


def test_non_ascii_body_is_utf8() -> None:
    expected = hmac.new(b"k", "5.caf\u00e9".encode(), hashlib.sha256).hexdigest()
    assert sign_with_timestamp("k", "caf\u00e9", 5) == expected
