"""Storing API tokens as hashes rather than as they were issued."""

import hashlib


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()  # never store the token itself


if __name__ == "__main__":
    print(token_fingerprint("s3cr3t-token"))
