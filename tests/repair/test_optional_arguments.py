"""A command-line argument the usage line marks optional gets its documented default;
nothing when the usage line does not bracket it, or the documentation names no default."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from pathlib import Path

from bugstack.repair.candidates.optional_arguments import DocumentedOptionalArgument
from tests.repair.crash_sites import crash_at

REPORT = '''
    """Requests per key for one day.

        python -m usage.report LOG [DAY]

    DAY is YYYY-MM-DD and is optional: without it the report is for yesterday.
    """

    import sys
    from datetime import date


    def main(argv: list[str]) -> str:
        day = date.fromisoformat(argv[1])
        return f"{argv[0]} {day.isoformat()}"
'''


def _edits(tmp_path: Path, source: str = REPORT) -> list[str]:
    site, analysis = crash_at(tmp_path, {"r.py": source}, "r.py", "    day = ",
                              "IndexError", "list index out of range", {"argv": "['x.log']"})
    return [c.edits["r.py"] for c in DocumentedOptionalArgument().propose(site, analysis)]


def test_the_documented_default_applies_without_the_argument(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(REPORT).lstrip("\n").replace(
        "from datetime import date\n", "from datetime import date, timedelta\n").replace(
        "date.fromisoformat(argv[1])",
        "date.fromisoformat(argv[1]) if len(argv) > 1 else date.today() - timedelta(days=1)")
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert namespace["main"](["x.log"]) == f"x.log {yesterday}"  # type: ignore[operator]
    assert namespace["main"](["x.log", "2026-01-02"]) == "x.log 2026-01-02"  # type: ignore[operator]


def test_a_literal_default(tmp_path: Path) -> None:
    source = REPORT.replace("[DAY]", "[LIMIT]").replace(
        "DAY is YYYY-MM-DD and is optional: without it the report is for yesterday.",
        "LIMIT is optional and defaults to 50.").replace(
        "day = date.fromisoformat(argv[1])", "day = int(argv[1])").replace(
        "day.isoformat()", "day")
    (edit,) = _edits(tmp_path, source)
    assert "day = int(argv[1]) if len(argv) > 1 else 50\n" in edit


def test_a_required_or_undocumented_argument_gets_nothing(tmp_path: Path) -> None:
    assert _edits(tmp_path / "required", REPORT.replace("[DAY]", "DAY")) == []
    silent = REPORT.replace(": without it the report is for yesterday", "")
    assert _edits(tmp_path / "silent", silent) == []
