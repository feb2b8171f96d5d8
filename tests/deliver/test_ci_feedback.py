"""What CI said, turned into the fix engine's second attempt: the rejected fix is not
proposed again, and CI's failing tests must pass with the next one."""

from __future__ import annotations

from pathlib import Path

from bugstack.deliver.ci_feedback import (
    CiFeedback,
    changed_lines,
    failing_tests,
    run_fix_with_feedback,
)
from bugstack.domain import FixStatus
from bugstack.repair.pipeline import FixRequest, run_fix
from tests.repair.apps import capture_event, make_repo

MEMBERS = {
    "shop/__init__.py": "",
    "shop/members.py": '''
        from dataclasses import dataclass


        @dataclass
        class Card:
            number: str


        @dataclass
        class Member:
            name: str
            card: Card | None = None  # members who joined online get their card later


        def card_number(member: Member) -> str | None:
            """The member's card number, or None when they have no card yet."""
            return member.card.number
        ''',
    "tests/__init__.py": "",
    "tests/test_members.py": '''
        from shop.members import Card, Member, card_number


        def test_card_number():
            assert card_number(Member("Ada", Card("L-1"))) == "L-1"
        ''',
    # A check only CI runs (the project's test command is `pytest tests`): the team's
    # style rule against conditional expressions.
    "ci_checks/__init__.py": "",
    "ci_checks/test_style.py": '''
        from pathlib import Path


        def test_no_conditional_expressions():
            source = Path("shop/members.py").read_text()
            assert " else " not in source
        ''',
    "pyproject.toml": '''
        [tool.pytest.ini_options]
        pythonpath = ["."]
        ''',
}


def test_failing_tests_are_read_from_ci_logs() -> None:
    github = ("2026-01-01T10:00:00.1234567Z FAILED tests/test_a.py::test_one - assert 1 == 2\n"
              "2026-01-01T10:00:00.2Z ERROR tests/test_b.py::TestX::test_two - boom\n")
    gitlab = "tests/test_c.py::test_three FAILED                              [ 50%]\n"
    noise = "FAILED /etc/passwd::x\nFAILED ../outside.py::y\nFAILED tests/test_a.py::test_one\n"
    assert failing_tests(github + gitlab + noise) == (
        "tests/test_a.py::test_one", "tests/test_b.py::TestX::test_two",
        "tests/test_c.py::test_three")
    assert failing_tests("error: lint failed\n") == ()


def test_the_same_change_is_recognised_whatever_its_context() -> None:
    one = "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a = 1\n-b = a\n+b = a  \n"
    other = "--- a/x.py\n+++ b/x.py\n@@ -7,1 +7,1 @@\n-b = a\n+b = a\n"
    assert changed_lines(one) == changed_lines(other) == ("-b = a", "+b = a")


def _members(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    repo = make_repo(tmp_path / "repo", MEMBERS)
    event = capture_event(repo, tmp_path / "deployed", '''
        from shop.members import Member, card_number
        card_number(Member("Grace"))
        ''')
    return repo, event


def test_the_second_attempt_skips_the_fix_ci_rejected(tmp_path: Path) -> None:
    repo, event = _members(tmp_path)
    first = run_fix(FixRequest(repo=repo, event=event, test_command="python -m pytest -q tests"))
    assert first.proposal.status is FixStatus.FIXED
    feedback = CiFeedback.from_ci("## tests\nthe deploy smoke test failed", first.proposal.patch)
    second = run_fix_with_feedback(
        FixRequest(repo=repo, event=event, test_command="python -m pytest -q tests"), feedback)
    assert second.proposal.status is FixStatus.FIXED
    assert changed_lines(second.proposal.patch) != changed_lines(first.proposal.patch)
    assert second.proposal.checks["ci_retry"]["rejected"] == 1


def test_a_fix_that_breaks_cis_failing_test_is_rejected_for_the_next(tmp_path: Path) -> None:
    repo, event = _members(tmp_path)
    output = ("## tests\nFAILED ci_checks/test_style.py::test_no_conditional_expressions"
              " - assert ' else ' not in source")
    # The fix CI rejected is not this engine's first pick, so the CI test itself must
    # steer the engine away from its first pick (a conditional expression).
    feedback = CiFeedback(output=output, tests=failing_tests(output))
    run = run_fix_with_feedback(
        FixRequest(repo=repo, event=event, test_command="python -m pytest -q tests"), feedback)
    assert run.proposal.status is FixStatus.FIXED, run.proposal.explanation
    assert " else " not in run.edits["shop/members.py"]
    retry = run.proposal.checks["ci_retry"]
    assert retry["rejected"] == 1 and retry["ci_tests"] == [
        "ci_checks/test_style.py::test_no_conditional_expressions"]
    assert "breaks CI's" in retry["notes"][0] and "pass with the fix" in retry["notes"][-1]
