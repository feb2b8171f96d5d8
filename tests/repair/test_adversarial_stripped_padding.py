"""stripped_padding under review: restoring padding is no fix when the decoder reads another
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


# Hole in stripped_padding: padding restored on a payload the documentation says was cut.
COOKIES = '''
    """Session cookies, and short ids for the access log."""

    from __future__ import annotations

    import base64


    def log_id(raw: bytes) -> str:
        """A short base32 id for the access log."""
        return base64.b32encode(raw).decode().rstrip("=")


    def session_payload(value: str) -> bytes:
        """The payload of a session cookie: standard base64, always sent with its
        padding. A payload whose padding is missing was cut by a proxy on the way, and is
        refused (binascii.Error) rather than read as a shorter session."""
        return base64.b64decode(value)
'''

COOKIES_TESTS = '''
    import base64

    from web.cookies import session_payload


    def test_session_payload() -> None:
        value = base64.b64encode(b"user=42;role=admin").decode()
        assert session_payload(value) == b"user=42;role=admin"
'''


def test_a_payload_documented_as_cut_stays_refused(tmp_path: Path) -> None:
    cut = 'base64.b64encode(b"user=42;role=admin;exp=1").decode()[:-2]'
    check = ('import base64, binascii\nfrom web.cookies import session_payload\n'
             f'try:\n    session_payload({cut})\nexcept binascii.Error:\n    pass\n'
             'else:\n    raise AssertionError("a cut payload was read")\n')
    data = fix_and_check(
        tmp_path, {"web/__init__.py": "", "web/cookies.py": COOKIES,
                   "tests/__init__.py": "", "tests/test_cookies.py": COOKIES_TESTS},
        f'import base64\nfrom web.cookies import session_payload\nsession_payload({cut})',
        check)
    assert data is not None


INVITES = '''
    """Invitation links."""

    from __future__ import annotations

    import base64


    def invited_user(token: str) -> bytes:
        """The user id of an invitation token: URL-safe base64 of the id, with the ``=``
        padding left off so that the token fits in a link."""
        return base64.b64decode(token)
'''

INVITES_TESTS = '''
    from teams.invites import invited_user


    def test_invited_user() -> None:
        assert invited_user("YWJjZGVm") == b"abcdef"
'''


def test_documented_unpadded_url_safe_tokens_are_not_padded_for_the_standard_decoder(
        tmp_path: Path) -> None:
    token = 'base64.urlsafe_b64encode(bytes.fromhex("33e262fe7f96e0")).decode().rstrip("=")'
    check = ('import base64\nfrom teams.invites import invited_user\n'
             f'try:\n    found = invited_user({token})\nexcept ValueError:\n    pass\n'
             'else:\n    assert found == bytes.fromhex("33e262fe7f96e0"), found.hex()\n')
    data = fix_and_check(
        tmp_path, {"teams/__init__.py": "", "teams/invites.py": INVITES,
                   "tests/__init__.py": "", "tests/test_invites.py": INVITES_TESTS},
        f'import base64\nfrom teams.invites import invited_user\ninvited_user({token})', check)
    assert data is not None


# Hole in stripped_padding: padding stripped from unrelated ids backs padding a partner
HOOKS = '''
    """Partner webhooks, and the short ids we give their deliveries."""

    from __future__ import annotations

    import base64
    import os


    def delivery_id() -> str:
        """A short random id for the delivery log."""
        return base64.b64encode(os.urandom(8)).decode().rstrip("=")


    def deleted_ids(data: str) -> list[int]:
        """The ids of the records the partner deleted: the webhook's ``data`` field is
        standard base64 of the ids, comma-separated, with padding as RFC 4648 has it."""
        return [int(i) for i in base64.b64decode(data).decode().split(",")]
'''

HOOKS_TESTS = '''
    import base64

    from partner.hooks import delivery_id, deleted_ids


    def test_deleted_ids() -> None:
        assert deleted_ids(base64.b64encode(b"1,2").decode()) == [1, 2]
        assert len(delivery_id()) == 11
'''


def test_ids_stripped_elsewhere_do_not_make_a_partner_payload_one_to_pad(
        tmp_path: Path) -> None:
    # The partner's list lost its end on the way: padded, it reads as other ids.
    cut = 'base64.b64encode(b"1001,1002,13").decode()[:-1]'
    check = ('import base64\nfrom partner.hooks import deleted_ids\n'
             f'try:\n    found = deleted_ids({cut})\nexcept ValueError:\n    pass\n'
             'else:\n    raise AssertionError(f"a cut payload was read: {found}")\n')
    data = fix_and_check(
        tmp_path, {"partner/__init__.py": "", "partner/hooks.py": HOOKS,
                   "tests/__init__.py": "", "tests/test_hooks.py": HOOKS_TESTS},
        f'import base64\nfrom partner.hooks import deleted_ids\ndeleted_ids({cut})', check)
    assert data is not None
