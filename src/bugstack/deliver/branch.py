"""The fix branch: one commit with the fix and its regression test, built without a checkout.

The commit is assembled with git's plumbing in a private index file (``read-tree``,
``apply --cached``, ``write-tree``, ``commit-tree``), so a project whose repository is a
local path gets its branch without bugstack touching the working tree, the index or the
checked-out branch. A git URL is fetched into a bare clone in bugstack's data directory.

Two rules are enforced here, whatever the caller asks: the default branch is never
written, and a branch holding a commit that the bot did not make is never touched. An
update (the second attempt after failing CI) is a new commit on top of the bot's own
tip, so the push is always a fast-forward and nothing is force-pushed.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bugstack.deliver.gitcmd import Git, GitFailed, credential_env
from bugstack.deliver.model import DeliveryError, DeliveryTarget, IssueRef
from bugstack.domain import FixProposal

__all__ = ["BRANCH_PREFIX", "FixBranch", "branch_name", "write_fix_branch"]

BRANCH_PREFIX = "bugstack/"
_REMOTE = "origin"
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


def branch_name(issue: IssueRef) -> str:
    """``bugstack/<issue>-<slug>``: stable for an issue, readable in a branch list."""
    slug = _SLUG_UNSAFE.sub("-", issue.title.lower()).strip("-")[:40].rstrip("-")
    return f"{BRANCH_PREFIX}{issue.id}-{slug or 'fix'}"


@dataclass(frozen=True, slots=True)
class FixBranch:
    branch: str
    commit: str
    base: str
    #: The tip the branch had before (``None`` when this call created it).
    previous: str | None
    #: Whether the branch was pushed to a remote (``False``: it lives in the local repo).
    pushed: bool
    #: The repository the commit was built in (the local repo or bugstack's clone).
    repo_dir: Path


def _is_url(repository: str) -> bool:
    return "://" in repository or re.match(r"^[\w.-]+@[\w.-]+:", repository) is not None


def _clone_dir(url: str, workdir: str) -> Path:
    return Path(workdir) / "repos" / hashlib.sha256(url.encode()).hexdigest()[:16]


def _safe_test_path(path: str) -> str:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in path:
        raise DeliveryError(f"regression test path {path!r} is not inside the repository")
    return pure.as_posix()


class _Repo:
    """Where the commit is built, and how to read and write the branch's remote tip."""

    def __init__(self, target: DeliveryTarget, git_env: dict[str, str]) -> None:
        self.target = target
        if _is_url(target.repository):
            if not target.workdir:
                raise DeliveryError("a repository URL needs a work directory to clone into")
            self.dir = _clone_dir(target.repository, target.workdir)
            self.remote: str | None = _REMOTE
            self.git = Git(self._bare_clone(git_env), git_env)
        else:
            self.dir = Path(target.repository)
            if not self.dir.is_dir():
                raise DeliveryError(f"repository {target.repository} does not exist")
            self.git = Git(self.dir, git_env)
            git_dir = self.git.run("rev-parse", "--absolute-git-dir", check=False).strip()
            if not git_dir or Path(git_dir).resolve() not in (
                self.dir.resolve(), (self.dir / ".git").resolve()
            ):
                raise DeliveryError(f"{target.repository} is not the root of a git repository")
            self.remote = target.push_remote

    def _bare_clone(self, git_env: dict[str, str]) -> Path:
        if not (self.dir / "HEAD").exists():
            self.dir.mkdir(parents=True, exist_ok=True)
            git = Git(self.dir, git_env)
            git.run("init", "--quiet", "--bare")
            git.run("remote", "add", _REMOTE, self.target.repository)
        return self.dir

    def fetch(self, branch: str) -> None:
        if self.remote is None:
            return
        default = self.target.default_branch
        self.git.run(
            "fetch", "--quiet", "--no-tags", self.remote,
            f"+refs/heads/{default}:refs/remotes/{self.remote}/{default}",
        )
        # The fix branch may not exist yet; fetch it on its own so that is not an error.
        self.git.run(
            "fetch", "--quiet", "--no-tags", self.remote,
            f"+refs/heads/{branch}:refs/remotes/{self.remote}/{branch}", check=False,
        )

    def find_commit(self, commit: str) -> str | None:
        """The full id of ``commit``, fetching it when the clone does not have it yet: an
        event may come from a commit that is on no branch fetched so far."""
        found = self.git.rev(commit)
        if found is not None or self.remote is None:
            return found
        self.git.run("fetch", "--quiet", "--no-tags", self.remote,
                     f"+refs/heads/*:refs/remotes/{self.remote}/*", check=False)
        found = self.git.rev(commit)
        if found is None and re.fullmatch(r"[0-9a-f]{40}", commit):
            # Servers that allow it (GitHub, GitLab) hand out a commit by its id.
            self.git.run("fetch", "--quiet", "--no-tags", self.remote, commit, check=False)
            found = self.git.rev(commit)
        return found

    def tip(self, branch: str) -> str | None:
        if self.remote is not None:
            out = self.git.run("ls-remote", self.remote, f"refs/heads/{branch}")
            return out.split()[0] if out.strip() else None
        return self.git.rev(f"refs/heads/{branch}")

    def default_head(self) -> str:
        ref = (
            f"refs/remotes/{self.remote}/{self.target.default_branch}"
            if self.remote
            else f"refs/heads/{self.target.default_branch}"
        )
        head = self.git.rev(ref)
        if head is None:
            raise DeliveryError(f"default branch {self.target.default_branch!r} not found")
        return head

    def checked_out_branches(self) -> set[str]:
        out = self.git.run("worktree", "list", "--porcelain", check=False)
        return {
            line.split(" ", 1)[1]
            for line in out.splitlines()
            if line.startswith("branch ")
        }


@contextmanager
def _clone_lock(target: DeliveryTarget) -> Iterator[None]:
    """One writer at a time per repository clone: two workers delivering fixes for the same
    project would otherwise trip over each other's git locks and fetches."""
    if not _is_url(target.repository) or not target.workdir:
        yield
        return
    clone = _clone_dir(target.repository, target.workdir)
    clone.parent.mkdir(parents=True, exist_ok=True)
    with open(clone.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class _Unchanged(DeliveryError):
    """The fix's tree is the branch tip's tree: the branch already holds this very fix."""


def _foreign_commits(repo: _Repo, tip: str, base: str) -> list[str]:
    """Commits on the branch (and not in the base) that the bot did not make."""
    bot = repo.target.bot.email.lower()
    out = repo.git.run("log", "--format=%h %ae %ce %s", tip, "--not", base)
    return [
        line for line in out.splitlines()
        if line.split(" ")[1].lower() != bot or line.split(" ")[2].lower() != bot
    ]


def _build_commit(
    repo: _Repo, base: str, parent: str, proposal: FixProposal, message: str
) -> str:
    git = repo.git
    with tempfile.TemporaryDirectory(prefix="bugstack-index-") as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        git.run("read-tree", base, env=env)
        try:
            git.run("apply", "--cached", "--whitespace=nowarn", "-", input=proposal.patch,
                    env=env)
        except GitFailed as exc:
            raise DeliveryError(
                f"the fix does not apply to {base[:12]}: {exc.stderr.strip()[:300]}"
            ) from exc
        if proposal.regression_test_path and proposal.regression_test is not None:
            path = _safe_test_path(proposal.regression_test_path)
            blob = git.run("hash-object", "-w", "--stdin", input=proposal.regression_test)
            git.run("update-index", "--add", "--cacheinfo", f"100644,{blob.strip()},{path}",
                    env=env)
        tree = git.run("write-tree", env=env).strip()
    if tree == git.run("rev-parse", f"{parent}^{{tree}}").strip():
        raise _Unchanged("the fix changes nothing on top of the branch")
    bot = repo.target.bot
    identity = {
        "GIT_AUTHOR_NAME": bot.name, "GIT_AUTHOR_EMAIL": bot.email,
        "GIT_COMMITTER_NAME": bot.name, "GIT_COMMITTER_EMAIL": bot.email,
    }
    return git.run("commit-tree", tree, "-p", parent, "-F", "-", input=message,
                   env=identity).strip()


def write_fix_branch(
    target: DeliveryTarget,
    issue: IssueRef,
    proposal: FixProposal,
    message: str,
    *,
    branch: str | None = None,
    reuse: bool = False,
) -> FixBranch:
    """Create (or fast-forward) the fix branch for ``issue`` and push it if there is a remote.

    The commit is made on ``proposal.base_commit`` (or the default branch's head when the
    proposal names none). When the branch already exists and holds only the bot's commits,
    the new commit goes on top of it, as a second attempt; otherwise it is refused.
    With ``reuse``, a branch whose tip already holds exactly this fix is returned as it is
    (a delivery resumed after the push, say when the forge was down as the pull request
    was opened); without, that is an error (a second attempt must change something).
    """
    name = branch or branch_name(issue)
    if not name.startswith(BRANCH_PREFIX) or name == target.default_branch:
        raise DeliveryError(f"refusing to write {name!r}: bugstack only writes {BRANCH_PREFIX}*")
    if not proposal.patch.strip():
        raise DeliveryError("the proposal has no patch to deliver")
    with credential_env(target.credentials) as git_env, _clone_lock(target):
        repo = _Repo(target, git_env)
        repo.fetch(name)
        if proposal.base_commit:
            base = repo.find_commit(proposal.base_commit)
            if base is None:
                raise DeliveryError(
                    f"base commit {proposal.base_commit[:12]} is not in the repository"
                )
        else:
            base = repo.default_head()
        previous = repo.tip(name)
        if previous is not None:
            if repo.git.rev(previous) is None:
                raise DeliveryError(f"could not fetch the tip of {name}")
            foreign = _foreign_commits(repo, previous, base)
            if foreign:
                raise DeliveryError(
                    f"branch {name} has commits bugstack did not make ({foreign[0]}); "
                    "it will not be rewritten"
                )
        if f"refs/heads/{name}" in repo.checked_out_branches():
            raise DeliveryError(f"branch {name} is checked out in a working tree; not touching it")
        local_old = repo.git.rev(f"refs/heads/{name}")
        if local_old is not None and local_old != previous and _foreign_commits(
            repo, local_old, base
        ):
            raise DeliveryError(f"local branch {name} has commits bugstack did not make")
        try:
            commit = _build_commit(repo, base, previous or base, proposal, message)
        except _Unchanged:
            if not reuse or previous is None:
                raise
            return FixBranch(branch=name, commit=previous, base=base, previous=previous,
                             pushed=repo.remote is not None, repo_dir=repo.dir)
        if repo.remote is not None:
            try:
                repo.git.run("push", "--quiet", repo.remote, f"{commit}:refs/heads/{name}")
            except GitFailed as exc:
                raise DeliveryError(
                    f"push of {name} was refused (someone may have pushed to it meanwhile): "
                    f"{exc.stderr.strip()[:300]}"
                ) from exc
        # Compare-and-swap on the local ref, so a concurrent writer is noticed, not clobbered.
        try:
            repo.git.run("update-ref", "-m", "bugstack: fix branch", f"refs/heads/{name}",
                         commit, local_old or "0" * 40)
        except GitFailed as exc:
            raise DeliveryError(f"branch {name} moved while the fix was being written") from exc
        return FixBranch(
            branch=name, commit=commit, base=base, previous=previous,
            pushed=repo.remote is not None, repo_dir=repo.dir,
        )
