"""A customer switches their endpoint to timestamped signatures."""

from webhooks.signing import sign_with_timestamp

sign_with_timestamp("s3cret", '{"id": 1}', 1700000000)
