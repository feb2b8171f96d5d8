"""An item of a returned list with nothing to compute becomes None, where the type says so."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.optional_items import OptionalItem
from tests.repair.crash_sites import crash_at

HOURLY = '''
    def hourly_means(buckets: list[list[float]]) -> list[float | None]:
        """Mean of each hour's readings, one entry per hour."""
        return [round(sum(bucket) / len(bucket), 1) for bucket in buckets]
'''


def _proposed(root: Path, source: str, needle: str = "return [",
              exc: str = "ZeroDivisionError", message: str = "division by zero") -> list[str]:
    site, analysis = crash_at(root, {"rollup.py": source}, "rollup.py", needle, exc, message,
                              {"buckets": "[[17.5], []]"})
    return [c.edits["rollup.py"] for c in OptionalItem().propose(site, analysis)]


def test_the_empty_item_becomes_none_in_its_place(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path, HOURLY)
    assert after.splitlines()[2] == (
        "    return [round(sum(bucket) / len(bucket), 1) if bucket else None "
        "for bucket in buckets]")
    assert after.splitlines()[:2] == HOURLY.strip("\n").replace("\n    ", "\n").lstrip(
        ).splitlines()[:2]


def test_an_item_type_without_none_backs_nothing(tmp_path: Path) -> None:
    assert _proposed(tmp_path, HOURLY.replace("list[float | None]", "list[float]")) == []


def test_a_docstring_naming_another_value_backs_nothing(tmp_path: Path) -> None:
    documented = HOURLY.replace("one entry per hour.",
                                "one entry per hour; 0.0 when the hour has no readings.")
    assert _proposed(tmp_path, documented) == []


def test_a_divisor_not_read_from_the_loop_variable_is_left_alone(tmp_path: Path) -> None:
    shared = '''
        def shares(counts: list[int], total: int) -> list[float | None]:
            return [count / total for count in counts]
    '''
    assert _proposed(tmp_path, shared) == []


def test_the_first_item_of_an_empty_group(tmp_path: Path) -> None:
    first = '''
        def openers(rounds: list[list[str]]) -> list[str | None]:
            return [players[0] for players in rounds]
    '''
    (after,) = _proposed(tmp_path, first, exc="IndexError", message="list index out of range")
    assert "return [players[0] if players else None for players in rounds]" in after


def test_a_conditional_item_is_bracketed_and_the_last_item_counts(tmp_path: Path) -> None:
    # Adversarial review: `X if c else None if t else None` binds the new test to the
    # last branch, and `[-1]` is written as a negation, not as the constant -1.
    conditional = '''
        def means(buckets: list[list[float]], on: bool) -> list[float | None]:
            return [sum(b) / len(b) if on else None for b in buckets]
    '''
    (after,) = _proposed(tmp_path, conditional)
    assert "[(sum(b) / len(b) if on else None) if b else None for b in buckets]" in after
    last = '''
        def closers(rounds: list[list[str]]) -> list[str | None]:
            return [players[-1] for players in rounds]
    '''
    (after,) = _proposed(tmp_path / "last", last, exc="IndexError",
                         message="list index out of range")
    assert "return [players[-1] if players else None for players in rounds]" in after


def test_a_missing_case_the_docstring_answers_otherwise_backs_nothing(tmp_path: Path) -> None:
    # Adversarial review: "an hour without readings repeats the previous hour's mean",
    # "a symbol not traded today opens at yesterday's close", a documented raise.
    for said in ("An hour without readings repeats the previous hour's mean.",
                 "A broken feed raises FeedBroken."):
        documented = HOURLY.replace("one entry per hour.", f"one entry per hour. {said}")
        assert _proposed(tmp_path / str(len(said)), documented) == []
    agreed = HOURLY.replace("one entry per hour.", "one entry per hour; an hour without "
                            "readings is None.")
    assert len(_proposed(tmp_path / "agreed", agreed)) == 1
