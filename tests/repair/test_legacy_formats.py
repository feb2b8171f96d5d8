"""``json.loads`` of a value still in the older joined form the code documents: split on
the documented separator unless it is the JSON list; nothing when the documentation is
silent, drops old values, or the items are used unconverted."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.legacy_formats import LegacyJoinedFormat
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

TAGS = '''
    """The saved tag filter of a user.

    Since 2.0 the setting holds a JSON list of tag ids (``[4, 9]``). Older profiles keep
    the ids separated by commas, and those are still read.
    """

    import json


    def saved_tags(setting: str) -> list[int]:
        return sorted(int(tag) for tag in json.loads(setting))


    def other(setting: str) -> list[int]:
        return json.loads(setting)
'''

MESSAGE = "Extra data: line 1 column 2 (char 1)"


def _propose(tmp_path: Path, source: str = TAGS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"tags.py": source}, "tags.py",
                              "sorted(int(tag) for tag in json.loads(setting))",
                              "JSONDecodeError", MESSAGE, {"setting": "'4,9'"})
    return list(LegacyJoinedFormat().propose(site, analysis))


def test_the_documented_old_form_is_split(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(TAGS).lstrip("\n")
    after = before.replace(
        "    return sorted(int(tag) for tag in json.loads(setting))",
        '    tags = json.loads(setting) if setting.startswith("[") else setting.split(",")\n'
        "    return sorted(int(tag) for tag in tags)")
    assert found[0].edits["tags.py"] == after
    # `other`, which did not crash, still loads as before.
    assert "    return json.loads(setting)\n" in found[0].edits["tags.py"]
    assert "still read" in (found[0].contract or "")


def test_a_quoted_separator(tmp_path: Path) -> None:
    quoted = TAGS.replace("separated by commas", "joined by ``;``")
    found = _propose(tmp_path, quoted)
    assert len(found) == 1 and 'setting.split(";")' in found[0].edits["tags.py"]


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = TAGS.replace("Older profiles keep\n    the ids separated by commas, and those "
                          "are still read.", "")
    assert _propose(tmp_path, silent) == []


def test_old_values_documented_as_dropped_back_nothing(tmp_path: Path) -> None:
    dropped = TAGS.replace("and those are still read", "and those are no longer read")
    assert _propose(tmp_path, dropped) == []
    reset = TAGS.replace("and those are still read", "and those are still read once, then "
                         "reset to no filter")
    assert _propose(tmp_path, reset) == []


def test_a_json_form_not_documented_as_a_list_backs_nothing(tmp_path: Path) -> None:
    unsaid = TAGS.replace("a JSON list of tag ids (``[4, 9]``)", "JSON")
    assert _propose(tmp_path, unsaid) == []


def test_unconverted_items_get_nothing(tmp_path: Path) -> None:
    # split gives text where JSON gave numbers: without a conversion the answers differ.
    raw = TAGS.replace("sorted(int(tag) for tag in json.loads(setting))",
                       "sorted(tag for tag in json.loads(setting))")
    site, analysis = crash_at(tmp_path, {"tags.py": raw}, "tags.py",
                              "sorted(tag for tag in json.loads(setting))",
                              "JSONDecodeError", MESSAGE, {"setting": "'4,9'"})
    assert list(LegacyJoinedFormat().propose(site, analysis)) == []


APP = {
    "pyproject.toml": '[project]\nname = "prefs"\nversion = "0"\n',
    "prefs/__init__.py": "",
    "prefs/columns.py": '''
        """Which columns a user's report shows.

        The preference holds a JSON list of column numbers (``[2, 5]``). Before the 2025
        redesign it held them joined by ``:`` (``2:5``); such preferences are still read.
        """

        from __future__ import annotations

        import json


        def shown_columns(preference: str | None) -> list[int]:
            if not preference:
                return [1]
            return [int(column) for column in json.loads(preference)]
    ''',
    "tests/__init__.py": "",
    "tests/test_columns.py": '''
        from prefs.columns import shown_columns


        def test_shown_columns() -> None:
            assert shown_columns("[2, 5]") == [2, 5]
            assert shown_columns(None) == [1]
    ''',
}

TRIGGER = """
from prefs.columns import shown_columns
shown_columns("2:5:7")
"""

CHECK = """
from prefs.columns import shown_columns
assert shown_columns("2:5:7") == [2, 5, 7]
assert shown_columns("3") == [3]
assert shown_columns("[2, 5]") == [2, 5]
"""


def test_an_old_preference_is_still_read_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert 'preference.split(":")' in data["patch"]
