"""documented-placeholder-answer: a placeholder a constant's comment quotes gets that
constant where the function's docstring names it; nothing where the words are missing,
refuse, or quote another value."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.placeholder_answers import DocumentedPlaceholderAnswer
from tests.repair.crash_sites import crash_at

PLAN = '''
    from datetime import datetime

    EXIF_FORMAT = "%Y:%m:%d %H:%M:%S"

    #: Folder for photos whose camera recorded no date: a blank DateTimeOriginal, or the
    #: all-zero placeholder ("0000:00:00 00:00:00") cameras write while their clock is unset.
    UNDATED_FOLDER = "undated"


    def folder_for(taken: str) -> str:
        """``YYYY/MM`` of an EXIF date; UNDATED_FOLDER for a photo without a date."""
        stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)
        return f"{stamp:%Y}/{stamp:%m}"


    def unrelated(text: str) -> int:
        return int(text)
'''

LINE = "stamp = datetime.strptime(taken.strip(), EXIF_FORMAT)"
MESSAGE = "time data '0000:00:00 00:00:00' does not match format '%Y:%m:%d %H:%M:%S'"


def _propose(tmp_path: Path, source: str = PLAN, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"photosort/plan.py": source}, "photosort/plan.py",
                              LINE, "ValueError", message, {"taken": "'0000:00:00 00:00:00'"})
    return list(DocumentedPlaceholderAnswer().propose(site, analysis))


def test_the_placeholder_and_the_blank_get_the_documented_constant(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(PLAN).lstrip("\n")
    assert found[0].edits["photosort/plan.py"] == before.replace(
        "    " + LINE, '    if not taken.strip() or taken.strip() == "0000:00:00 00:00:00":\n'
        "        return UNDATED_FOLDER\n    " + LINE)
    assert "return int(text)" in found[0].edits["photosort/plan.py"]  # untouched


def test_without_the_blank_in_the_comment_only_the_placeholder_is_answered(
        tmp_path: Path) -> None:
    source = PLAN.replace("a blank DateTimeOriginal, or the\n    #: all-zero placeholder",
                          "the\n    #: all-zero placeholder")
    found = _propose(tmp_path, source)
    assert len(found) == 1
    assert 'if taken.strip() == "0000:00:00 00:00:00":' in found[0].edits["photosort/plan.py"]


def test_another_value_than_the_quoted_one_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="time data '2024:13:45 10:00:00' does not match "
                                      "format '%Y:%m:%d %H:%M:%S'") == []


def test_a_docstring_that_does_not_name_the_constant_or_refuses_backs_nothing(
        tmp_path: Path) -> None:
    silent = PLAN.replace("; UNDATED_FOLDER for a photo without a date", "")
    assert _propose(tmp_path, silent) == []
    refusing = PLAN.replace("UNDATED_FOLDER for a photo without a date",
                            "a photo without a date raises, never UNDATED_FOLDER")
    assert _propose(tmp_path, refusing) == []
