"""Base64 decoded without the ``=`` padding a sibling encoder strips: the decoder restores
it (and its malformed-input handler catches what padding does not mend); nothing is
proposed without such a sibling."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.stripped_padding import StrippedPadding
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

CURSORS = '''
    import base64
    import json


    class BadCursor(ValueError):
        pass


    def encode_cursor(after: int) -> str:
        raw = json.dumps({"after": after}).encode()
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


    def decode_cursor(cursor: str) -> int:
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadCursor(cursor) from error
        return int(data["after"])


    def decode_padded(token: str) -> bytes:
        return base64.urlsafe_b64decode(token)
'''


def _propose(tmp_path: Path, cursors: str = CURSORS,
             value: str = "'eyJhZnRlciI6IDEwfQ'") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"pages/__init__.py": "", "pages/cursors.py": cursors},
                              "pages/cursors.py", "data = json.loads(", "Error",
                              "Incorrect padding", {"cursor": value})
    return list(StrippedPadding().propose(site, analysis))


def test_the_padding_the_encoder_strips_is_restored(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    expected = textwrap.dedent(CURSORS).lstrip("\n").replace(
        "import json\n", "import json\nimport binascii\n", 1).replace(
        "urlsafe_b64decode(cursor))", 'urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))'
    ).replace("except (UnicodeDecodeError, json.JSONDecodeError)",
              "except (UnicodeDecodeError, json.JSONDecodeError, binascii.Error)")
    assert found[0].edits["pages/cursors.py"] == expected
    # Another decoder of the module is left as it is.
    assert "return base64.urlsafe_b64decode(token)" in expected


def test_a_decoder_without_a_handler_only_gets_the_padding(tmp_path: Path) -> None:
    bare = CURSORS.replace('''        try:
            data = json.loads(base64.urlsafe_b64decode(cursor))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadCursor(cursor) from error
''', '''        data = json.loads(base64.urlsafe_b64decode(cursor))
''')
    found = _propose(tmp_path, bare)
    assert len(found) == 1
    after = found[0].edits["pages/cursors.py"]
    assert 'urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))' in after
    assert "binascii" not in after


def test_an_encoder_that_keeps_the_padding_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CURSORS.replace('.rstrip("=")', "")) == []


def test_another_codecs_encoder_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CURSORS.replace("urlsafe_b64encode", "b32encode")) == []


def test_bytes_get_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, value="b'eyJhZnRlciI6IDEwfQ'") == []


TESTS = '''
    from pages.cursors import decode_cursor, encode_cursor


    def test_round_trip() -> None:
        assert decode_cursor(encode_cursor(1000)) == 1000
'''


def test_every_cursor_the_encoder_makes_is_read_back(tmp_path: Path) -> None:
    trigger = 'from pages.cursors import decode_cursor\ndecode_cursor("eyJhZnRlciI6IDEwfQ")'
    check = ('from pages.cursors import BadCursor, decode_cursor, encode_cursor\n'
             'assert all(decode_cursor(encode_cursor(n)) == n for n in range(1, 100000, 997))\n'
             'for garbage in ("abcde", "!!!!", "bm90IGpzb24"):\n'
             '    try:\n        decode_cursor(garbage)\n'
             '    except BadCursor:\n        pass\n'
             '    else:\n        raise AssertionError(garbage)')
    data = fix_and_check(tmp_path, {"pages/__init__.py": "", "pages/cursors.py": CURSORS,
                                    "tests/test_cursors.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert '"=" * (-len(cursor) % 4)' in data["patch"]


def test_a_scrubbed_text_parameter_is_text_and_documented_padding_backs_nothing(
        tmp_path: Path) -> None:
    assert len(_propose(tmp_path / "scrubbed", value="[Filtered]")) == 1
    required = CURSORS.replace(
        "    def decode_cursor(cursor: str) -> int:\n",
        '    def decode_cursor(cursor: str) -> int:\n'
        '        """A cursor always carries its padding; one without it was cut."""\n')
    assert _propose(tmp_path / "required", required) == []
