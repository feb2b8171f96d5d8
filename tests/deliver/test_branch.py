from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from bugstack.deliver import (
    BotIdentity,
    DeliveryError,
    DeliveryTarget,
    IssueRef,
    branch_name,
    commit_message,
    write_fix_branch,
)
from tests.deliver.conftest import FIXED, TEST, Project, git, make_proposal

BOT = BotIdentity(name="bugstack-bot", email="bot@bugstack.test")


def _snapshot(work: Path) -> tuple[str, str, str, str]:
    index = hashlib.sha256((work / ".git" / "index").read_bytes()).hexdigest()
    return (
        git(work, "symbolic-ref", "HEAD"),
        git(work, "status", "--porcelain"),
        index,
        (work / "app" / "calc.py").read_text(),
    )


def test_branch_name_is_stable_and_safe() -> None:
    issue = IssueRef(id=7, title="KeyError: 'sku' / in <checkout>!")
    assert branch_name(issue) == "bugstack/7-keyerror-sku-in-checkout"
    assert branch_name(IssueRef(id=8, title="!!!")) == "bugstack/8-fix"


def test_local_repository_gets_branch_without_touching_its_checkout(
    project: Project, issue: IssueRef
) -> None:
    proposal = make_proposal(project)
    # A developer's uncommitted work must survive.
    (project.work / "notes.txt").write_text("wip")
    (project.work / "app" / "calc.py").write_text("# editing\n")
    before = _snapshot(project.work)
    target = DeliveryTarget(repository=str(project.work), bot=BOT)

    result = write_fix_branch(target, issue, proposal, commit_message(issue, proposal))

    assert _snapshot(project.work) == before
    assert result.branch == "bugstack/42-zerodivisionerror-division-by-zero"
    assert not result.pushed
    assert git(project.work, "rev-parse", f"refs/heads/{result.branch}").strip() == result.commit
    assert git(project.work, "show", f"{result.commit}:app/calc.py") == FIXED
    assert git(project.work, "show", f"{result.commit}:tests/test_bugstack_42.py") == TEST
    assert git(project.work, "rev-parse", f"{result.commit}^").strip() == project.base
    who = git(project.work, "log", "-1", "--format=%an <%ae>|%cn <%ce>", result.commit).strip()
    assert who == "bugstack-bot <bot@bugstack.test>|bugstack-bot <bot@bugstack.test>"
    message = git(project.work, "log", "-1", "--format=%B", result.commit)
    assert message.startswith("Fix ZeroDivisionError: division by zero\n")
    assert "What failed:" in message and "app/calc.py:2 in ratio" in message
    assert "Why: ratio() divides by b" in message
    assert "What changed: app/calc.py (+2 -0)" in message
    # Nothing was pushed: the remote has main only.
    assert git(project.remote, "for-each-ref", "--format=%(refname)").split() == [
        "refs/heads/main"
    ]


def test_url_repository_is_cloned_and_branch_pushed(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    proposal = make_proposal(project)
    target = DeliveryTarget(repository=f"file://{project.remote}", workdir=str(tmp_path / "data"),
                            bot=BOT)
    result = write_fix_branch(target, issue, proposal, commit_message(issue, proposal))
    assert result.pushed
    assert git(project.remote, "rev-parse", result.branch).strip() == result.commit
    assert git(project.remote, "rev-parse", "main").strip() == project.base
    assert (tmp_path / "data" / "repos").is_dir()


def test_second_attempt_is_a_fast_forward_on_the_bots_branch(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = DeliveryTarget(repository=str(project.remote.as_uri()), workdir=str(tmp_path / "d"),
                            bot=BOT)
    first_proposal = make_proposal(project)
    first = write_fix_branch(target, issue, first_proposal, "first\n")
    (project.work / "app" / "calc.py").write_text(
        "def ratio(a, b):\n    return a / b if b else 0.0\n"
    )
    second_patch = git(project.work, "diff")
    second = write_fix_branch(
        target, issue, make_proposal(project, patch=second_patch), "second\n"
    )
    assert second.previous == first.commit
    assert git(project.remote, "rev-parse", f"{second.commit}^").strip() == first.commit
    assert git(project.remote, "rev-parse", second.branch).strip() == second.commit
    assert "b if b else 0.0" in git(project.remote, "show", f"{second.commit}:app/calc.py")


def test_branch_with_a_persons_commit_is_never_rewritten(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    target = DeliveryTarget(repository=project.remote.as_uri(), workdir=str(tmp_path / "d"),
                            bot=BOT)
    proposal = make_proposal(project)
    first = write_fix_branch(target, issue, proposal, "first\n")
    git(project.work, "fetch", "--quiet", "origin")
    git(project.work, "checkout", "--quiet", "-b", "mine", f"origin/{first.branch}")
    (project.work / "README").write_text("a person's touch\n")
    git(project.work, "add", "README")
    git(project.work, "commit", "--quiet", "-m", "review tweak")
    git(project.work, "push", "--quiet", "origin", f"HEAD:{first.branch}")
    person_tip = git(project.work, "rev-parse", "HEAD").strip()

    with pytest.raises(DeliveryError, match="commits bugstack did not make"):
        write_fix_branch(target, issue, proposal, "again\n")
    assert git(project.remote, "rev-parse", first.branch).strip() == person_tip


def test_never_writes_the_default_branch_or_outside_its_prefix(
    project: Project, issue: IssueRef
) -> None:
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    proposal = make_proposal(project)
    for name in ("main", "feature/x"):
        with pytest.raises(DeliveryError, match="refusing"):
            write_fix_branch(target, issue, proposal, "m\n", branch=name)
    target_b = DeliveryTarget(repository=str(project.work), bot=BOT, default_branch="bugstack/x")
    with pytest.raises(DeliveryError, match="refusing"):
        write_fix_branch(target_b, issue, proposal, "m\n", branch="bugstack/x")
    assert git(project.work, "rev-parse", "main").strip() == project.base


def test_a_patch_that_does_not_apply_creates_nothing(project: Project, issue: IssueRef) -> None:
    proposal = make_proposal(project)
    (project.work / "app" / "calc.py").write_text("def ratio(a, b):\n    return a // b\n")
    git(project.work, "commit", "--quiet", "-am", "someone changed it")
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    stale = make_proposal(project, patch=proposal.patch, base_commit=None)
    with pytest.raises(DeliveryError, match="does not apply"):
        write_fix_branch(target, issue, stale, "m\n")
    assert git(project.work, "branch", "--list", "bugstack/*") == ""


def test_fix_is_made_on_the_events_commit_not_the_newer_head(
    project: Project, issue: IssueRef
) -> None:
    proposal = make_proposal(project)
    (project.work / "other.py").write_text("x = 1\n")
    git(project.work, "add", "other.py")
    git(project.work, "commit", "--quiet", "-m", "later work")
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    result = write_fix_branch(target, issue, proposal, "m\n")
    assert result.base == project.base
    assert git(project.work, "rev-parse", f"{result.commit}^").strip() == project.base


def test_bad_inputs_get_clear_refusals(project: Project, issue: IssueRef, tmp_path: Path) -> None:
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    with pytest.raises(DeliveryError, match="not inside the repository"):
        write_fix_branch(target, issue,
                         make_proposal(project, regression_test_path="../evil.py"), "m\n")
    with pytest.raises(DeliveryError, match="no patch"):
        write_fix_branch(target, issue, make_proposal(project, patch=""), "m\n")
    with pytest.raises(DeliveryError, match="not in the repository"):
        write_fix_branch(target, issue, make_proposal(project, base_commit="f" * 40), "m\n")
    (tmp_path / "plain").mkdir()
    with pytest.raises(DeliveryError, match="not the root of a git repository"):
        write_fix_branch(DeliveryTarget(repository=str(tmp_path / "plain")), issue,
                         make_proposal(project), "m\n")
    with pytest.raises(DeliveryError, match="work directory"):
        write_fix_branch(DeliveryTarget(repository="https://example.invalid/x.git"), issue,
                         make_proposal(project), "m\n")


def test_checked_out_fix_branch_is_left_alone(project: Project, issue: IssueRef) -> None:
    target = DeliveryTarget(repository=str(project.work), bot=BOT)
    proposal = make_proposal(project)
    first = write_fix_branch(target, issue, proposal, "m\n")
    git(project.work, "checkout", "--quiet", first.branch)
    with pytest.raises(DeliveryError, match="checked out"):
        write_fix_branch(target, issue, proposal, "m2\n")


def test_local_repository_with_a_push_remote(project: Project, issue: IssueRef) -> None:
    target = DeliveryTarget(repository=str(project.work), push_remote="origin", bot=BOT)
    result = write_fix_branch(target, issue, make_proposal(project), "m\n")
    assert result.pushed
    assert git(project.remote, "rev-parse", result.branch).strip() == result.commit
    assert git(project.work, "rev-parse", result.branch).strip() == result.commit
    assert git(project.work, "symbolic-ref", "--short", "HEAD").strip() == "main"


def test_token_reaches_git_over_https_through_askpass(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    from bugstack.deliver import Credentials
    from tests.deliver.fakes.git_http import serve_git

    with serve_git(project.remote.parent, token="s3cret-token") as server:
        url = f"http://127.0.0.1:{server.server_port}/{project.remote.name}"
        wrong = DeliveryTarget(repository=url, workdir=str(tmp_path / "w"), bot=BOT,
                               credentials=Credentials(token="wrong"))
        with pytest.raises(DeliveryError) as refused:
            write_fix_branch(wrong, issue, make_proposal(project), "m\n")
        assert "wrong" not in str(refused.value)
        target = DeliveryTarget(repository=url, workdir=str(tmp_path / "d"), bot=BOT,
                                credentials=Credentials(token="s3cret-token"))
        result = write_fix_branch(target, issue, make_proposal(project), "m\n")
    assert git(project.remote, "rev-parse", result.branch).strip() == result.commit
    # The token was never written into the clone's configuration.
    config = (tmp_path / "d" / "repos").rglob("config")
    assert all("s3cret-token" not in p.read_text() for p in config)


def test_ssh_key_reaches_git_through_git_ssh_command(
    project: Project, issue: IssueRef, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bugstack.deliver import Credentials

    # An `ssh` that runs the remote command locally, as sshd would, and logs how it was
    # called: git's real SSH transport without a daemon.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "ssh.log"
    fake_ssh = bin_dir / "ssh"
    fake_ssh.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$*" >> "{log}"\n'
        'for last; do :; done\n'
        'exec sh -c "$last"\n'
    )
    fake_ssh.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    key = tmp_path / "id_ed25519"
    key.write_text("not a real key; the fake ssh never reads it\n")
    target = DeliveryTarget(
        repository=f"ssh://git@forge.test{project.remote}", workdir=str(tmp_path / "d"),
        bot=BOT, credentials=Credentials(ssh_key_path=str(key)),
    )
    result = write_fix_branch(target, issue, make_proposal(project), "m\n")
    assert git(project.remote, "rev-parse", result.branch).strip() == result.commit
    calls = log.read_text().splitlines()
    assert calls and all(f"-i {key}" in call and "IdentitiesOnly=yes" in call for call in calls)
    assert any("git-receive-pack" in call for call in calls)


def test_a_base_commit_on_another_branch_is_fetched(
    project: Project, issue: IssueRef, tmp_path: Path
) -> None:
    # The event came from a release branch the default-branch fetch does not bring.
    git(project.work, "checkout", "--quiet", "-b", "release-1")
    (project.work / "VERSION").write_text("1\n")
    git(project.work, "add", "VERSION")
    git(project.work, "commit", "--quiet", "-m", "release 1")
    git(project.work, "push", "--quiet", "origin", "release-1")
    release_commit = git(project.work, "rev-parse", "HEAD").strip()
    git(project.work, "checkout", "--quiet", "main")
    target = DeliveryTarget(repository=project.remote.as_uri(), workdir=str(tmp_path / "d"),
                            bot=BOT)
    proposal = make_proposal(project, base_commit=release_commit)
    result = write_fix_branch(target, issue, proposal, "m\n")
    assert result.base == release_commit
    assert git(project.remote, "rev-parse", f"{result.commit}^").strip() == release_commit
