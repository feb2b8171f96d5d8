"""A day the target month lacks, documented to become the month's last day: the day is
clamped to the month's length; nothing when the documentation is silent or refuses."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.month_ends import MonthEndClamp
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

DATES = '''
    """Invoice dates."""

    from datetime import date


    def next_invoice(day: date, months: int) -> date:
        """The invoice date ``months`` after ``day``.

        An invoice due on a day the target month does not have falls on that month's last
        day: 31 January is followed by 28 February.
        """
        index = day.month - 1 + months
        return day.replace(year=day.year + index // 12, month=index % 12 + 1)


    def first_of(day: date) -> date:
        return day.replace(day=1)
'''

NEEDLE = "return day.replace(year=day.year + index // 12"
MESSAGE = "day is out of range for month"


def _propose(tmp_path: Path, dates: str = DATES, needle: str = NEEDLE,
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"bills/__init__.py": "", "bills/dates.py": dates},
                              "bills/dates.py", needle, "ValueError", message,
                              {"day": "datetime.date(2026, 1, 31)", "months": "1"})
    return list(MonthEndClamp().propose(site, analysis))


def test_the_day_is_clamped_to_the_month_s_last_day(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["bills/dates.py"]
    assert after == textwrap.dedent(DATES).lstrip("\n").replace(
        "from datetime import date\n", "from datetime import date\nimport calendar\n").replace(
        "    return day.replace(year=day.year + index // 12, month=index % 12 + 1)\n",
        "    year, month = day.year + index // 12, index % 12 + 1\n"
        "    return day.replace(year=year, month=month, "
        "day=min(day.day, calendar.monthrange(year, month)[1]))\n")
    assert "return day.replace(day=1)" in after  # left alone
    namespace: dict[str, object] = {}
    exec(compile(after, "dates.py", "exec"), namespace)  # the patched module
    add = namespace["next_invoice"]
    from datetime import date
    assert add(date(2026, 1, 31), 1) == date(2026, 2, 28)  # type: ignore[operator]
    assert add(date(2028, 1, 31), 1) == date(2028, 2, 29)  # type: ignore[operator]
    assert add(date(2026, 12, 31), 2) == date(2027, 2, 28)  # type: ignore[operator]
    assert add(date(2026, 7, 15), 1) == date(2026, 8, 15)  # type: ignore[operator]


def test_a_date_built_from_parts_clamps_its_day(tmp_path: Path) -> None:
    built = DATES.replace("return day.replace(year=day.year + index // 12, month=index % 12 + 1)",
                          "return date(day.year, index % 12 + 1, day.day)")
    found = _propose(tmp_path, built, needle="return date(day.year")
    assert len(found) == 1
    assert ("year, month = day.year, index % 12 + 1\n    return date(year, month, "
            "min(day.day, calendar.monthrange(year, month)[1]))") in found[0].edits[
        "bills/dates.py"]


def test_a_silent_docstring_backs_nothing(tmp_path: Path) -> None:
    silent = DATES.replace("An invoice due on a day the target month does not have falls on "
                           "that month's last\n        day: 31 January is followed by 28 "
                           "February.", "Invoices go out monthly.")
    assert _propose(tmp_path, silent) == []


def test_a_documented_refusal_backs_nothing(tmp_path: Path) -> None:
    refused = DATES.replace("falls on that month's last\n        day: 31 January is followed "
                            "by 28 February.", "raises ValueError rather than\n        moving "
                            "to the last day.")
    assert _propose(tmp_path, refused) == []


def test_a_last_day_said_of_something_else_backs_nothing(tmp_path: Path) -> None:
    other = DATES.replace("An invoice due on a day the target month does not have falls on "
                          "that month's last\n        day: 31 January is followed by 28 "
                          "February.", "Reminders go out on the last day of each month.")
    assert _propose(tmp_path, other) == []


def test_another_value_error_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="month must be in 1..12") == []


TESTS = '''
    from datetime import date

    from bills.dates import next_invoice


    def test_mid_month() -> None:
        assert next_invoice(date(2026, 3, 10), 1) == date(2026, 4, 10)
'''


def test_an_invoice_from_the_31st_falls_on_the_month_s_last_day(tmp_path: Path) -> None:
    trigger = ("from datetime import date\nfrom bills.dates import next_invoice\n"
               "next_invoice(date(2026, 1, 31), 1)")
    check = ("from datetime import date\nfrom bills.dates import next_invoice\n"
             "assert next_invoice(date(2026, 1, 31), 1) == date(2026, 2, 28)\n"
             "assert next_invoice(date(2026, 3, 31), 1) == date(2026, 4, 30)\n"
             "assert next_invoice(date(2026, 11, 30), 3) == date(2027, 2, 28)")
    data = fix_and_check(tmp_path, {"bills/__init__.py": "", "bills/dates.py": DATES,
                                    "tests/test_dates.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "calendar.monthrange(year, month)" in data["patch"]
