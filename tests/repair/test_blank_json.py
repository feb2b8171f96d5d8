"""Blank stored JSON merged over documented defaults counts as nothing saved; nothing when
the parsed value is used otherwise or the docstring is silent about the defaults."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.blank_json import BlankJsonIsNothingSaved
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

PREFERENCES = '''
    import json
    from typing import Any

    DEFAULTS: dict[str, Any] = {"theme": "light", "digest": True}


    def preferences(stored: str) -> dict[str, Any]:
        """DEFAULTS, overridden by what was saved. Users who never saved get the defaults."""
        saved = json.loads(stored)
        return {**DEFAULTS, **saved}
'''

MESSAGE = "Expecting value: line 1 column 1 (char 0)"


def _propose(tmp_path: Path, source: str = PREFERENCES) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"prefs.py": source}, "prefs.py",
                              "saved = json.loads(", "JSONDecodeError", MESSAGE,
                              {"stored": "''"})
    return list(BlankJsonIsNothingSaved().propose(site, analysis))


def test_a_blank_text_counts_as_nothing_saved(tmp_path: Path) -> None:
    assert [c.edits["prefs.py"] for c in _propose(tmp_path)] == [
        textwrap.dedent(PREFERENCES).lstrip("\n").replace(
            "saved = json.loads(stored)", "saved = json.loads(stored) if stored else {}")]


def test_other_uses_or_silent_docs_back_nothing(tmp_path: Path) -> None:
    silent = PREFERENCES.replace(" Users who never saved get the defaults.", "")
    assert _propose(tmp_path, silent) == []
    # The parsed value is also read on its own: {} would reach that code too.
    read = PREFERENCES.replace("return {**DEFAULTS, **saved}",
                               "print(saved['theme'])\n        return {**DEFAULTS, **saved}")
    assert _propose(tmp_path, read) == []
    # Saved values first, defaults over them: not "overridden by what was saved".
    reversed_merge = PREFERENCES.replace("{**DEFAULTS, **saved}", "{**saved, **DEFAULTS}")
    assert _propose(tmp_path, reversed_merge) == []


TESTS = '''
    from prefs import preferences


    def test_saved_theme() -> None:
        assert preferences('{"theme": "dark"}') == {"theme": "dark", "digest": True}
'''


def test_a_user_who_never_saved_gets_the_defaults_end_to_end(tmp_path: Path) -> None:
    check = ('from prefs import preferences\n'
             'assert preferences("") == {"theme": "light", "digest": True}\n'
             'try:\n    preferences("{not json")\nexcept ValueError:\n    pass\n'
             'else:\n    raise AssertionError("damaged JSON must still raise")')
    data = fix_and_check(tmp_path, {"prefs.py": PREFERENCES, "tests/test_prefs.py": TESTS},
                         'from prefs import preferences\npreferences("")', check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "blank-json-nothing-saved"
