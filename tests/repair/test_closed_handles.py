"""A write after the with block that closed its file moves into the block; nothing for a
handle the statement does not use, one rebound in between, or a with that opens no file."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.closed_handles import WriteInsideTheWithBlock
from tests.repair.crash_sites import crash_at

REPORT = '''
    def write_report(rows, skipped, out):
        """Rows, then a note of what was skipped."""
        with out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(f"{row}\\n")
        if skipped:
            handle.write(f"# skipped {len(skipped)}\\n")
        handle.write("# end\\n")
        return len(rows)
'''


def _edits(tmp_path: Path, source: str = REPORT, needle: str = "# skipped") -> list[str]:
    site, analysis = crash_at(tmp_path, {"r.py": source}, "r.py", needle, "ValueError",
                              "I/O operation on closed file.")
    return [c.edits["r.py"] for c in WriteInsideTheWithBlock().propose(site, analysis)]


def test_the_writes_move_to_the_end_of_the_block(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(REPORT).lstrip("\n").replace(
        '    if skipped:\n        handle.write(f"# skipped {len(skipped)}\\n")\n'
        '    handle.write("# end\\n")\n',
        '        if skipped:\n            handle.write(f"# skipped {len(skipped)}\\n")\n'
        '        handle.write("# end\\n")\n')
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    out = tmp_path / "report.txt"
    assert namespace["write_report"](["a", "b"], ["x"], out) == 2  # type: ignore[operator]
    assert out.read_text() == "a\nb\n# skipped 1\n# end\n"


def test_other_handles_rebinding_or_no_file_get_nothing(tmp_path: Path) -> None:
    other = REPORT.replace('handle.write(f"# skipped', 'log.write(f"# skipped')
    assert _edits(tmp_path / "other", other) == []
    rebound = REPORT.replace("        if skipped:\n",
                             "        handle = open('x', 'a')\n        if skipped:\n")
    assert _edits(tmp_path / "rebound", rebound) == []
    lock = REPORT.replace('out.open("w", encoding="utf-8")', "lock")
    assert _edits(tmp_path / "lock", lock) == []
