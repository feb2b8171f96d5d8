"""A helper returning a raw ``.digest()`` where the code documents the hex form: it returns
``.hexdigest()``; nothing is proposed when the code is silent or documents bytes."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.hex_digests import HexDigestDocumented
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

TOKENS = '''
    """Webhook delivery tokens."""
    import hashlib
    import hmac

    KEY = b"webhook-key"


    def _mac(payload: str) -> "hmac.HMAC":
        return hmac.new(KEY, payload.encode(), hashlib.sha256)


    def token(payload: str):
        """The delivery's ``token`` field: the HMAC-SHA256 of the payload in hex."""
        return _mac(payload).digest()


    def fingerprint(payload: str) -> bytes:
        return hashlib.sha1(payload.encode()).digest()


    def valid(payload: str, given: str) -> bool:
        return hmac.compare_digest(given, _mac(payload).hexdigest())
'''

HOOKS = '''
    import json

    from hooks.tokens import token


    def delivery(payload: str) -> str:
        return json.dumps({"payload": payload, "token": token(payload)})
'''

MESSAGE = "Object of type bytes is not JSON serializable"


def _propose(tmp_path: Path, tokens: str = TOKENS,
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"hooks/__init__.py": "", "hooks/tokens.py": tokens,
                                         "hooks/send.py": HOOKS},
                              "hooks/send.py", "json.dumps(", "TypeError", message,
                              {"payload": "'order 7 paid'"})
    return list(HexDigestDocumented().propose(site, analysis))


def test_a_documented_hex_token_returns_the_hex_digest(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["hooks/tokens.py"]
    assert after == textwrap.dedent(TOKENS).lstrip("\n").replace(
        "return _mac(payload).digest()", "return _mac(payload).hexdigest()")
    # another helper's raw digest, declared bytes, is left alone
    assert "hashlib.sha1(payload.encode()).digest()" in after
    assert found[0].contract is not None and "in hex" in found[0].contract


def test_a_sibling_comparing_against_the_hex_form_backs_it_alone(tmp_path: Path) -> None:
    silent = TOKENS.replace(' in hex."""', '."""')
    found = _propose(tmp_path, silent)
    assert len(found) == 1 and "valid" in (found[0].contract or "")
    assert found[0].plausibility < 0.85


def test_silent_docstring_and_no_hex_sibling_back_nothing(tmp_path: Path) -> None:
    silent = TOKENS.replace(' in hex."""', '."""').replace(
        "_mac(payload).hexdigest()", "_mac(payload).digest().decode('latin-1')")
    assert _propose(tmp_path, silent) == []


def test_a_docstring_speaking_of_base64_or_bytes_backs_nothing(tmp_path: Path) -> None:
    base64 = TOKENS.replace("of the payload in hex.", "of the payload, base64 in hex form.")
    assert _propose(tmp_path, base64) == []
    declared = TOKENS.replace("def token(payload: str):", "def token(payload: str) -> bytes:")
    assert _propose(tmp_path, declared) == []


def test_another_serialisation_error_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="Object of type set is not JSON serializable") == []


TESTS = '''
    from hooks.tokens import valid


    def test_invalid_token_refused():
        assert not valid("x", "nope")
'''

TRIGGER = 'from hooks.send import delivery\ndelivery("order 7 paid")'


def test_a_delivery_carries_a_token_its_receiver_accepts(tmp_path: Path) -> None:
    check = ('import json\nfrom hooks.send import delivery\nfrom hooks.tokens import valid\n'
             'sent = json.loads(delivery("order 7 paid"))\n'
             'assert len(sent["token"]) == 64 and valid("order 7 paid", sent["token"])')
    data = fix_and_check(tmp_path, {"hooks/__init__.py": "", "hooks/tokens.py": TOKENS,
                                    "hooks/send.py": HOOKS, "tests/test_tokens.py": TESTS},
                         TRIGGER, check)
    assert data is not None and data["status"] == "fixed"
    assert "_mac(payload).hexdigest()" in data["patch"]


def test_a_token_documented_as_raw_bytes_is_not_turned_into_hex(tmp_path: Path) -> None:
    # Adversarial: the receiver wants the raw digest's base64; hex would be refused. The
    # engine must not pick hex because a sibling happens to use it for something else.
    raw = TOKENS.replace("of the payload in hex.", "of the payload as raw bytes, "
                                                   "base64-encoded by the sender.")
    check = ('import json\nfrom hooks.send import delivery\n'
             'try:\n    sent = json.loads(delivery("order 7 paid"))\n'
             'except TypeError:\n    pass\n'
             'else:\n    assert len(sent["token"]) != 64, "a raw token was sent as hex"')
    data = fix_and_check(tmp_path, {"hooks/__init__.py": "", "hooks/tokens.py": raw,
                                    "hooks/send.py": HOOKS, "tests/test_tokens.py": TESTS},
                         TRIGGER, check)
    assert data is not None and data["status"] != "fixed"
    tried = data["checks"].get("candidates") or []
    assert all(c.get("strategy") != "hex-digest-documented" for c in tried), tried
