"""An empty case the docstring says raises: only a fix raising it keeps its backing."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.crash_sites import crash_at

MEAN = '''
    class EmptyBatch(Exception):
        """A batch with no values."""


    def mean(values: list[float]) -> float:
        """The mean of the batch. An empty batch raises EmptyBatch: the alerting relies
        on it."""
        return sum(values) / len(values)
'''


def _backed(root: Path, source: str) -> list[str]:
    site, analysis = crash_at(root, {"batch.py": source}, "batch.py", "return sum(",
                              "ZeroDivisionError", "division by zero", {"values": "[]"})
    return [c.diff() for c in generate(site, analysis) if c.contract]


def test_a_documented_raise_leaves_no_other_answer_backed(tmp_path: Path) -> None:
    assert _backed(tmp_path, MEAN) == []


def test_without_the_sentence_the_guide_still_answers(tmp_path: Path) -> None:
    silent = MEAN.replace(" An empty batch raises EmptyBatch: the alerting relies\n"
                          "        on it.", "")
    assert _backed(tmp_path, silent)
