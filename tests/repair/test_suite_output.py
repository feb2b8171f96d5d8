"""Test commands that write no JUnit report (unittest, ``make test``): their printed
summaries are read, so "no new failure" is still judged test by test."""

from __future__ import annotations

import sys
from pathlib import Path

from bugstack.repair.suite_output import parse_summary
from bugstack.repair.verify import new_failures, run_suite

TESTS = '''\
import unittest

from cart import total


class CartTest(unittest.TestCase):
    def test_total(self):
        self.assertEqual(total([1, 2]), 3)

    def test_empty(self):
        self.assertEqual(total([]), 0)

    def test_known_bug(self):
        self.assertEqual(total([0.1, 0.2]), 0.3)  # failed before any change

    @unittest.skip("not on this platform")
    def test_skipped(self):
        pass
'''


def _project(root: Path, cart: str) -> Path:
    (root / "tests").mkdir(parents=True, exist_ok=True)
    (root / "tests" / "__init__.py").write_text("")
    (root / "tests" / "test_cart.py").write_text(TESTS)
    (root / "cart.py").write_text(cart)
    return root


GOOD = "def total(items):\n    return sum(items)\n"
BROKEN_EMPTY = "def total(items):\n    return sum(items) if items else None\n"


def test_unittest_summary_names_the_failures(tmp_path: Path) -> None:
    root = _project(tmp_path, GOOD)
    run = run_suite(root, [sys.executable, "-m", "unittest"], 120)
    assert run.returncode == 1 and not run.parsed
    assert run.summary is not None
    assert (run.summary.passed, run.summary.failed, run.summary.skipped) == (2, 1, 1)
    assert run.summary.failed_names == {"tests.test_cart.CartTest.test_known_bug"}
    assert run.to_json()["passed"] == 2


def test_a_failure_that_was_there_before_is_allowed_a_new_one_is_not(tmp_path: Path) -> None:
    # (``make test`` reaches the same runner; the sandbox exposes only the interpreter
    # the command itself names, so here the command is the interpreter.)
    for command in ([sys.executable, "-m", "unittest"],):
        before = run_suite(_project(tmp_path / "before", GOOD), command, 120)
        same = run_suite(_project(tmp_path / "same", GOOD), command, 120)
        worse = run_suite(_project(tmp_path / "worse", BROKEN_EMPTY), command, 120)
        # The command failed before the change; it used to mean no verdict at all.
        assert before.returncode != 0
        assert new_failures(before, same) == []
        broken = new_failures(before, worse)
        assert broken[0] == "tests.test_cart.CartTest.test_empty", broken


def test_pytest_summary_printed_through_another_command() -> None:
    output = (
        "make[1]: Entering directory\n"
        "..F.s\n"
        "=========================== short test summary info ============================\n"
        "FAILED tests/test_cart.py::test_total - assert 4 == 3\n"
        "1 failed, 3 passed, 1 skipped in 0.12s\n"
    )
    summary = parse_summary(output)
    assert summary is not None and summary.runner == "pytest"
    assert (summary.passed, summary.failed, summary.skipped) == (3, 1, 1)
    assert summary.failed_names == {"tests/test_cart.py::test_total"}


def test_failures_the_output_does_not_name_cannot_be_compared() -> None:
    assert parse_summary("Ran 3 tests in 0.001s\n\nFAILED (failures=1)\n") is None
    assert parse_summary("all good\n") is None
