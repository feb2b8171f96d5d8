"""Durations read as people type them and shown back in the same form."""

from __future__ import annotations

import pytest

from bugstack.domain.durations import format_duration, parse_duration


@pytest.mark.parametrize(("text", "seconds"), [
    ("3600", 3600), ("90s", 90), ("30m", 1800), ("12h", 43200), (" 7D ", 604800),
])
def test_forms_people_type(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0", "-5m", "1.5h", "h", "7w"])
def test_anything_else_is_refused_with_the_forms_it_takes(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a duration \(e\.g\. 3600, 30m, 12h, 7d\)"):
        parse_duration(text)


@pytest.mark.parametrize(("seconds", "shown"), [
    (604800, "7d"), (43200, "12h"), (5400, "90m"), (61, "61s"), (86400 * 2 + 3600, "49h"),
])
def test_shown_in_the_largest_whole_unit_and_read_back_alike(seconds: int, shown: str) -> None:
    assert format_duration(seconds) == shown
    assert parse_duration(shown) == seconds
