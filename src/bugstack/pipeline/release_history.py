"""Whether a release contains a fix, asked of the project's repository with git.

A repository given as a local path is read in place (never fetched into: it is the team's
own checkout). A URL gets a mirror under ``<data dir>/repos/watch-*`` that holds commits
only (``--filter=tree:0`` where the server allows it: ancestry needs no files), fetched
when a release or a fix names a commit the mirror does not have yet, at most once per
``refetch_after`` seconds per repository, so an app reporting made-up releases cannot make
the server fetch in a loop. Answers are cached: a commit's ancestry never changes.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bugstack.deliver import DeliveryTarget
from bugstack.deliver.gitcmd import credential_env
from bugstack.deliver.recurrence import release_commit, release_contains
from bugstack.pipeline.target import is_remote

__all__ = ["ReleaseHistory"]

log = logging.getLogger("bugstack.pipeline")

#: Cached answers kept at most; past it the cache starts over (answers are cheap to redo).
_CACHE_LIMIT = 20_000


class ReleaseHistory:
    def __init__(self, data_dir: Path, *, refetch_after: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._data_dir = data_dir
        self._refetch_after = refetch_after
        self._clock = clock
        self._answers: dict[tuple[str, str, str], bool] = {}
        self._fetched: dict[str, float] = {}
        self._lock = threading.Lock()

    def contains(self, target: DeliveryTarget, release: str, fix_commit: str) -> bool | None:
        """True when the release's commit has the fix in its history, False when it does
        not, None when git cannot tell (the release names no commit or tag it knows)."""
        key = (target.repository, release, fix_commit)
        with self._lock:
            known = self._answers.get(key)
        if known is not None:
            return known
        answer = self._ask(target, release, fix_commit)
        if answer is not None:
            with self._lock:
                if len(self._answers) >= _CACHE_LIMIT:
                    self._answers.clear()
                self._answers[key] = answer
        return answer

    def _ask(self, target: DeliveryTarget, release: str, fix_commit: str) -> bool | None:
        if not is_remote(target.repository):
            repo = Path(target.repository)
            return self._in(repo, release, fix_commit) if repo.is_dir() else None
        mirror = self._mirror_dir(target.repository)
        with _locked(mirror):
            if not (mirror / "HEAD").exists():
                if not (self._may_fetch(target.repository)
                        and self._fetch(target, mirror, clone=True)):
                    return None
                return self._in(mirror, release, fix_commit)
            answer = self._in(mirror, release, fix_commit)
            if answer is None and self._may_fetch(target.repository):
                self._fetch(target, mirror, clone=False)
                answer = self._in(mirror, release, fix_commit)
        return answer

    @staticmethod
    def _in(repo: Path, release: str, fix_commit: str) -> bool | None:
        commit = release_commit(repo, release)
        return None if commit is None else release_contains(repo, commit, fix_commit)

    def _mirror_dir(self, url: str) -> Path:
        return self._data_dir / "repos" / f"watch-{hashlib.sha256(url.encode()).hexdigest()[:16]}"

    def _may_fetch(self, url: str) -> bool:
        moment = self._clock()
        with self._lock:
            last = self._fetched.get(url)
            if last is not None and moment - last < self._refetch_after:
                return False
            self._fetched[url] = moment
        return True

    def _fetch(self, target: DeliveryTarget, mirror: Path, *, clone: bool) -> bool:
        if clone:
            args = ["git", "clone", "--quiet", "--mirror", "--filter=tree:0",
                    target.repository, str(mirror)]
        else:
            args = ["git", "-C", str(mirror), "fetch", "--quiet", "--prune", "origin"]
        with credential_env(target.credentials) as env:
            done = subprocess.run(args, capture_output=True, text=True, check=False,
                                  timeout=600, env={**os.environ, **env})
        if done.returncode != 0:
            log.warning("recurrence watch: cannot %s %s: %s", "clone" if clone else "fetch",
                        target.repository, done.stderr.strip()[:300])
        return done.returncode == 0


@contextmanager
def _locked(mirror: Path) -> Iterator[None]:
    """One git writer per mirror, across the server's processes on this host."""
    mirror.parent.mkdir(parents=True, exist_ok=True)
    with open(mirror.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
