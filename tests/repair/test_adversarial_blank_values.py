"""blank_values under review: "may be missing or empty" backs widening a None check only
for the parameter it is said of, not for another one the same sentence names."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.blank_values import blank_means_absent
from tests.repair.adversarial import fix_and_check

REPORT = '''
    from datetime import datetime


    def monthly(query: dict[str, str]) -> dict[str, str]:
        """The ledger's report. ``month`` is a YYYY-MM string, and ``note`` may be missing
        or empty; without a ``month`` the report covers every month."""
        month = query.get("month")
        if month is None:
            return {"period": "all", "note": query.get("note") or ""}
        start = datetime.strptime(month, "%Y-%m")
        return {"period": start.strftime("%B %Y"), "note": query.get("note") or ""}
'''

TESTS = '''
    from ledger.report import monthly


    def test_all():
        assert monthly({})["period"] == "all"


    def test_month():
        assert monthly({"month": "2024-03"})["period"] == "March 2024"
'''

# Nothing says a blank month means every month: it must not be reported as "all".
CHECK = '''
from ledger.report import monthly
try:
    answer = monthly({"month": "", "note": "x"})
except ValueError:
    pass
else:
    assert answer["period"] != "all", answer
'''


def test_a_blank_month_is_not_widened_by_a_sentence_about_the_note(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"ledger/__init__.py": "", "ledger/report.py": REPORT,
                   "tests/test_report.py": TESTS},
        'from ledger.report import monthly\nmonthly({"month": "", "note": "x"})', CHECK)
    assert data is not None and data["status"] != "fixed"


def test_the_sentence_must_say_it_of_the_subject() -> None:
    other = "``month`` is a YYYY-MM string, and ``note`` may be missing or empty."
    assert blank_means_absent(other, "month") is None
    assert blank_means_absent(other, "note") is not None
    assert blank_means_absent("month is YYYY-MM, and note may be absent or blank.",
                              "month") is None
