"""Placing releases in a project's repository from the server: a URL gets a commit-only
mirror that is fetched when a release is new to it, never in a loop; a local path is read
in place and never written to."""

from __future__ import annotations

from pathlib import Path

from bugstack.deliver import DeliveryTarget
from bugstack.pipeline.release_history import ReleaseHistory
from tests.deliver.conftest import git
from tests.pipeline.recurrence_kit import make_repo


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _commit(work: Path, text: str) -> str:
    (work / "app" / "calc.py").write_text(text)
    git(work, "commit", "--quiet", "-am", text[:20])
    git(work, "push", "--quiet", "origin", "HEAD:main")
    return git(work, "rev-parse", "HEAD").strip()


def test_a_url_repository_is_mirrored_and_fetched_only_when_a_release_is_new(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path)
    fix = _commit(repo.work, "def ratio(a, b):\n    return a / b if b else 0\n")
    clock = _Clock()
    history = ReleaseHistory(tmp_path / "data", refetch_after=30, clock=clock)
    target = DeliveryTarget(repository=repo.remote.as_uri())

    assert history.contains(target, repo.base, fix) is False
    assert history.contains(target, fix, fix) is True
    (mirror,) = [p for p in (tmp_path / "data" / "repos").glob("watch-*") if p.is_dir()]

    # A release built after the mirror was made: fetched on first sight.
    later = _commit(repo.work, "def ratio(a, b):\n    return a / b if b else 0.0\n")
    assert history.contains(target, later, fix) is True
    assert git(mirror, "rev-parse", "--verify", later).strip() == later

    # A made-up release fetches once per period at most, however often it is reported.
    clock.now += 60
    marker = mirror / "FETCH_HEAD"
    assert history.contains(target, "shop@9.9.9", fix) is None
    fetched_at = marker.stat().st_mtime_ns
    for _ in range(5):
        assert history.contains(target, "shop@9.9.9", fix) is None
    assert marker.stat().st_mtime_ns == fetched_at
    # Once tagged and pushed, and the period over, it is found.
    git(repo.work, "tag", "v9.9.9", later)
    git(repo.work, "push", "--quiet", "origin", "v9.9.9")
    clock.now += 60
    assert history.contains(target, "shop@9.9.9", fix) is True


def test_a_local_repository_is_read_in_place_and_left_untouched(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    fix = _commit(repo.work, "def ratio(a, b):\n    return a / b if b else 0\n")
    before = git(repo.work, "status", "--porcelain", "--ignored")
    refs_before = git(repo.work, "for-each-ref")
    history = ReleaseHistory(tmp_path / "data")
    target = DeliveryTarget(repository=str(repo.work))
    assert history.contains(target, fix, fix) is True
    assert history.contains(target, repo.base, fix) is False
    assert history.contains(target, "1.0", fix) is None
    assert git(repo.work, "status", "--porcelain", "--ignored") == before
    assert git(repo.work, "for-each-ref") == refs_before
    assert not (tmp_path / "data" / "repos").exists()
