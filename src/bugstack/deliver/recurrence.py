"""The recurrence watch: did a merged fix hold?

The rules are pure functions, so the server can apply them to what it stores: the fix's
commit (the forge's merge commit), each release's commit ancestry (from the commit the SDK
reports for a release), and incoming events.

- An event from a release whose ancestry contains the fix commit is a **regression**: the
  fix was deployed and the error came back.
- An event from a release without the fix is expected (old code still running) and
  changes nothing.
- An event whose release is unknown cannot be placed; the caller decides (the domain's
  ``status_after_event`` reopens a resolved issue in that case).
- Once a release containing the fix has served for the quiet period with no regression,
  the issue is **resolved**.

:func:`release_contains` answers the ancestry question with git for one release commit;
:func:`release_commit` finds the commit a release name stands for (a commit id, or a tag).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from bugstack.deliver.gitcmd import Git

__all__ = [
    "Recurrence",
    "first_release_with_fix",
    "recurrence_of",
    "release_commit",
    "release_contains",
    "release_refs",
    "resolution_due",
]

#: Short ids are accepted when they are at least this long, as git abbreviates them.
_MIN_PREFIX = 7


class Recurrence(StrEnum):
    REGRESSED = "regressed"
    #: The event came from a release built before the fix: expected, not a regression.
    NOT_DEPLOYED = "not_deployed"
    UNKNOWN_RELEASE = "unknown_release"


def _contains(ancestry: Collection[str], commit: str) -> bool:
    if commit in ancestry:
        return True
    return any(
        len(short) >= _MIN_PREFIX and (commit.startswith(short) or short.startswith(commit))
        for short in ancestry
        if len(commit) >= _MIN_PREFIX
    )


def recurrence_of(
    fix_commit: str, event_release: str | None, releases: Mapping[str, Collection[str]]
) -> Recurrence:
    """What an incoming event of a fixed issue means.

    ``releases`` maps a release name to the commits it contains (its ancestry).
    """
    if event_release is None or event_release not in releases:
        return Recurrence.UNKNOWN_RELEASE
    if _contains(releases[event_release], fix_commit):
        return Recurrence.REGRESSED
    return Recurrence.NOT_DEPLOYED


def first_release_with_fix(
    fix_commit: str, releases_in_order: Sequence[tuple[str, Collection[str]]]
) -> str | None:
    """The earliest release (in deployment order) that contains the fix."""
    for name, ancestry in releases_in_order:
        if _contains(ancestry, fix_commit):
            return name
    return None


def resolution_due(
    fixed_release_since: datetime | None,
    regressed: bool,
    now: datetime,
    quiet_period: timedelta,
) -> bool:
    """Whether to mark the issue resolved: a release with the fix has served for the quiet
    period (since ``fixed_release_since``) and no regression arrived."""
    if fixed_release_since is None or regressed:
        return False
    return now - fixed_release_since >= quiet_period


def release_contains(repo: Path, release_commit: str, fix_commit: str) -> bool | None:
    """Whether ``release_commit`` has ``fix_commit`` in its history; ``None`` when the
    repository does not know one of them (fetch first)."""
    git = Git(repo)
    fix = git.rev(fix_commit)
    if git.rev(release_commit) is None or fix is None:
        return None
    # The fix is in the release's history exactly when it is their common ancestor.
    return git.run("merge-base", fix, release_commit, check=False).strip() == fix


#: What a tag or version may look like. Release names come from the SDK, that is from
#: anyone holding a project's key: nothing else reaches git, so no name can be an option.
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+@-]{0,199}")
_HEX_RUN = re.compile(r"(?<![0-9a-f])[0-9a-f]{7,40}(?![0-9a-f])")


def release_refs(release: str) -> list[str]:
    """What git may know a release name as, most specific first.

    sentry-sdk and bugstack's SDK report the commit itself by default (``git rev-parse
    HEAD``, or a CI's commit variable); teams often name releases ``package@version``,
    ``version+sha`` or a tag. Branch names are never tried: a branch moves, a release
    does not, so a release named like a branch would be read as that branch's tip.
    """
    name = release.strip()
    refs: list[str] = list(_HEX_RUN.findall(name.lower()))
    if refs == [name.lower()]:
        return refs  # the commit itself, as the SDKs report it by default
    version = name.rsplit("@", 1)[-1]
    for tag in (name, version, version.split("+", 1)[0]):
        if _SAFE_NAME.fullmatch(tag) and ".." not in tag and not tag.endswith(".lock"):
            refs.append(f"refs/tags/{tag}")
            if tag[0].isdigit():
                refs.append(f"refs/tags/v{tag}")
    return list(dict.fromkeys(refs))


def release_commit(repo: Path, release: str) -> str | None:
    """The commit a release name stands for in ``repo``; ``None`` when git knows none."""
    git = Git(repo)
    for ref in release_refs(release):
        commit = git.rev(ref)
        if commit is not None:
            return commit
    return None
