"""A path a call only writes is given a fresh place of the same name, so a call whose
output directory was production's can crash again in the sandbox; a path it also reads,
checks or passes on is rendered as before."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.repair.reproduce.output_files import output_file_lines
from tests.repair.apps import capture_event, make_repo, run_fix


def _function(source: str) -> ast.AST:
    return ast.parse(textwrap.dedent(source)).body[0]


WRITER = _function('''
    def write_export(rows: list[dict], out: Path) -> int:
        with out.open("w", newline="") as handle:
            handle.write(str(rows))
        return len(rows)
''')


def test_a_path_only_written_is_given_a_fresh_one_of_the_same_name() -> None:
    assert output_file_lines(WRITER, "out", "PosixPath('/tmp/tmpab12/mailing.csv')") == [
        "out = pathlib.Path(tempfile.mkdtemp()) / 'mailing.csv'"]
    text = _function('''
        def save(report: str, target: str) -> None:
            with open(target, mode="x") as handle:
                handle.write(report)
    ''')
    assert output_file_lines(text, "target", "'/srv/reports/day.txt'") == [
        "target = str(pathlib.Path(tempfile.mkdtemp()) / 'day.txt')"]
    written = _function('''
        def save(report: str, target: Path) -> None:
            target.write_text(report)
    ''')
    assert output_file_lines(written, "target", "PosixPath('/srv/day.txt')") is not None


def test_a_path_read_appended_checked_or_passed_on_is_left_alone() -> None:
    for body in ('with out.open() as handle:\n        return handle.read()',
                 'with open(out, "a") as handle:\n        handle.write("x")',
                 'if out.exists():\n        out.write_text("x")',
                 'helper(out)',
                 'out = out.with_suffix(".bak")\n    out.write_text("x")',
                 'with open(out, mode) as handle:\n        handle.write("x")'):
        node = _function(f"def write(out: Path, mode: str) -> None:\n    {body}\n")
        assert output_file_lines(node, "out", "PosixPath('/srv/x/out.csv')") is None, body
    # Not a path at all, or a directory-like one.
    assert output_file_lines(WRITER, "out", "'mailing.csv'") is None
    assert output_file_lines(WRITER, "out", "PosixPath('/srv/x/')") is None
    assert output_file_lines(WRITER, "out", "None") is None


EXPORT = '''
    """The partner export."""
    import csv
    from pathlib import Path

    COLUMNS = ["sku", "name"]


    def export(items: list[dict], out: Path) -> int:
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for item in items:
                writer.writerow({"sku": item["sku"], "name": item["name"].upper()})
        return len(items)
'''

TESTS = '''
    from pathlib import Path

    from shop.export import export


    def test_export(tmp_path: Path) -> None:
        assert export([{"sku": "A1", "name": "pen"}], tmp_path / "x.csv") == 1
'''


def test_a_crash_after_opening_an_output_file_in_production_s_directory_reproduces(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"shop/__init__.py": "", "shop/export.py": EXPORT,
                                         "tests/test_export.py": TESTS})
    trigger = '''
        import shutil
        import tempfile
        from pathlib import Path
        from shop.export import export
        outbox = Path(tempfile.mkdtemp())
        try:
            export([{"sku": "A1", "name": None}], outbox / "partner.csv")
        finally:
            shutil.rmtree(outbox)  # production's directory: not there when the engine runs
    '''
    event = capture_event(repo, tmp_path / "srv" / "app", trigger)
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    # Reproduced (the engine has no fix for it): the call wrote to a fresh partner.csv.
    assert data["status"] != "not_reproduced", data["explanation"]
    assert "FileNotFoundError" not in data["explanation"]
