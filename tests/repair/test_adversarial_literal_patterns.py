"""literal_patterns under review: "plain text" near a search is no contract to escape the
query when the docstring says the query itself is a regular expression (the titles are
the plain text); the engine must not escape it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_literal_patterns import SEARCH, TESTS

POWER_SEARCH = SEARCH.replace(
    "The query is matched as plain text, ignoring case: 'fish (baked' finds the fish.",
    "Names are stored as plain text. The query is a regular expression for power users:\n"
    "        'c.+cake' finds the cake.")

# The query stays a pattern: a regular expression still matches as one.
CHECK = 'from index.search import find\nassert find("c.+cake") == ["C++ cake"]'


def test_a_query_documented_as_a_regular_expression_is_not_escaped(tmp_path: Path) -> None:
    assert POWER_SEARCH != SEARCH
    trigger = 'from index.search import find\nfind("fish (baked")'
    data = fix_and_check(tmp_path, {"index/__init__.py": "", "index/search.py": POWER_SEARCH,
                                    "tests/test_search.py": TESTS}, trigger, CHECK)
    assert data is not None
    assert "re.escape" not in (data.get("patch") or "")
