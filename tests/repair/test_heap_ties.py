"""Equal priorities on a heap compared by their payload: a push counter as tie-breaker
when the class documents first-in-first-out within a priority; nothing when it is
silent, orders ties otherwise, or reads entries in a way the counter would change."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.heap_ties import HeapTieBreaker
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

DOC = ("Tasks come out lowest rank first; tasks of equal priority come out in the order "
       "they were added.")

BOARD = '''
    """Tasks waiting for a free worker."""
    import heapq
    from typing import Any


    class Board:
        """{doc}"""

        def __init__(self) -> None:
            self._waiting: list[tuple[int, dict[str, Any]]] = []

        def __len__(self) -> int:
            return len(self._waiting)

        def add(self, task: dict[str, Any], rank: int = 5) -> None:
            heapq.heappush(self._waiting, (rank, task))

        def take(self) -> dict[str, Any]:
            return {take}


    def add_all(board: Board, ids: list[int]) -> int:
        for number in ids:
            board.add({"id": number}, 5)
        return len(ids)


    def unrelated(values: list[int]) -> list[int]:
        return sorted(values)
'''

MESSAGE = "'<' not supported between instances of 'dict' and 'dict'"


def _source(doc: str = DOC, take: str = "heapq.heappop(self._waiting)[-1]") -> str:
    return BOARD.replace("{doc}", doc).replace("{take}", take)


def _propose(tmp_path: Path, source: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"work/__init__.py": "", "work/board.py": source},
                              "work/board.py", "heapq.heappush", "TypeError", MESSAGE)
    return list(HeapTieBreaker().propose(site, analysis))


def test_documented_fifo_ties_get_a_push_counter(tmp_path: Path) -> None:
    found = _propose(tmp_path, _source())
    assert len(found) == 1
    after = found[0].edits["work/board.py"]
    assert "import heapq\nimport itertools\n" in after
    assert "heapq.heappush(self._waiting, (rank, next(self._pushed), task))" in after
    assert "self._waiting: list[tuple[int, int, dict[str, Any]]] = []\n" in after
    assert "        self._pushed = itertools.count()\n" in after
    assert "return heapq.heappop(self._waiting)[-1]" in after
    assert "def unrelated(values: list[int]) -> list[int]:\n    return sorted(values)" in after
    assert "in the order" in (found[0].contract or "")


def test_silent_or_other_orders_back_nothing(tmp_path: Path) -> None:
    for index, doc in enumerate(("Tasks come out lowest rank first.",
                                 "Tasks of equal priority come out in any order.",
                                 "Tasks of equal priority come out sorted by name.")):
        assert _propose(tmp_path / str(index), _source(doc)) == [], doc


def test_entries_read_at_their_second_item_get_nothing(tmp_path: Path) -> None:
    for index, take in enumerate(("heapq.heappop(self._waiting)[1]",
                                  "next(iter(self._waiting))[-1]")):
        assert _propose(tmp_path / str(index), _source(take=take)) == [], take


TESTS = '''
    from work.board import Board


    def test_rank_order() -> None:
        board = Board()
        board.add({"id": 1}, 9)
        board.add({"id": 2}, 0)
        assert board.take() == {"id": 2}
'''

TRIGGER = '''
    from work.board import Board, add_all
    add_all(Board(), [3, 1, 2])
'''

CHECK = ('from work.board import Board\nboard = Board()\n'
         'for n in (3, 1, 2, 4):\n    board.add({"id": n}, 0 if n == 4 else 5)\n'
         'assert [board.take()["id"] for _ in range(4)] == [4, 3, 1, 2]')


def test_end_to_end_ties_leave_in_push_order(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"work/__init__.py": "", "work/board.py": _source(),
                                    "tests/test_board.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "next(self._pushed)" in data["patch"]


def test_end_to_end_silent_docs_are_declined(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"work/__init__.py": "",
                                    "work/board.py": _source("Tasks, lowest rank first."),
                                    "tests/test_board.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed", data["patch"]
