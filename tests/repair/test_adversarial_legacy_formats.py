"""legacy_formats under review: an old joined form is split only where the documentation
says such values are still read, never where it says they start over."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

COLUMNS = '''
    """Which columns a user's report shows.

    The preference holds a JSON list of column numbers (``[2, 5]``). SENTENCE
    """

    from __future__ import annotations

    import json


    def shown_columns(preference: str | None) -> list[int]:
        if not preference:
            return [1]
        return [int(column) for column in json.loads(preference)]
'''

TESTS = '''
    from prefs.columns import shown_columns


    def test_shown_columns() -> None:
        assert shown_columns("[2, 5]") == [2, 5]
'''

TRIGGER = 'from prefs.columns import shown_columns\nshown_columns("2:5")'


def _app(sentence: str) -> dict[str, str]:
    return {"prefs/__init__.py": "", "prefs/columns.py": COLUMNS.replace("SENTENCE", sentence),
            "tests/__init__.py": "", "tests/test_columns.py": TESTS}


def test_old_preferences_documented_as_reset_are_not_split(tmp_path: Path) -> None:
    # The old form is named, but such preferences start over: splitting them would show
    # columns the redesign no longer numbers that way.
    data = fix_and_check(
        tmp_path, _app("Before the redesign it held them joined by ``:``; such preferences "
                       "are reset to the default columns."), TRIGGER,
        'from prefs.columns import shown_columns\n'
        'try:\n    got = shown_columns("2:5")\nexcept ValueError:\n    got = [1]\n'
        'assert got == [1], got')
    assert data is not None and data["status"] != "fixed"


def test_a_separator_said_of_something_else_is_not_the_old_form(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("Column names in the export are joined by ``:`` and are still read "
                       "by the old importer."), TRIGGER,
        'from prefs.columns import shown_columns\n'
        'try:\n    shown_columns("2:5")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("an undocumented form was read")')
    assert data is not None and data["status"] != "fixed"
