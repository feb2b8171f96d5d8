"""A request authenticates with a stored token that has an expiry date."""

from tokens.tokens import authenticate

authenticate({"value": "k1", "issued_at": "2024-01-01T00:00:00+00:00", "expires_at": "2099-01-01T00:00:00+00:00"})
