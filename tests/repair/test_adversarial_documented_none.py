"""A documented None under review: "None when ``merged_at`` is null" gives the answer None
one meaning, a pull request still open. It backs no ``return None`` for another value that
was None at the crash (``merged_by``, a merge by a deleted account): that would report a
merged pull request as open."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

PULLS = '''
    from typing import Any


    def merged_by(pull: dict[str, Any]) -> str | None:
        """Login of whoever merged the pull request. None when ``merged_at`` is null:
        the pull request is still open."""
        if pull["merged_at"] is None:
            return None
        return pull["merged_by"]["login"]
'''

TESTS = '''
    from repo_stats.pulls import merged_by


    def test_open():
        assert merged_by({"merged_at": None, "merged_by": None}) is None


    def test_merged():
        assert merged_by({"merged_at": "2024-05-01", "merged_by": {"login": "ann"}}) == "ann"
'''

# None says "still open": a merged pull request must not read as one.
CHECK = '''
from repo_stats.pulls import merged_by
try:
    who = merged_by({"merged_at": "2024-05-01", "merged_by": None})
except (TypeError, ValueError, LookupError):
    pass
else:
    assert who is not None, "a merged pull request reads as still open"
'''

TRIGGER = ('from repo_stats.pulls import merged_by\n'
           'merged_by({"merged_at": "2024-05-01", "merged_by": None})')


def test_a_none_documented_for_another_value_backs_no_return_none(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"repo_stats/__init__.py": "", "repo_stats/pulls.py": PULLS,
                                    "tests/test_pulls.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed"


def _backed_none_returns(tmp_path: Path, source: str) -> list[str | None]:
    site, analysis = crash_at(tmp_path, {"pulls.py": source}, "pulls.py",
                              'pull["merged_by"]["login"]', "TypeError",
                              "'NoneType' object is not subscriptable",
                              {"pull": "{'merged_at': '2024-05-01', 'merged_by': None}"})
    # (A guard on `pull` itself is proposed too; it does not pass the reproduction.)
    return [c.contract for c in generate(site, analysis)
            if "if pull['merged_by'] is None:" in c.diff() and c.contract is not None]


def test_a_none_documented_for_the_value_itself_still_backs_it(tmp_path: Path) -> None:
    assert _backed_none_returns(tmp_path, PULLS) == []
    own = PULLS.replace("None when ``merged_at`` is null:\n        the pull request is still "
                        "open.", "None when ``merged_by`` is null: the\n        account that "
                        "merged it was deleted.")
    assert own != PULLS
    assert _backed_none_returns(tmp_path / "own", own)
