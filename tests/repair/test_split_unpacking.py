"""``key, value = line.split("=")`` meets a value with ``=`` in it: the split stops after
the fields the code names, when the documentation or the captured text says which field
takes the rest."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.split_unpacking import SplitUnpacking
from tests.repair.apps import capture_event, make_repo, run_fix
from tests.repair.crash_sites import crash_at

SETTINGS = '''
    """Settings, one ``KEY=VALUE`` per line.

    The value is everything after the first ``=``: URLs carry query strings.
    """


    def parse_lines(lines: list[str]) -> dict[str, str]:
        values: dict[str, str] = {}
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, value = line.split("=")
            values[key.strip().upper()] = value.strip()
        return values


    def pairs(text: str) -> list[str]:
        return text.split("=")
'''

TOO_MANY = "too many values to unpack (expected 2)"
URL_LINE = "'WEBHOOK=https://chat.example.com/hooks?token=abc='"


def _propose(tmp_path: Path, source: str, needle: str, message: str = TOO_MANY,
             values: dict[str, object] | None = None) -> list[tuple[str, str | None]]:
    site, analysis = crash_at(tmp_path, {"conf/settings.py": source}, "conf/settings.py",
                              needle, "ValueError", message, values)
    return [(c.edits["conf/settings.py"], c.contract)
            for c in SplitUnpacking().propose(site, analysis)]


def test_the_documented_rest_goes_to_the_last_field(tmp_path: Path) -> None:
    [(after, contract)] = _propose(tmp_path, SETTINGS, "key, value =")
    before = textwrap.dedent(SETTINGS).lstrip("\n")
    assert after == before.replace('key, value = line.split("=")',
                                   'key, value = line.split("=", 1)')
    assert contract is not None and "everything after the first" in contract
    # Another split in the module is not the crash's business.
    assert 'return text.split("=")' in after


def test_rsplit_keeps_the_rest_in_the_first_field(tmp_path: Path) -> None:
    source = '''
        def parse(address: str) -> tuple[str, int]:
            # The host is everything before the last colon (IPv6 hosts have several).
            host, port = address.rsplit(":")
            return host, int(port)
    '''
    [(after, _)] = _propose(tmp_path, source, "host, port =")
    assert 'host, port = address.rsplit(":", 1)' in after


def test_whitespace_split_and_map_are_limited_by_keyword(tmp_path: Path) -> None:
    source = '''
        def parse(line: str) -> tuple[str, str]:
            """The command's argument is the rest of the line after the first space."""
            command, argument = map(str.strip, line.split())
            return command, argument
    '''
    [(after, _)] = _propose(tmp_path, source, "command, argument =")
    assert "command, argument = map(str.strip, line.split(maxsplit=1))" in after
    listed = source.replace("map(str.strip, line.split())",
                            "[part.strip() for part in line.split()]")
    [(after, _)] = _propose(tmp_path, listed, "command, argument =")
    assert "command, argument = [part.strip() for part in line.split(maxsplit=1)]" in after
    # A comprehension that filters does not give one value per field: left alone.
    filtered = source.replace("map(str.strip, line.split())",
                              "[part for part in line.split() if part]")
    assert _propose(tmp_path, filtered, "command, argument =") == []


def test_the_captured_text_backs_it_when_the_key_is_a_plain_name(tmp_path: Path) -> None:
    source = '''
        def parse(line: str) -> tuple[str, str]:
            key, value = line.split("=")
            return key, value
    '''
    [(after, contract)] = _propose(tmp_path, source, "key, value =", values={"line": URL_LINE})
    assert 'key, value = line.split("=", 1)' in after
    assert contract is not None and "captured text" in contract


def test_a_silent_contract_and_symmetric_text_propose_nothing(tmp_path: Path) -> None:
    source = '''
        def parse(address: str) -> tuple[str, str]:
            user, domain = address.split("@")
            return user, domain
    '''
    # "a@b@c": either field could hold the extra "@"; nothing says which.
    assert _propose(tmp_path, source, "user, domain =", values={"address": "'a@b@c'"}) == []
    assert _propose(tmp_path, source, "user, domain =") == []


def test_documentation_for_the_other_field_backs_nothing(tmp_path: Path) -> None:
    source = '''
        def parse(line: str) -> tuple[str, str]:
            """The key is everything before the last ``=``."""
            key, value = line.split("=")
            return key, value
    '''
    assert _propose(tmp_path, source, "key, value =") == []


def test_a_sentence_about_another_separator_or_a_comment_backs_nothing(tmp_path: Path) -> None:
    source = '''
        """Lines read ``KEY = VALUE``; a ``#`` comments out the rest of the line.

        The label is everything after the first colon.
        """


        def parse(line: str) -> tuple[str, str]:
            key, value = line.split("=")
            return key, value
    '''
    assert _propose(tmp_path, source, "key, value =") == []


def test_other_shapes_and_errors_get_nothing(tmp_path: Path) -> None:
    source = '''
        """The value is everything after the first ``=``."""


        def parse(line: str, sep: str) -> tuple[str, str]:
            key, value = line.split(sep)
            first, *rest = line.split("=")
            return key, value
    '''
    assert _propose(tmp_path, source, "key, value =") == []  # a separator in a variable
    assert _propose(tmp_path, SETTINGS, "key, value =",
                    message="not enough values to unpack (expected 2, got 1)") == []


CONF_APP = '''
    """Reads ``app.conf``: one ``KEY=VALUE`` per line; the value is everything after the
    first ``=``, since tokens may end in ``=``."""


    def read(text: str) -> dict[str, str]:
        values = {}
        for line in text.splitlines():
            name, value = line.split("=")
            values[name] = value
        return values
'''

CONF_TESTS = '''
    from conf.reader import read


    def test_read():
        assert read("A=1\\nB=2") == {"A": "1", "B": "2"}
'''


def test_a_value_with_the_separator_is_fixed_end_to_end(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"conf/__init__.py": "", "conf/reader.py": CONF_APP,
                                         "tests/test_reader.py": CONF_TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from conf.reader import read
        read("TOKEN=c2VjcmV0=")
    ''')
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert '+        name, value = line.split("=", 1)' in data["patch"]
    assert "'TOKEN': 'c2VjcmV0='" in data["regression_test"]["content"]
