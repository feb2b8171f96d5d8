"""Text documented as plain text that reached ``re.compile`` as a pattern is escaped there;
nothing is proposed when the documentation is silent or calls the value a pattern."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.literal_patterns import LiteralPattern
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

SEARCH = '''
    """The recipe index."""

    import re

    RECIPES = ["Fish (baked)", "C++ cake", "Pie 2.0"]


    def find(query: str) -> list[str]:
        """Recipes whose name contains ``query``.

        The query is matched as plain text, ignoring case: 'fish (baked' finds the fish.
        """
        pattern = re.compile(query, re.IGNORECASE)
        return [name for name in RECIPES if pattern.search(name)]


    def by_prefix(prefix: str) -> list[str]:
        return [name for name in RECIPES if re.match(prefix, name)]
'''

MESSAGE = "missing ), unterminated subpattern at position 5"


def _propose(tmp_path: Path, search: str = SEARCH, needle: str = "re.compile(query",
             values: dict[str, object] | None = None) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"index/__init__.py": "", "index/search.py": search},
                              "index/search.py", needle, "error", MESSAGE,
                              values if values is not None else {"query": "'fish (baked'"})
    return list(LiteralPattern().propose(site, analysis))


def test_documented_plain_text_is_escaped(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["index/search.py"]
    assert after == textwrap.dedent(SEARCH).lstrip("\n").replace(
        "re.compile(query, re.IGNORECASE)", "re.compile(re.escape(query), re.IGNORECASE)")
    assert "re.match(prefix, name)" in after  # left alone
    assert found[0].contract is not None and "plain text" in found[0].contract


def test_an_f_string_pattern_escapes_only_the_documented_value(tmp_path: Path) -> None:
    search = SEARCH.replace("re.compile(query, re.IGNORECASE)",
                            're.compile(rf"\\b{query}", re.IGNORECASE)')
    found = _propose(tmp_path, search, needle="re.compile(rf")
    assert len(found) == 1
    assert 're.compile(rf"\\b{re.escape(query)}", re.IGNORECASE)' in found[0].edits[
        "index/search.py"]


def test_re_is_imported_when_only_compile_was(tmp_path: Path) -> None:
    search = SEARCH.replace("import re\n", "import re as regex\n    from re import compile, "
                            "IGNORECASE\n").replace("re.compile(query, re.IGNORECASE)",
                                                    "compile(query, IGNORECASE)").replace(
        "re.match(prefix", "regex.match(prefix")
    found = _propose(tmp_path, search, needle="compile(query")
    assert len(found) == 1
    after = found[0].edits["index/search.py"]
    assert "compile(re.escape(query), IGNORECASE)" in after and "\nimport re\n" in after


def test_a_silent_docstring_backs_nothing(tmp_path: Path) -> None:
    silent = SEARCH.replace("The query is matched as plain text, ignoring case: 'fish "
                            "(baked' finds the fish.", "Ignores case.")
    assert _propose(tmp_path, silent) == []


def test_a_value_documented_as_a_regular_expression_is_left_alone(tmp_path: Path) -> None:
    both = SEARCH.replace("ignoring case: 'fish (baked' finds the fish.",
                          "ignoring case. The query may also be a regular expression.")
    assert _propose(tmp_path, both) == []


def test_plain_text_said_of_another_value_backs_nothing(tmp_path: Path) -> None:
    other = SEARCH.replace("The query is matched as plain text", "Names are plain text")
    assert _propose(tmp_path, other) == []


def test_a_value_named_as_a_pattern_is_left_alone(tmp_path: Path) -> None:
    named = SEARCH.replace("query", "pattern_text").replace(
        "pattern = re.compile(", "compiled = re.compile(").replace(
        "pattern.search", "compiled.search")
    assert _propose(tmp_path, named, needle="re.compile(pattern_text",
                    values={"pattern_text": "'fish (baked'"}) == []


TESTS = '''
    from index.search import find


    def test_find() -> None:
        assert find("cake") == ["C++ cake"]
'''


def test_a_pasted_bracket_finds_its_recipe(tmp_path: Path) -> None:
    trigger = 'from index.search import find\nfind("fish (baked")'
    check = ('from index.search import find\nassert find("fish (baked") == ["Fish (baked)"]\n'
             'assert find("c++") == ["C++ cake"]\nassert find("2.0") == ["Pie 2.0"]\n'
             'assert find("e.2") == []')
    data = fix_and_check(tmp_path, {"index/__init__.py": "", "index/search.py": SEARCH,
                                    "tests/test_search.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "re.escape(query)" in data["patch"]
