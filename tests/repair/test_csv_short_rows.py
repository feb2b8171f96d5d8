"""A CSV row shorter than its header: ``restval=""`` on the reader when the code says a
short row's missing cells are empty; nothing when it is silent, skips such rows, or gives
their cells another value. And the reproduction's file rebuilt from the captured row."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.csv_short_rows import ShortRowsEmptyCells
from bugstack.repair.reproduce.csv_rows import csv_file_lines
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import capture_event, make_repo, run_fix

IMPORTER = '''
    """Imports the members sheet.

    The sheet tool drops empty cells at the end of a row, so a row may be shorter than the
    header: its missing cells are empty.
    """

    import csv
    from pathlib import Path


    def member_from_row(row: dict[str, str]) -> tuple[str, str]:
        return row["name"].strip(), row["city"].strip()


    def read_members(path: Path) -> list[tuple[str, str]]:
        with path.open(newline="", encoding="utf-8") as handle:
            return [member_from_row(row) for row in csv.DictReader(handle)]


    def read_other(path: Path) -> list[dict[str, str]]:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
'''

ROW = {"name": "'Ann'", "city": "None"}
MESSAGE = "'NoneType' object has no attribute 'strip'"


def _frame(source: str, needle: str, values: dict[str, object]) -> LocatedFrame:
    lineno = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    function = next(n.name for n in ast.walk(ast.parse(source))
                    if isinstance(n, ast.FunctionDef) and n.lineno <= lineno <= (n.end_lineno or 0))
    raw = {"abs_path": "/srv/app/members.py", "function": function, "lineno": lineno,
           "in_app": True, "vars": values}
    return LocatedFrame(frame=Frame.from_dict(raw), path="members.py", source=source,
                        lineno=lineno)


def _site(tmp_path: Path, source: str) -> tuple[CrashSite, LocatedFrame]:
    text = textwrap.dedent(source).lstrip("\n")
    (tmp_path / "members.py").write_text(text, encoding="utf-8")
    reader = _frame(text, "for row in csv.DictReader(handle",
                    {"path": "PosixPath('/tmp/abc/members-2026.csv')"})
    crash = _frame(text, 'return row["name"].strip(), row["city"].strip()', {"row": ROW})
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "AttributeError", "value": MESSAGE, "stacktrace": {"frames": [
            {"abs_path": "/srv/app/members.py", "function": "read_members"},
            {"abs_path": "/srv/app/members.py", "function": "member_from_row"}]}}]}})
    assert event.primary is not None
    site = CrashSite(event=event, exception=event.primary, frames=(reader, crash),
                     root=tmp_path)
    return site, reader


def _propose(tmp_path: Path, source: str = IMPORTER) -> list[Candidate]:
    site, _ = _site(tmp_path, source)
    return list(ShortRowsEmptyCells().propose(site, analyse(site, tmp_path)))


def test_documented_empty_cells_set_restval(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(IMPORTER).lstrip("\n")
    after = before.replace("for row in csv.DictReader(handle)]",
                           'for row in csv.DictReader(handle, restval="")]')
    assert found[0].edits["members.py"] == after
    # `read_other`, which did not crash, keeps its reader as it was.
    assert "return list(csv.DictReader(handle))" in found[0].edits["members.py"]
    assert "missing cells are empty" in (found[0].contract or "")


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = IMPORTER.replace("The sheet tool drops empty cells at the end of a row, so a row "
                              "may be shorter than the\n    header: its missing cells are "
                              "empty.", "One member a row.")
    assert _propose(tmp_path, silent) == []


def test_short_rows_documented_as_skipped_back_nothing(tmp_path: Path) -> None:
    skipped = IMPORTER.replace("its missing cells are empty.", "its missing cells are empty, "
                               "and such rows are skipped.")
    assert _propose(tmp_path, skipped) == []


def test_missing_cells_documented_as_none_back_nothing(tmp_path: Path) -> None:
    other = IMPORTER.replace("its missing cells are empty.", "its missing cells are None.")
    assert _propose(tmp_path, other) == []


def test_a_reader_with_restval_already_gets_nothing(tmp_path: Path) -> None:
    given = IMPORTER.replace("for row in csv.DictReader(handle)]",
                             "for row in csv.DictReader(handle, restval=None)]")
    assert _propose(tmp_path, given) == []


def test_the_file_is_rebuilt_from_the_captured_short_row(tmp_path: Path) -> None:
    site, reader = _site(tmp_path, IMPORTER)
    node = next(n for n in ast.walk(ast.parse(reader.source))
                if isinstance(n, ast.FunctionDef) and n.name == "read_members")
    lines = csv_file_lines(site, reader, node, "path", "PosixPath('/tmp/abc/members-2026.csv')")
    assert lines == ["path = pathlib.Path(tempfile.mkdtemp()) / 'members-2026.csv'",
                     "path.write_text('name,city\\nAnn\\n', encoding='utf-8')"]
    # Not a .csv path, or a None before a text cell (no short row reads so): no file.
    assert csv_file_lines(site, reader, node, "path", "PosixPath('/tmp/abc/m.txt')") is None
    ROW["city"], ROW["name"] = "'Oslo'", "None"
    try:
        assert csv_file_lines(site, reader, node, "path",
                              "PosixPath('/tmp/abc/members-2026.csv')") is None
    finally:
        ROW["city"], ROW["name"] = "None", "'Ann'"



def test_a_list_of_that_one_path_gets_a_list_of_the_rebuilt_file(tmp_path: Path) -> None:
    site, reader = _site(tmp_path, IMPORTER)
    node = next(n for n in ast.walk(ast.parse(reader.source))
                if isinstance(n, ast.FunctionDef) and n.name == "read_members")
    lines = csv_file_lines(site, reader, node, "paths",
                           "[PosixPath('/tmp/abc/members-2026.csv')]")
    assert lines == ["paths = pathlib.Path(tempfile.mkdtemp()) / 'members-2026.csv'",
                     "paths.write_text('name,city\\nAnn\\n', encoding='utf-8')",
                     "paths = [paths]"]
    # Two files: the captured row says nothing of which one held it.
    assert csv_file_lines(site, reader, node, "paths",
                          "[PosixPath('/tmp/abc/a.csv'), PosixPath('/tmp/abc/b.csv')]") is None


def test_a_whole_row_and_a_text_path_rebuild_the_file_too(tmp_path: Path) -> None:
    site, reader = _site(tmp_path, IMPORTER)
    node = next(n for n in ast.walk(ast.parse(reader.source))
                if isinstance(n, ast.FunctionDef) and n.name == "read_members")
    ROW["city"] = "'N/A'"  # the row the reader was on, every cell there
    try:
        lines = csv_file_lines(site, reader, node, "path", "'/tmp/abc/members-2026.csv'")
    finally:
        ROW["city"] = "None"
    assert lines == ["path = str(pathlib.Path(tempfile.mkdtemp()) / 'members-2026.csv')",
                     "pathlib.Path(path).write_text('name,city\\nAnn,N/A\\n', "
                     "encoding='utf-8')"]


APP = {
    "pyproject.toml": '[project]\nname = "club"\nversion = "0"\n',
    "club/__init__.py": "",
    "club/members.py": '''
        """Imports the members sheet. ``python -m club.members IN.csv``

        The sheet tool drops empty cells at the end of a row, so a row may be shorter than
        the header: its missing cells are empty, and the member is imported all the same.
        """

        from __future__ import annotations

        import csv
        import sys
        from pathlib import Path


        def member_from_row(row: dict[str, str]) -> dict[str, str]:
            return {"name": row["name"].strip(), "city": row["city"].strip().title()}


        def read_members(path: Path) -> list[dict[str, str]]:
            with path.open(newline="", encoding="utf-8") as handle:
                return [member_from_row(row) for row in csv.DictReader(handle)]


        if __name__ == "__main__":
            print(len(read_members(Path(sys.argv[1]))))
    ''',
    "tests/__init__.py": "",
    "tests/test_members.py": '''
        from pathlib import Path

        from club.members import read_members


        def test_read(tmp_path: Path) -> None:
            sheet = tmp_path / "m.csv"
            sheet.write_text("name,city\\nAnn,oslo\\n", encoding="utf-8")
            assert read_members(sheet) == [{"name": "Ann", "city": "Oslo"}]
    ''',
}

TRIGGER = """
import tempfile
from pathlib import Path
from club.members import read_members
sheet = Path(tempfile.mkdtemp()) / "members-2026.csv"
sheet.write_text("name,city\\nAnn,oslo\\nBo\\nCy,rome\\n", encoding="utf-8")
read_members(sheet)
"""

CHECK = """
import tempfile
from pathlib import Path
from club.members import read_members
sheet = Path(tempfile.mkdtemp()) / "m.csv"
sheet.write_text("name,city\\nAnn,oslo\\nBo\\nCy,rome\\n", encoding="utf-8")
assert read_members(sheet) == [{"name": "Ann", "city": "Oslo"}, {"name": "Bo", "city": ""},
                               {"name": "Cy", "city": "Rome"}]
"""


def test_a_short_row_is_imported_with_empty_cells_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert 'csv.DictReader(handle, restval="")' in data["patch"]


AVERAGES = '''
    import csv
    from collections import defaultdict


    def averages(path: str) -> dict[str, float]:
        readings: defaultdict[str, list[float]] = defaultdict(list)
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                readings[row["sensor"]].append(float(row["celsius"]))
        return {sensor: sum(v) / len(v) for sensor, v in readings.items()}
'''

AVERAGES_TESTS = '''
    from pathlib import Path

    from sensors import averages


    def test_averages(tmp_path: Path) -> None:
        path = tmp_path / "r.csv"
        path.write_text("sensor,celsius\\ncellar,10.0\\ncellar,12.0\\n", encoding="utf-8")
        assert averages(str(path)) == {"cellar": 11.0}
'''


def test_a_crash_on_a_whole_row_of_production_s_csv_reproduces(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"sensors.py": AVERAGES,
                                         "tests/test_sensors.py": AVERAGES_TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import os
        import tempfile
        from sensors import averages
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "readings.csv")
        with open(path, "w", encoding="utf-8") as out:
            out.write("sensor,celsius\\ngreenhouse,18.0\\ngreenhouse,N/A\\n")
        try:
            averages(path)
        finally:
            os.remove(path)  # production's file: not there when the engine runs
    ''')
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "sensors.averages(path=path)"
