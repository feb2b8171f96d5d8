"""Every forge behind the one interface, driven through its real client library against a
fake that speaks the forge's documented REST API on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bugstack.deliver import DeliveryTarget, IssueRef, write_fix_branch
from bugstack.deliver.forge import (
    CheckState,
    ForgeAuthError,
    ForgeConflict,
    ForgeNotFound,
    ForgeRateLimited,
    PullRequestSpec,
)
from tests.deliver.conftest import Project, git, make_proposal
from tests.deliver.forge_cases import FORGES, ForgeCase, forge_case


@pytest.fixture(params=FORGES)
def case(request: pytest.FixtureRequest, project: Project) -> Iterator[ForgeCase]:
    with forge_case(request.param, str(project.remote)) as made:
        yield made


@pytest.fixture
def branch(project: Project, issue: IssueRef) -> tuple[str, str]:
    target = DeliveryTarget(repository=str(project.remote))
    result = write_fix_branch(target, issue, make_proposal(project), "Fix it\n")
    return result.branch, result.commit


def _spec(branch: str, **changes: object) -> PullRequestSpec:
    fields: dict[str, object] = dict(branch=branch, base="main", title="Fix ZeroDivisionError",
                                     body="the body", labels=("bugstack", "fix"), draft=False)
    fields.update(changes)
    return PullRequestSpec(**fields)  # type: ignore[arg-type]


def test_opens_a_pull_request_with_body_and_labels(
    case: ForgeCase, branch: tuple[str, str]
) -> None:
    name, sha = branch
    pull = case.forge.open_pull_request(_spec(name))
    assert pull.state == "open" and not pull.draft
    assert pull.head_sha == sha
    stored = case.fake.pulls[pull.number]
    assert (stored.head, stored.base, stored.body) == (name, "main", "the body")
    assert sorted(stored.labels) == ["bugstack", "fix"]
    assert case.forge.find_pull_request(name) == pull or (
        case.forge.find_pull_request(name) is not None
    )
    found = case.forge.find_pull_request(name)
    assert found is not None and found.number == pull.number
    assert case.forge.find_pull_request("bugstack/none") is None


def test_an_unverified_fix_opens_as_draft(case: ForgeCase, branch: tuple[str, str]) -> None:
    pull = case.forge.open_pull_request(_spec(branch[0], draft=True))
    assert pull.draft
    assert case.fake.pulls[pull.number].draft


def test_opening_again_reuses_the_open_pull_request(
    case: ForgeCase, branch: tuple[str, str]
) -> None:
    first = case.forge.open_pull_request(_spec(branch[0]))
    again = case.forge.open_pull_request(_spec(branch[0], body="second attempt"))
    assert again.number == first.number
    assert len(case.fake.pulls) == 1
    assert case.fake.pulls[first.number].body == "second attempt"


def test_a_missing_branch_is_not_mistaken_for_an_existing_pull(case: ForgeCase) -> None:
    # GitHub answers 422, GitLab 409, Gitea 404: each is an error, never a reused pull.
    with pytest.raises((ForgeConflict, ForgeNotFound)):
        case.forge.open_pull_request(_spec("bugstack/does-not-exist"))


def test_a_wrong_token_is_an_auth_error(case: ForgeCase, branch: tuple[str, str]) -> None:
    with pytest.raises(ForgeAuthError) as refused:
        case.make(token="wrong").open_pull_request(_spec(branch[0]))
    assert refused.value.status == 401


def test_an_unknown_repository_is_not_found(case: ForgeCase, branch: tuple[str, str]) -> None:
    with pytest.raises(ForgeNotFound):
        case.make(repo="acme/nope").open_pull_request(_spec(branch[0]))


def test_rate_limiting_is_reported_with_the_wait(
    case: ForgeCase, branch: tuple[str, str]
) -> None:
    case.fake.rate_limit_once()
    with pytest.raises(ForgeRateLimited) as limited:
        case.forge.open_pull_request(_spec(branch[0]))
    assert limited.value.retry_after is not None
    # Once the limit is over, the same call goes through.
    assert case.forge.open_pull_request(_spec(branch[0])).state == "open"


def test_checks_are_read_and_failures_carry_their_output(
    case: ForgeCase, branch: tuple[str, str]
) -> None:
    _, sha = branch
    case.forge.open_pull_request(_spec(branch[0]))
    assert case.forge.checks(sha).state is CheckState.NONE
    case.fake.ci(sha, "lint", "success")
    case.fake.ci(sha, "tests", "pending")
    assert case.forge.checks(sha).state is CheckState.PENDING
    case.fake.ci(sha, "tests", "failure", "FAILED tests/test_calc.py::test_ratio - boom")
    report = case.forge.checks(sha)
    assert report.state is CheckState.FAILURE
    assert [c.name for c in report.failing] == ["tests"]
    assert "test_ratio - boom" in report.failure_output()


def test_comment_and_body_update(case: ForgeCase, branch: tuple[str, str]) -> None:
    pull = case.forge.open_pull_request(_spec(branch[0]))
    case.forge.comment(pull.number, "CI failed; trying once more")
    case.forge.update_body(pull.number, "new body")
    stored = case.fake.pulls[pull.number]
    assert stored.comments == ["CI failed; trying once more"]
    assert stored.body == "new body"


def test_merge_through_the_forge_only_at_the_verified_head(
    case: ForgeCase, project: Project, branch: tuple[str, str]
) -> None:
    name, sha = branch
    pull = case.forge.open_pull_request(_spec(name))
    with pytest.raises(ForgeConflict):
        case.forge.merge(pull, project.base)  # not the head: refused, nothing merged
    assert git(project.remote, "rev-parse", "main").strip() == project.base
    merge_commit = case.forge.merge(pull, sha)
    assert git(project.remote, "rev-parse", "main").strip() == merge_commit
    assert case.forge.get_pull_request(pull.number).state == "merged"


def test_github_reads_commit_statuses_and_survives_a_missing_actions_log(
    project: Project, branch: tuple[str, str]
) -> None:
    _, sha = branch
    with forge_case("github", str(project.remote)) as github:
        github.fake.add_status(sha, "ci/jenkins", "failure", "3 tests failed")
        github.fake.add_check_run(sha, "build", "failure", "compile error",
                                  actions_log="the log")
        github.fake.job_logs.clear()  # GitHub expires logs: the read must still work
        report = github.forge.checks(sha)
    by_name = {c.name: c for c in report.checks}
    assert by_name["ci/jenkins"].state is CheckState.FAILURE
    assert by_name["ci/jenkins"].output == "3 tests failed"
    assert "compile error" in by_name["build"].output
    assert "the log" not in by_name["build"].output


def test_gitea_finds_labels_past_the_first_page(
    project: Project, branch: tuple[str, str]
) -> None:
    with forge_case("gitea", str(project.remote)) as gitea:
        gitea.fake.labels.update({100 + i: f"area-{i}" for i in range(120)})
        gitea.fake.labels[999] = "bugstack"
        before = len(gitea.fake.labels)
        pull = gitea.forge.open_pull_request(_spec(branch[0], labels=("bugstack",)))
        assert len(gitea.fake.labels) == before  # found, not created again
        assert gitea.fake.pulls[pull.number].labels == ["bugstack"]


def test_close_and_reopen_a_pull_request(case: ForgeCase, branch: tuple[str, str]) -> None:
    pull = case.forge.open_pull_request(_spec(branch[0]))
    closed = case.forge.close_pull_request(pull.number)
    assert closed.state == "closed" and case.fake.pulls[pull.number].state == "closed"
    assert case.forge.find_pull_request(branch[0]) is None
    reopened = case.forge.reopen_pull_request(pull.number)
    assert reopened.state == "open" and case.fake.pulls[pull.number].state == "open"
    assert case.forge.get_pull_request(pull.number).state == "open"


def test_a_merged_pull_request_is_neither_closed_nor_reopened(
    case: ForgeCase, branch: tuple[str, str]
) -> None:
    name, sha = branch
    pull = case.forge.open_pull_request(_spec(name))
    case.forge.merge(pull, sha)
    for change in (case.forge.close_pull_request, case.forge.reopen_pull_request):
        with pytest.raises(ForgeConflict):
            change(pull.number)
    assert case.forge.get_pull_request(pull.number).state == "merged"


def test_github_reads_a_failed_check_runs_annotations(
    project: Project, branch: tuple[str, str]
) -> None:
    _, sha = branch
    with forge_case("github", str(project.remote)) as github:
        github.fake.add_check_run(sha, "ruff", "failure", "1 error", annotations=[{
            "path": "app/calc.py", "start_line": 2, "end_line": 2,
            "annotation_level": "failure", "title": "E711",
            "message": "comparison to None should be 'if cond is None:'",
            "raw_details": ""}])
        github.fake.add_check_run(sha, "build", "success", "ok")
        report = github.forge.checks(sha)
    assert [c.name for c in report.failing] == ["ruff"]
    assert "app/calc.py:2: failure: comparison to None" in report.failure_output()
