"""base64_padding under review: restoring padding is no fix when the decoder reads another
alphabet than the encoder wrote (the URL-safe token fed to the standard decoder)."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

LINKS = '''
    """Share links for documents."""

    from __future__ import annotations

    import base64


    def share_token(document: bytes) -> str:
        """The document id in URL-safe base64, ``=`` left off for the link."""
        return base64.urlsafe_b64encode(document).decode().rstrip("=")


    def document_id(token: str) -> bytes:
        """The document id a share token was made from."""
        return base64.b64decode(token)
'''

LINKS_TESTS = '''
    from docs.links import document_id, share_token


    def test_round_trip() -> None:
        assert document_id(share_token(b"abcdef")) == b"abcdef"
'''


def test_padding_is_no_fix_for_a_decoder_of_the_other_alphabet(tmp_path: Path) -> None:
    # The token holds "-" and "_": the standard decoder drops them once the padding is
    # there, and answers other bytes than the id the token was made from.
    check = ('from docs.links import document_id, share_token\n'
             'original = bytes.fromhex("33e262fe7f96e0")\n'
             'try:\n    found = document_id(share_token(original))\n'
             'except ValueError:\n    pass\n'
             'else:\n    assert found == original, found.hex()\n')
    data = fix_and_check(
        tmp_path, {"docs/__init__.py": "", "docs/links.py": LINKS,
                   "tests/__init__.py": "", "tests/test_links.py": LINKS_TESTS},
        'from docs.links import document_id, share_token\n'
        'document_id(share_token(bytes.fromhex("33e262fe7f96e0")))', check)
    assert data is not None
