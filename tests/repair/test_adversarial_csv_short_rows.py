"""csv_short_rows under review: a short row's cells become empty only where the code says
so, never where it skips such rows or says nothing."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_csv_short_rows import APP, TRIGGER

SAID = ("The sheet tool drops empty cells at the end of a row, so a row may be shorter than\n"
        "        the header: its missing cells are empty, and the member is imported all the "
        "same.")


def _app(sentence: str) -> dict[str, str]:
    files = dict(APP)
    assert SAID in files["club/members.py"]
    files["club/members.py"] = files["club/members.py"].replace(SAID, sentence)
    return files


def test_short_rows_documented_as_skipped_are_not_imported_with_empty_cells(
        tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("A row shorter than the header is a member who has not finished "
                       "signing up: such rows are skipped."), TRIGGER,
        "import tempfile\nfrom pathlib import Path\nfrom club.members import read_members\n"
        'sheet = Path(tempfile.mkdtemp()) / "m.csv"\n'
        'sheet.write_text("name,city\\nAnn,oslo\\nBo\\n", encoding="utf-8")\n'
        'assert read_members(sheet) == [{"name": "Ann", "city": "Oslo"}]')
    assert data is not None
    assert 'restval=""' not in data.get("patch", "")


def test_silent_documentation_gets_no_restval(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("One member a row."), TRIGGER,
        "raise AssertionError('no fix should be reported')")
    assert data is not None and data["status"] != "fixed"
