"""What a project's settings mean for a job: whether a fix leaves bugstack on its own, and
where a branch points (real git repositories)."""

from __future__ import annotations

from pathlib import Path

from bugstack.deliver import DeliveryTarget
from bugstack.pipeline.target import branch_tip, delivers
from bugstack.server.storage.models import Project
from tests.pipeline.apps import git, make_app_repo


def test_a_fix_leaves_bugstack_for_local_repositories_and_urls_with_a_forge() -> None:
    def project(repository: str | None, forge: str | None = None) -> Project:
        return Project(name="p", repository=repository, forge_kind=forge)

    assert delivers(project("/srv/checkouts/shop"))
    assert not delivers(project("https://git.example.test/shop.git"))
    assert not delivers(project("git@git.example.test:team/shop.git"))
    assert delivers(project("https://git.example.test/shop.git", "git"))
    assert delivers(project("https://github.com/team/shop.git", "github"))
    assert not delivers(project(None))


def test_branch_tip_reads_local_repositories_and_remotes(tmp_path: Path) -> None:
    repo, remote = tmp_path / "app", tmp_path / "remote.git"
    head = make_app_repo(repo, bare_remote=remote)
    for where in (str(repo), remote.as_uri()):
        target = DeliveryTarget(repository=where)
        assert branch_tip(target, "main") == head
        assert branch_tip(target, "bugstack/1-nothing") is None
    git(repo, "branch", "bugstack/1-fix")
    assert branch_tip(DeliveryTarget(repository=str(repo)), "bugstack/1-fix") == head
