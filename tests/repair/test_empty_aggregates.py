"""``max()``/``min()`` of an empty sequence: the value falls back to what its place
documents for the empty case, or the function returns early with every value computed from
the sequence replaced by its documented fallback; nothing when the contract is silent."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.empty_aggregates import EmptyAggregate
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

STATS = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Summary:
        """One upload. ``peak`` and ``mean`` are None when the batch holds no reading."""

        count: int
        peak: float | None
        mean: float | None


    def summarise(readings: list[float]) -> Summary:
        peak = max(r for r in readings)
        mean = round(sum(readings) / len(readings), 2)
        return Summary(count=len(readings), peak=peak, mean=mean)


    def hottest(readings: list[float]) -> float:
        return max(r for r in readings)
'''

LOWEST = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Quote:
        #: None when the search found no offers.
        lowest: int | None


    def quote(offers: list[int]) -> Quote:
        lowest = min(offers)
        return Quote(lowest=lowest)
'''


def _propose(tmp_path: Path, stats: str = STATS, needle: str = "peak = max(",
             name: str = "max") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"telemetry/__init__.py": "",
                                         "telemetry/stats.py": stats},
                              "telemetry/stats.py", needle, "ValueError",
                              f"{name}() arg is an empty sequence", {"readings": "[]"})
    return list(EmptyAggregate().propose(site, analysis))


def test_the_values_computed_from_an_empty_batch_are_returned_as_documented(
        tmp_path: Path) -> None:
    found = _propose(tmp_path)
    early = [c for c in found if "returns" in c.description]
    assert len(early) == 1
    assert early[0].edits["telemetry/stats.py"] == textwrap.dedent(STATS).lstrip("\n").replace(
        "    peak = max(r for r in readings)\n",
        "    if not readings:\n"
        "        return Summary(count=len(readings), peak=None, mean=None)\n"
        "    peak = max(r for r in readings)\n")
    assert "Summary.mean" in (early[0].contract or "")
    # `hottest`, which documents nothing, is left as it was.
    assert "    return max(r for r in readings)\n" in early[0].edits["telemetry/stats.py"]


def test_the_aggregate_itself_falls_back_to_its_documented_value(tmp_path: Path) -> None:
    found = _propose(tmp_path, LOWEST, "lowest = min(", "min")
    after = [c.edits["telemetry/stats.py"] for c in found]
    assert textwrap.dedent(LOWEST).lstrip("\n").replace(
        "min(offers)", "min(offers, default=None)") in after


def test_a_generator_gets_its_own_brackets_beside_the_default(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert any("peak = max((r for r in readings), default=None)\n" in c.edits[
        "telemetry/stats.py"] for c in found)


def test_a_type_that_only_admits_none_backs_nothing(tmp_path: Path) -> None:
    silent = STATS.replace(
        '"""One upload. ``peak`` and ``mean`` are None when the batch holds no reading."""',
        '"""One upload."""')
    assert _propose(tmp_path, silent) == []


def test_none_documented_for_another_case_backs_nothing(tmp_path: Path) -> None:
    other = STATS.replace("when the batch holds no reading", "while the sensor is offline")
    assert _propose(tmp_path, other) == []


def test_one_value_without_a_documented_answer_stops_the_early_return(
        tmp_path: Path) -> None:
    mixed = STATS.replace("``peak`` and ``mean`` are", "``peak`` is").replace(
        "    mean: float | None", "    mean: float")
    found = _propose(tmp_path, mixed)
    assert [c for c in found if "returns" in c.description] == []


def test_a_statement_with_an_effect_in_between_stops_the_early_return(
        tmp_path: Path) -> None:
    logged = STATS.replace("        mean = round(", "        print(peak)\n        mean = round(")
    found = _propose(tmp_path, logged)
    assert [c for c in found if "returns" in c.description] == []


APP = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Window:
        """Queue waits over a window. ``longest`` and ``average`` are None when the window
        had no waits: the board then shows a dash."""

        jobs: int
        longest: float | None
        average: float | None


    def window(waits: list[float]) -> Window:
        longest = max(w for w in waits)
        average = sum(waits) / len(waits)
        return Window(jobs=len(waits), longest=longest, average=average)
'''

TESTS = '''
    from queue_stats.waits import Window, window


    def test_window() -> None:
        assert window([1.0, 3.0]) == Window(2, 3.0, 2.0)
'''


def test_an_empty_window_reads_no_data_end_to_end(tmp_path: Path) -> None:
    check = ('from queue_stats.waits import Window, window\n'
             'assert window([]) == Window(0, None, None)\n'
             'assert window([2.0]) == Window(1, 2.0, 2.0)')
    data = fix_and_check(tmp_path, {"queue_stats/__init__.py": "",
                                    "queue_stats/waits.py": APP,
                                    "tests/test_waits.py": TESTS},
                         "from queue_stats.waits import window\nwindow([])", check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "empty-aggregate"
    assert "return Window(jobs=len(waits), longest=None, average=None)" in data["patch"]


MEDIAN = '''
    import statistics
    from dataclasses import dataclass
    from statistics import median


    @dataclass(frozen=True)
    class Board:
        courier: str
        #: Median of the courier's delivery minutes; None while there are no minutes yet.
        median_minutes: float | None
        #: Mean of the courier's delivery minutes; None while there are no minutes yet.
        mean_minutes: float | None


    def board(courier: str, minutes: list[float]) -> Board:
        return Board(courier=courier, median_minutes=median(minutes),
                     mean_minutes=round(statistics.mean(minutes), 1))
'''


def _statistics(tmp_path: Path, source: str, needle: str, message: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"board/__init__.py": "", "board/stats.py": source},
                              "board/stats.py", needle, "StatisticsError", message,
                              {"minutes": "[]", "courier": "'ana'"})
    return list(EmptyAggregate().propose(site, analysis))


def test_a_statistic_of_empty_data_is_its_documented_value(tmp_path: Path) -> None:
    direct = MEDIAN.replace("round(statistics.mean(minutes), 1)", "statistics.mean(minutes)")
    found = _statistics(tmp_path, direct, "median_minutes=median(", "no median for empty data")
    # Both statistics of the same data: fixing the median alone, the mean raises next.
    assert textwrap.dedent(direct).lstrip("\n").replace(
        "median_minutes=median(minutes),", "median_minutes=median(minutes) if minutes else None,",
    ).replace("mean_minutes=statistics.mean(minutes))",
              "mean_minutes=statistics.mean(minutes) if minutes else None)") in [
        c.edits["board/stats.py"] for c in found]
    # Inside round(...), a None would meet more code on its way to its place: nothing.
    found = _statistics(tmp_path, MEDIAN, "median_minutes=median(", "no median for empty data")
    assert not any("if minutes else" in c.edits["board/stats.py"] for c in found)


def test_a_statistic_of_a_generator_or_undocumented_data_gets_no_conditional(
        tmp_path: Path) -> None:
    generated = MEDIAN.replace("median(minutes)", "median(m for m in minutes)")
    assert not any("if minutes else" in c.edits["board/stats.py"] for c in _statistics(
        tmp_path, generated, "median_minutes=median(", "no median for empty data"))
    other = MEDIAN.replace("None while there are no minutes yet", "None while off shift")
    assert not any("if minutes else" in c.edits["board/stats.py"] for c in _statistics(
        tmp_path, other, "median_minutes=median(", "no median for empty data"))


BOARD_TESTS = '''
    from board.stats import Board, board


    def test_board() -> None:
        assert board("ana", [10.0, 30.0, 20.0]) == Board("ana", 20.0, 20.0)
'''


def test_a_new_courier_s_board_shows_no_median_end_to_end(tmp_path: Path) -> None:
    direct = MEDIAN.replace("round(statistics.mean(minutes), 1)", "statistics.mean(minutes)")
    check = ('from board.stats import Board, board\n'
             'assert board("bo", []) == Board("bo", None, None)\n'
             'assert board("bo", [4.0, 6.0]) == Board("bo", 5.0, 5.0)')
    data = fix_and_check(tmp_path, {"board/__init__.py": "", "board/stats.py": direct,
                                    "tests/test_stats.py": BOARD_TESTS},
                         'from board.stats import board\nboard("bo", [])', check)
    assert data is not None and data["status"] == "fixed", data
    assert "median(minutes) if minutes else None" in data["patch"]


def test_a_sentence_about_nothing_yet_in_the_domain_s_words_backs_it(tmp_path: Path) -> None:
    # "no ticket was closed", "until the first delivery": the empty list in the domain's
    # words, not the code's (`minutes`).
    direct = MEDIAN.replace("round(statistics.mean(minutes), 1)", "statistics.mean(minutes)")
    for sentence in ("None when no ticket was closed that week.",
                     "null until the courier's first completed delivery."):
        domain = direct.replace("None while there are no minutes yet.", sentence)
        found = _statistics(tmp_path, domain, "median_minutes=median(",
                            "no median for empty data")
        assert any("median(minutes) if minutes else None" in c.edits["board/stats.py"]
                   for c in found), sentence
    # Another case in the domain's words ("while off shift") still backs nothing.
    other = direct.replace("None while there are no minutes yet.", "None while off shift.")
    assert not any("if minutes else" in c.edits["board/stats.py"] for c in _statistics(
        tmp_path, other, "median_minutes=median(", "no median for empty data"))


TABLES = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Table:
        name: str
        seats: int


    TABLES = (Table("1", 2), Table("Window", 6))


    def allocate(party: int, taken: set[str]) -> Table | None:
        """The smallest free table that seats the party; None when no free table seats it."""
        free = (t for t in TABLES if t.name not in taken and t.seats >= party)
        return min(free, key=lambda t: t.seats)
'''


def test_a_key_is_kept_beside_the_default(tmp_path: Path) -> None:
    found = _propose(tmp_path, TABLES, "return min(", "min")
    assert [c.edits["telemetry/stats.py"] for c in found] == [
        textwrap.dedent(TABLES).lstrip("\n").replace(
            "return min(free, key=lambda t: t.seats)",
            "return min(free, key=lambda t: t.seats, default=None)")]


def test_a_key_without_a_documented_empty_case_backs_nothing(tmp_path: Path) -> None:
    silent = TABLES.replace("; None when no free table seats it", "")
    assert _propose(tmp_path, silent, "return min(", "min") == []
