"""The whole path on each forge: verified fix → branch pushed to a real bare repository →
pull request → failing CI → one more attempt → green → auto-merge → a recurrence from a
release that contains the fix marks the issue regressed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from bugstack.deliver import BotIdentity, DeliveryError, DeliveryTarget, IssueRef, MergePolicy
from bugstack.deliver.flow import Polling, announce_regression, deliver_fix, follow_checks
from bugstack.deliver.model import DeliveryState, ForgeKind
from bugstack.deliver.recurrence import Recurrence, recurrence_of, release_contains
from bugstack.domain import FixProposal, FixStatus, IssueStatus
from tests.deliver.conftest import Project, git, make_proposal
from tests.deliver.forge_cases import FORGES, ForgeCase, forge_case

BOT = BotIdentity(name="bugstack-bot", email="bot@bugstack.test")
SECOND = "def ratio(a, b):\n    return a / b if b else 0.0\n"


@pytest.fixture(params=FORGES)
def case(request: pytest.FixtureRequest, project: Project) -> Iterator[ForgeCase]:
    with forge_case(request.param, str(project.remote)) as made:
        yield made


@pytest.fixture
def gitea(project: Project) -> Iterator[ForgeCase]:
    with forge_case("gitea", str(project.remote)) as made:
        yield made


def _target(project: Project, tmp_path: Path, name: str, **changes: object) -> DeliveryTarget:
    kind = {"github": ForgeKind.GITHUB, "gitlab": ForgeKind.GITLAB, "gitea": ForgeKind.GITEA}
    target = DeliveryTarget(
        repository=project.remote.as_uri(), workdir=str(tmp_path / "data"), forge=kind[name],
        forge_repo="acme/shop", merge_policy=MergePolicy.AUTO_MERGE, bot=BOT,
        labels=("bugstack",),
    )
    return dataclasses.replace(target, **changes)  # type: ignore[arg-type]


def _second_patch(project: Project) -> str:
    (project.work / "app" / "calc.py").write_text(SECOND)
    patch = git(project.work, "diff")
    git(project.work, "checkout", "--", "app/calc.py")
    return patch


class ScriptedCI:
    """Plays the project's CI between two polls: each new head gets the next outcome."""

    def __init__(self, case: ForgeCase, project: Project, branch: str, outcomes: list[str]):
        self.case, self.project, self.branch = case, project, branch
        self.outcomes = outcomes
        self.ran: dict[str, str] = {}

    def __call__(self, _interval: float) -> None:
        head = git(self.project.remote, "rev-parse", self.branch).strip()
        if head not in self.ran and self.outcomes:
            outcome = self.outcomes.pop(0)
            self.ran[head] = outcome
            self.case.fake.ci(head, "lint", "success")
            output = "FAILED tests/test_calc.py::test_ratio_negative - AssertionError"
            self.case.fake.ci(head, "tests", outcome, output if outcome == "failure" else "")


def test_the_whole_path_on_each_forge(
    case: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, case.name)
    proposal = make_proposal(project)
    second_patch = _second_patch(project)
    delivery = deliver_fix(proposal, target, issue, case.forge,
                           guide_url="http://127.0.0.1:8000/guides/zero-division")

    assert delivery.state is DeliveryState.OPEN
    assert delivery.branch == "bugstack/42-zerodivisionerror-division-by-zero"
    assert git(project.remote, "rev-parse", delivery.branch).strip() == delivery.commit
    pull = case.fake.pulls[delivery.pr_number]
    assert not pull.draft and pull.labels == ["bugstack"]
    for part in ("## The error", "ZeroDivisionError: division by zero", "app/calc.py:2 in ratio",
                 "## Root cause", "divides by b", "## The change", "smallest of the 3",
                 "zero-division](http://127.0.0.1:8000/guides/zero-division)",
                 "| before the fix | failed |", "| after the fix | 5 passed, 0 failed, 0 skipped |",
                 "http://127.0.0.1:8000/issues/42"):
        assert part in pull.body, part
    first_commit = delivery.commit

    retried_with: list[str] = []

    def retry(rejected: FixProposal, failure: str) -> FixProposal:
        retried_with.append(failure)
        assert rejected is proposal
        return make_proposal(project, patch=second_patch, candidates_tried=2)

    ci = ScriptedCI(case, project, delivery.branch, ["failure", "success"])
    delivery, final = follow_checks(
        delivery, proposal, target=target, issue=issue, forge=case.forge, retry=retry,
        polling=Polling(interval=0, timeout=60, sleep=ci),
    )

    assert delivery.state is DeliveryState.MERGED, delivery.notes
    assert delivery.attempts == 2 and final.patch == second_patch
    assert len(retried_with) == 1 and "test_ratio_negative - AssertionError" in retried_with[0]
    # The second attempt went on top of the first: a fast-forward, nothing rewritten.
    assert git(project.remote, "rev-parse", f"{delivery.commit}^").strip() == first_commit
    assert "CI failed (tests)" in " ".join(pull.comments)
    assert "## Attempt 2" in pull.body
    # Merged through the forge: main now holds the second fix and the regression test.
    main = git(project.remote, "rev-parse", "main").strip()
    assert main == delivery.merge_commit
    assert git(project.remote, "show", "main:app/calc.py") == SECOND
    assert "test_ratio_by_zero" in git(project.remote, "show", "main:tests/test_bugstack_42.py")

    # Recurrence: release 1.0 is the old code, 1.1 was built from the merged main.
    releases = {
        "1.0": set(git(project.remote, "rev-list", project.base).split()),
        "1.1": set(git(project.remote, "rev-list", main).split()),
    }
    assert recurrence_of(delivery.merge_commit, "1.0", releases) is Recurrence.NOT_DEPLOYED
    verdict = recurrence_of(delivery.merge_commit, "1.1", releases)
    assert verdict is Recurrence.REGRESSED
    status = IssueStatus.REGRESSED if verdict is Recurrence.REGRESSED else IssueStatus.RESOLVED
    assert status is IssueStatus.REGRESSED
    assert release_contains(project.remote, main, delivery.merge_commit) is True
    assert release_contains(project.remote, project.base, delivery.merge_commit) is False
    announce_regression(case.forge, delivery, "1.1", issue.link)
    assert "came back in release `1.1`" in pull.comments[-1]


def test_review_policy_stops_at_a_green_pull_request(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea", merge_policy=MergePolicy.REVIEW)
    proposal = make_proposal(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    ci = ScriptedCI(gitea, project, delivery.branch, ["success"])
    delivery, _ = follow_checks(delivery, proposal, target=target, issue=issue,
                                forge=gitea.forge, polling=Polling(interval=0, sleep=ci))
    assert delivery.state is DeliveryState.AWAITING_REVIEW
    assert "merge policy is review" in delivery.notes[-1]
    assert git(project.remote, "rev-parse", "main").strip() == project.base


def test_an_unverified_fix_is_a_draft_and_never_merged(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project, status=FixStatus.UNVERIFIED)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    pull = gitea.fake.pulls[delivery.pr_number]
    assert pull.draft and "Not verified" in pull.body
    ci = ScriptedCI(gitea, project, delivery.branch, ["success"])
    delivery, _ = follow_checks(delivery, proposal, target=target, issue=issue,
                                forge=gitea.forge, polling=Polling(interval=0, sleep=ci))
    assert delivery.state is DeliveryState.AWAITING_REVIEW
    assert git(project.remote, "rev-parse", "main").strip() == project.base


def test_an_unsafe_recipe_is_left_for_review(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project, safe=False)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    ci = ScriptedCI(gitea, project, delivery.branch, ["success"])
    delivery, _ = follow_checks(delivery, proposal, target=target, issue=issue,
                                forge=gitea.forge, polling=Polling(interval=0, sleep=ci))
    assert delivery.state is DeliveryState.AWAITING_REVIEW
    assert "not marked safe" in delivery.notes[-1]


def test_after_the_second_failure_it_stops_and_says_so(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project)
    second_patch = _second_patch(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    calls: list[str] = []

    def retry(rejected: FixProposal, failure: str) -> FixProposal:
        calls.append(failure)
        return make_proposal(project, patch=second_patch)

    ci = ScriptedCI(gitea, project, delivery.branch, ["failure", "failure", "success"])
    delivery, _ = follow_checks(delivery, proposal, target=target, issue=issue,
                                forge=gitea.forge, retry=retry,
                                polling=Polling(interval=0, sleep=ci))
    assert delivery.state is DeliveryState.GAVE_UP
    assert len(calls) == 1  # one more attempt, never a third
    pull = gitea.fake.pulls[delivery.pr_number]
    assert "bugstack stops here: CI failed again on attempt 2" in pull.comments[-1]
    assert git(project.remote, "rev-parse", "main").strip() == project.base


def test_a_retry_without_a_verified_fix_gives_up(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    first = delivery.commit
    ci = ScriptedCI(gitea, project, delivery.branch, ["failure"])
    delivery, _ = follow_checks(
        delivery, proposal, target=target, issue=issue, forge=gitea.forge,
        retry=lambda p, out: dataclasses.replace(p, status=FixStatus.NOT_FIXED),
        polling=Polling(interval=0, sleep=ci),
    )
    assert delivery.state is DeliveryState.GAVE_UP
    assert "second attempt gave not_fixed" in delivery.notes[-1]
    assert git(project.remote, "rev-parse", delivery.branch).strip() == first


def test_polling_stops_at_its_timeout_while_checks_run(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    ticks = iter(range(1000))
    delivery, _ = follow_checks(
        delivery, proposal, target=target, issue=issue, forge=gitea.forge,
        polling=Polling(interval=1, timeout=5, sleep=lambda _: None,
                        clock=lambda: float(next(ticks))),
    )
    assert delivery.state is DeliveryState.CHECKS_PENDING
    assert delivery.notes[-1] == "checks still running when polling stopped"


def test_plain_git_pushes_the_branch_only(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = DeliveryTarget(repository=project.remote.as_uri(), workdir=str(tmp_path / "d"),
                            bot=BOT)
    delivery = deliver_fix(make_proposal(project), target, issue, None)
    assert delivery.state is DeliveryState.PUSHED and delivery.pr_number is None
    assert git(project.remote, "rev-parse", delivery.branch).strip() == delivery.commit


def test_results_without_a_fix_are_refused(project: Project, issue: IssueRef) -> None:
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    for status in (FixStatus.NOT_FIXED, FixStatus.NOT_REPRODUCED):
        with pytest.raises(DeliveryError, match="no fix to deliver"):
            deliver_fix(make_proposal(project, status=status), target, issue, None)
    assert git(project.work, "branch", "--list", "bugstack/*") == ""


def test_news_about_an_older_commit_is_ignored_and_a_person_may_merge_first(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    from bugstack.deliver import CheckResult, ChecksReport, CheckState, advance

    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    stale = ChecksReport(project.base, (CheckResult("tests", CheckState.FAILURE, "old"),))
    delivery, _ = advance(delivery, proposal, stale, target=target, issue=issue,
                          forge=gitea.forge)
    assert delivery.state is DeliveryState.OPEN and delivery.failure_output is None
    # A person merges the pull request before CI reports.
    gitea.forge.merge(gitea.forge.get_pull_request(delivery.pr_number), delivery.commit)
    green = ChecksReport(delivery.commit, (CheckResult("tests", CheckState.SUCCESS),))
    delivery, _ = advance(delivery, proposal, green, target=target, issue=issue,
                          forge=gitea.forge)
    assert delivery.state is DeliveryState.MERGED
    assert delivery.notes[-1] == "the pull request was merged by someone else"


def test_no_second_attempt_on_a_pull_request_a_person_closed(
    gitea: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    from bugstack.deliver import CheckResult, ChecksReport, CheckState, advance

    target = _target(project, tmp_path, "gitea")
    proposal = make_proposal(project)
    delivery = deliver_fix(proposal, target, issue, gitea.forge)
    gitea.fake.pulls[delivery.pr_number].state = "closed"
    red = ChecksReport(delivery.commit, (CheckResult("tests", CheckState.FAILURE, "boom"),))
    retried: list[str] = []
    delivery, _ = advance(delivery, proposal, red, target=target, issue=issue,
                          forge=gitea.forge, retry=lambda p, out: retried.append(out) or p)
    assert retried == []
    assert delivery.state is DeliveryState.AWAITING_REVIEW
    assert delivery.notes[-1] == "the pull request was closed by someone else"
