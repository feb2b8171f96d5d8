"""An exact-date lookup takes the latest entry on or before the day when the documentation
says so; nothing for silent documentation, one that names the next entry, or a lookup
without one dated equality."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from bugstack.repair.candidates.latest_before import LatestOnOrBefore
from tests.repair.crash_sites import crash_at

RATES = '''
    """Rates. None is published on weekends: a day without one uses the last rate published
    before it."""


    def rate_on(rates, currency, day):
        return next(r.value for r in rates if r.currency == currency and r.day == day)
'''


def _edits(tmp_path: Path, source: str = RATES) -> list[str]:
    site, analysis = crash_at(tmp_path, {"rates.py": source}, "rates.py", "return next(",
                              "StopIteration", "")
    return [c.edits["rates.py"] for c in LatestOnOrBefore().propose(site, analysis)]


class _Rate:
    def __init__(self, day: date, value: int) -> None:
        self.day, self.value, self.currency = day, value, "USD"


def test_the_latest_rate_on_or_before_the_day_applies(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(RATES).lstrip("\n").replace(
        "next(r.value for r in rates if r.currency == currency and r.day == day)",
        "max((r for r in rates if r.currency == currency and r.day <= day), "
        "key=lambda r: r.day).value")
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    rates = [_Rate(date(2026, 1, 2), 1), _Rate(date(2026, 1, 5), 2), _Rate(date(2026, 1, 1), 0)]
    rate_on = namespace["rate_on"]
    assert rate_on(rates, "USD", date(2026, 1, 4)) == 1  # type: ignore[operator]
    assert rate_on(rates, "USD", date(2026, 1, 5)) == 2  # type: ignore[operator]
    with pytest.raises(ValueError):
        rate_on(rates, "USD", date(2025, 12, 31))  # type: ignore[operator]


def test_silent_or_next_rate_documentation_or_no_dated_equality_get_nothing(
        tmp_path: Path) -> None:
    silent = RATES.replace("a day without one uses the last rate published\n    before it.",
                           "ask the bank.")
    assert _edits(tmp_path / "silent", silent) == []
    following = RATES.replace("the last rate published\n    before it", "the next rate after it")
    assert _edits(tmp_path / "next", following) == []
    undated = RATES.replace("r.day == day", "r.code == day")
    assert _edits(tmp_path / "undated", undated) == []
