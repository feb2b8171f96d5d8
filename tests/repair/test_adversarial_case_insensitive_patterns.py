"""case_insensitive_patterns under review: "case-insensitive" said of one part of a text
(the scheme name, the header names) does not make the whole pattern ignore case when the
same documentation says the rest is case-sensitive."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

AUTH = '''
    """API authentication."""

    from __future__ import annotations

    import re

    _AUTHORIZATION = re.compile(r"Bearer\\s+(?P<token>ntk_[a-z0-9]{8})")


    def bearer_token(header: str) -> str:
        """The API token of an Authorization header. The scheme name is case-insensitive
        (``Bearer``, ``bearer`` and ``BEARER`` are the same scheme); the token is not:
        tokens are ``ntk_`` and eight lowercase letters or digits, and ``NTK_...`` is no
        token of ours and must never be accepted."""
        return _AUTHORIZATION.fullmatch(header).group("token")
'''

AUTH_TESTS = '''
    from api.auth import bearer_token


    def test_bearer_token() -> None:
        assert bearer_token("Bearer ntk_abcd1234") == "ntk_abcd1234"
'''


def test_a_token_documented_case_sensitive_keeps_its_case(tmp_path: Path) -> None:
    check = ('from api.auth import bearer_token\n'
             'try:\n    found = bearer_token("Bearer NTK_ABCD1234")\n'
             'except Exception:\n    pass\n'
             'else:\n    raise AssertionError(f"an upper-case token was accepted: {found}")\n')
    data = fix_and_check(
        tmp_path, {"api/__init__.py": "", "api/auth.py": AUTH,
                   "tests/__init__.py": "", "tests/test_auth.py": AUTH_TESTS},
        'from api.auth import bearer_token\nbearer_token("bearer ntk_abcd1234")', check)
    assert data is not None


HOOKS = '''
    """Webhook verification. Header names are case-insensitive, as HTTP has them: read
    them through ``headers.get``."""

    from __future__ import annotations

    import re

    _SIGNATURE = re.compile(r"v1=(?P<digest>[0-9a-f]{64})")


    def signature_digest(value: str) -> str:
        """The digest of a ``Signature`` header value. It is compared byte for byte with
        the one we compute, so only the exact ``v1=`` and lowercase hex we send is
        accepted."""
        return _SIGNATURE.fullmatch(value).group("digest")
'''

HOOKS_TESTS = '''
    from hooks.verify import signature_digest


    def test_signature_digest() -> None:
        assert signature_digest("v1=" + "ab" * 32) == "ab" * 32
'''


def test_case_insensitive_header_names_do_not_make_the_digest_so(tmp_path: Path) -> None:
    check = ('from hooks.verify import signature_digest\n'
             'for value in ("V1=" + "ab" * 32, "v1=" + "AB" * 32):\n'
             '    try:\n        found = signature_digest(value)\n'
             '    except Exception:\n        pass\n'
             '    else:\n        raise AssertionError(f"accepted {value}")\n')
    data = fix_and_check(
        tmp_path, {"hooks/__init__.py": "", "hooks/verify.py": HOOKS,
                   "tests/__init__.py": "", "tests/test_verify.py": HOOKS_TESTS},
        'from hooks.verify import signature_digest\nsignature_digest("V1=" + "ab" * 32)',
        check)
    assert data is not None


# Hole in case_insensitive_patterns: re.IGNORECASE on the whole pattern lets in a token
API = '''
    import re

    from flask import Flask, abort, request

    app = Flask(__name__)
    ACCOUNTS = {"ntk_abcd1234": "ada"}
    _AUTHORIZATION = re.compile(r"Bearer\\s+(?P<token>ntk_[a-z0-9]{8})")


    @app.route("/me")
    def me():
        """The account of the request's API token. The scheme name is case-insensitive
        (Bearer, bearer and BEARER are the same scheme); the token is not: tokens are
        ntk_ and eight lowercase letters or digits, and anything else is no token of ours.
        A request without a bearer token is answered 401."""
        header = request.headers.get("Authorization", "")
        token = _AUTHORIZATION.fullmatch(header).group("token")
        if token.lower() not in ACCOUNTS:
            abort(401)
        return {"user": ACCOUNTS[token.lower()]}
'''

API_TESTS = '''
    from api import app


    def test_me():
        client = app.test_client()
        got = client.get("/me", headers={"Authorization": "Bearer ntk_abcd1234"})
        assert got.get_json() == {"user": "ada"}
'''


def test_a_documented_401_does_not_let_an_upper_case_token_in(tmp_path: Path) -> None:
    check = ('from api import app\n'
             'got = app.test_client().get("/me", headers={"Authorization": '
             '"Bearer NTK_ABCD1234"})\n'
             'assert got.status_code == 401, got.get_data()\n')
    data = fix_and_check(
        tmp_path, {"api/__init__.py": API, "tests/test_api.py": API_TESTS},
        'from api import app\n'
        'app.test_client().get("/me", headers={"Authorization": "bearer ntk_abcd1234"})',
        check, framework="flask")
    assert data is not None


TICKETS = '''
    """Ticket references in commit messages."""

    from __future__ import annotations

    import re

    _REFERENCE = re.compile(r"Fixes\\s+#(?P<number>\\d+)")


    def fixed_ticket(message: str) -> int:
        """The ticket a commit message closes, written `Fixes #123` at its start. In any
        case, `Fixes` must be the message's first word, as the release tooling expects."""
        return int(_REFERENCE.match(message).group("number"))
'''

TICKETS_TESTS = '''
    from repo.tickets import fixed_ticket


    def test_fixed_ticket() -> None:
        assert fixed_ticket("Fixes #12: crash on save") == 12
'''


def test_in_any_case_meaning_anyway_does_not_make_the_word_ignore_case(
        tmp_path: Path) -> None:
    check = ('from repo.tickets import fixed_ticket\n'
             'try:\n    found = fixed_ticket("fixes #12 later")\n'
             'except Exception:\n    pass\n'
             'else:\n    raise AssertionError(f"a lower-case reference was taken: {found}")\n')
    data = fix_and_check(
        tmp_path, {"repo/__init__.py": "", "repo/tickets.py": TICKETS,
                   "tests/__init__.py": "", "tests/test_tickets.py": TICKETS_TESTS},
        'from repo.tickets import fixed_ticket\nfixed_ticket("fixes #12 later")', check)
    assert data is not None


# Hole in case_insensitive_patterns: 'case-insensitive' named in a sentence that denies it.
GATEWAY = '''
    """Requests forwarded by the API gateway."""

    from __future__ import annotations

    import re

    _AUTHORIZATION = re.compile(r"Bearer\\s+(?P<token>[a-z0-9]{12})")


    def bearer_token(header: str) -> str:
        """The token of an Authorization header as the gateway forwards it. HTTP calls the
        scheme name case-insensitive, but our gateway rewrites it to `Bearer`, so a header
        spelled `bearer` did not come through the gateway and is not accepted."""
        return _AUTHORIZATION.fullmatch(header).group("token")
'''

GATEWAY_TESTS = '''
    from api.gateway import bearer_token


    def test_bearer_token() -> None:
        assert bearer_token("Bearer abcd1234efgh") == "abcd1234efgh"
'''


def test_case_insensitivity_named_to_be_denied_is_not_applied(tmp_path: Path) -> None:
    check = ('from api.gateway import bearer_token\n'
             'try:\n    found = bearer_token("bearer abcd1234efgh")\n'
             'except Exception:\n    pass\n'
             'else:\n    raise AssertionError(f"a header from outside was accepted: {found}")\n')
    data = fix_and_check(
        tmp_path, {"api/__init__.py": "", "api/gateway.py": GATEWAY,
                   "tests/__init__.py": "", "tests/test_gateway.py": GATEWAY_TESTS},
        'from api.gateway import bearer_token\nbearer_token("bearer abcd1234efgh")', check)
    assert data is not None
