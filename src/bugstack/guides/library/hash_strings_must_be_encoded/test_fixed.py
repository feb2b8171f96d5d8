# mypy: disable-error-code="import-not-found"
from fixed import token_fingerprint


def test_the_fingerprint_is_the_sha256_of_the_utf8_text() -> None:
    assert token_fingerprint("abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_non_ascii_tokens_hash_too() -> None:
    assert len(token_fingerprint("jeton-été")) == 64
