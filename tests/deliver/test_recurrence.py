"""Placing a release name in a real repository: commit ids, tags, names teams use, and names
that must never reach git as anything but a name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bugstack.deliver.recurrence import (
    release_commit,
    release_contains,
    release_refs,
    resolution_due,
)
from tests.deliver.conftest import Project, git


def test_release_names_teams_use_become_commit_ids_and_tags() -> None:
    assert release_refs("0123abcd" * 5) == ["0123abcd" * 5]
    assert release_refs("shop@1.4.0") == [
        "refs/tags/shop@1.4.0", "refs/tags/1.4.0", "refs/tags/v1.4.0"]
    assert release_refs("shop@1.4.0+9f3c2a1") == [
        "9f3c2a1", "refs/tags/shop@1.4.0+9f3c2a1", "refs/tags/1.4.0+9f3c2a1",
        "refs/tags/v1.4.0+9f3c2a1", "refs/tags/1.4.0", "refs/tags/v1.4.0"]
    # Never an option, a range, a reflog expression or a branch.
    for hostile in ("--upload-pack=touch /tmp/x", "-v", "main..evil", "HEAD@{1}", "a b",
                    "../../etc"):
        assert all(ref.startswith("refs/tags/") and "--" not in ref and ".." not in ref
                   and "@{" not in ref and " " not in ref
                   for ref in release_refs(hostile)), hostile
    assert release_refs("-v") == []
    assert "main" not in release_refs("main")


def test_release_commit_and_containment_in_a_real_repository(project: Project) -> None:
    base = project.base
    (project.work / "app" / "calc.py").write_text(
        "def ratio(a, b):\n    return a / b if b else 0\n")
    git(project.work, "commit", "--quiet", "-am", "fix ratio")
    fix = git(project.work, "rev-parse", "HEAD").strip()
    git(project.work, "tag", "v1.1")
    git(project.work, "tag", "-a", "-m", "annotated", "shop-2.0")
    repo = project.work

    assert release_commit(repo, base) == base
    assert release_commit(repo, base[:10]) == base
    assert release_commit(repo, "shop@1.1") == fix  # through the v-prefixed tag
    assert release_commit(repo, "shop-2.0") == fix  # an annotated tag, peeled
    assert release_commit(repo, f"shop@0.9+{base[:9]}") == base
    assert release_commit(repo, "1.2.3") is None
    assert release_commit(repo, "main") is None  # branches move; releases do not

    assert release_contains(repo, fix, fix) is True
    assert release_contains(repo, base, fix) is False
    assert release_contains(repo, "f" * 40, fix) is None


def test_resolution_waits_for_the_whole_quiet_period() -> None:
    since = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    period = timedelta(seconds=30)
    assert not resolution_due(since, False, since + timedelta(seconds=29), period)
    assert resolution_due(since, False, since + period, period)
    assert not resolution_due(since, True, since + period * 10, period)
    assert not resolution_due(None, False, since, period)
