"""The recurrence watch, applied to what the server stores: did a merged fix hold?

* When a fix is merged, :func:`record_merge` links the issue to the forge's merge commit.
* As events arrive, :meth:`RecurrenceWatch.check` (run by the server after each ingest
  batch commits, off the request path) places their releases with git: the first release
  seen that contains the fix is recorded with the time it was first seen; an event of the
  issue from a release that contains the fix marks the issue ``regressed`` (reopened),
  says so on the pull request and notifies the project. An event from a release without
  the fix (old code still running) or from a release git cannot place changes nothing.
* :func:`resolve_quiet_issues` (the workers' periodic sweep) resolves an issue once a
  release containing its fix has served for the project's quiet period with no recurrence.

A regression of a merged fix is left to a person: bugstack starts no new fix job for it
(``bugstack fixes run`` does), since a second automatic fix of an error its own merged fix
did not stop could go round in circles.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, or_, select, update

from bugstack.deliver import Delivery, DeliveryState, ForgeKind, IssueRef, forge_for
from bugstack.deliver.flow import announce_regression
from bugstack.deliver.notify import Notification, regressed
from bugstack.deliver.recurrence import resolution_due
from bugstack.domain.durations import DEFAULT_QUIET_PERIOD
from bugstack.domain.issue import IssueStatus
from bugstack.pipeline.records import now
from bugstack.pipeline.release_history import ReleaseHistory
from bugstack.pipeline.target import delivery_target
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt, Issue, Project

__all__ = [
    "DEFAULT_QUIET_PERIOD",
    "RecurrenceWatch",
    "Regression",
    "Sighting",
    "record_merge",
    "resolve_quiet_issues",
]

log = logging.getLogger("bugstack.pipeline")


#: (project id, issue id, release) of a stored event.
Sighting = tuple[int, int, str | None]

#: Where the watch sends a notification: the project's channel settings (JSON) and it.
Announce = Callable[[str | None, Notification], None]

_WATCHED = (IssueStatus.FIX_PROPOSED.value, IssueStatus.RESOLVED.value)


@dataclass(frozen=True, slots=True)
class Regression:
    issue_id: int
    release: str


@dataclass(frozen=True, slots=True)
class _Watched:
    id: int
    project_id: int
    status: str
    title: str
    culprit: str | None
    fix_commit: str
    fix_release: str | None


def record_merge(database: Database, attempt_id: int, merge_commit: str) -> None:
    """Link the attempt's issue to the commit its fix was merged as (the one releases
    contain), and start watching for the first release that has it."""
    with database.engine.begin() as connection:
        issue_id = connection.scalar(select(FixAttempt.issue_id)
                                     .where(FixAttempt.id == attempt_id))
        if issue_id is None:
            return
        connection.execute(update(FixAttempt).where(FixAttempt.id == attempt_id)
                           .values(merge_commit=merge_commit))
        connection.execute(update(Issue).where(Issue.id == issue_id).values(
            fix_commit=merge_commit, fix_release=None, fix_release_at=None))


def resolve_quiet_issues(database: Database, moment: datetime | None = None) -> list[int]:
    """Resolve the issues whose fix release has served its project's quiet period without
    the error coming back; the ids resolved."""
    moment = moment or now()
    with database.session() as session:
        rows = session.execute(
            select(Issue.id, Issue.fix_release_at, Project.quiet_period)
            .join(Project, Project.id == Issue.project_id)
            .where(Issue.status == IssueStatus.FIX_PROPOSED.value,
                   Issue.fix_release_at.is_not(None))
        ).all()
    resolved: list[int] = []
    for issue_id, since, quiet in rows:
        period = DEFAULT_QUIET_PERIOD if quiet is None else timedelta(seconds=quiet)
        if since is None or not resolution_due(_naive(since), False, _naive(moment), period):
            continue
        with database.engine.begin() as connection:
            # Only a still-proposed fix resolves: a regression or a person came first.
            moved = connection.execute(update(Issue).where(
                Issue.id == issue_id, Issue.status == IssueStatus.FIX_PROPOSED.value)
                .values(status=IssueStatus.RESOLVED.value, resolved_at=moment)).rowcount
        if moved == 1:
            log.info("issue %d resolved: its fix's release served %s with no recurrence",
                     issue_id, period)
            resolved.append(issue_id)
    return resolved


class RecurrenceWatch:
    def __init__(self, database: Database, data_dir: Path, public_url: str,
                 announce: Announce, history: ReleaseHistory | None = None) -> None:
        self.database = database
        self.data_dir = data_dir
        self.public_url = public_url.rstrip("/")
        self.announce = announce
        self.history = history or ReleaseHistory(data_dir)

    def check(self, sightings: Iterable[Sighting],
              regressed_by_ingest: Collection[int] = ()) -> list[Regression]:
        """Place the releases of stored events against the merged fixes they concern.

        ``regressed_by_ingest``: issues the ingest itself reopened in this batch (a resolved
        issue seen in a release not seen before). Those with a merged fix are told here,
        where the release can be placed: the pull request comment when it has the fix,
        and the ``regressed`` notification saying whether it does."""
        by_issue: dict[int, set[str]] = {}
        by_project: dict[int, set[str]] = {}
        for project_id, issue_id, release in sightings:
            if release:
                by_issue.setdefault(issue_id, set()).add(release)
                by_project.setdefault(project_id, set()).add(release)
        ingest_reopened = set(regressed_by_ingest)
        if not by_project and not ingest_reopened:
            return []
        with self.database.session() as session:
            rows = [_Watched(r.id, r.project_id, r.status, r.title, r.culprit,
                             r.fix_commit or "", r.fix_release) for r in session.execute(
                select(Issue.id, Issue.project_id, Issue.status, Issue.title, Issue.culprit,
                       Issue.fix_commit, Issue.fix_release)
                .where(Issue.fix_commit.is_not(None), or_(
                    and_(Issue.id.in_(list(by_issue)), Issue.status.in_(_WATCHED)),
                    Issue.id.in_(list(ingest_reopened)),
                    and_(Issue.project_id.in_(list(by_project)), Issue.fix_release.is_(None),
                         Issue.status == IssueStatus.FIX_PROPOSED.value),
                ))
            )]
            projects = {p.id: p for p in session.scalars(select(Project).where(
                Project.id.in_({row.project_id for row in rows})))}
            for project in projects.values():
                session.expunge(project)
        found: list[Regression] = []
        for row in rows:
            project = projects[row.project_id]
            target = (delivery_target(project, self.data_dir) if project.repository
                      else None)
            fix = row.fix_commit
            hit = None if target is None else next(
                (r for r in sorted(by_issue.get(row.id, ()))
                 if self.history.contains(target, r, fix)), None)
            if row.id in ingest_reopened:
                self._tell_reopened(project, row, hit, by_issue.get(row.id, set()))
                if hit is not None:
                    found.append(Regression(row.id, hit))
                continue
            if target is None:
                continue
            if hit is not None:
                if self._reopen(row.id, row.status, fix):
                    log.info("issue %d regressed: release %s contains its fix %s", row.id,
                             hit, fix[:12])
                    found.append(Regression(row.id, hit))
                    delivery = self._tell_pull_request(project, row, hit)
                    self.announce(project.notifications, regressed(
                        project.name, self._ref(row), hit, delivery))
                continue
            if row.fix_release is None and row.status == IssueStatus.FIX_PROPOSED.value:
                first = next((r for r in sorted(by_project[row.project_id])
                              if self.history.contains(target, r, fix)), None)
                if first is not None:
                    self._record_fix_release(row.id, fix, first)
        return found

    # -- steps -----------------------------------------------------------------------------

    def _ref(self, row: _Watched) -> IssueRef:
        return IssueRef(id=row.id, title=row.title, culprit=row.culprit,
                        link=f"{self.public_url}/issues/{row.id}")

    def _tell_reopened(self, project: Project, row: _Watched, hit: str | None,
                       releases: set[str]) -> None:
        """An issue with a merged fix that the ingest reopened: the pull request hears of
        it when the release has the fix; the channels either way."""
        delivery = self._tell_pull_request(project, row, hit) if hit is not None else None
        release = hit or max(releases, default="(none reported)")
        self.announce(project.notifications, regressed(
            project.name, self._ref(row), release, delivery, with_fix=hit is not None))

    def _reopen(self, issue_id: int, status: str, fix: str) -> bool:
        with self.database.engine.begin() as connection:
            # Conditional, so of several servers seeing the event one reopens, and a status
            # a person set meanwhile stands.
            return bool(connection.execute(update(Issue).where(
                Issue.id == issue_id, Issue.status == status, Issue.fix_commit == fix)
                .values(status=IssueStatus.REGRESSED.value, resolved_at=None)).rowcount)

    def _record_fix_release(self, issue_id: int, fix: str, release: str) -> None:
        with self.database.engine.begin() as connection:
            moved = connection.execute(update(Issue).where(
                Issue.id == issue_id, Issue.fix_commit == fix, Issue.fix_release.is_(None))
                .values(fix_release=release, fix_release_at=now())).rowcount
        if moved:
            log.info("issue %d: release %s is the first seen with its fix %s", issue_id,
                     release, fix[:12])

    def _tell_pull_request(self, project: Project, row: _Watched, release: str
                           ) -> Delivery | None:
        """Say on the merged pull request that the error came back; the delivery it was."""
        issue_id, fix = row.id, row.fix_commit
        with self.database.session() as session:
            attempt = session.scalar(
                select(FixAttempt).where(FixAttempt.issue_id == issue_id,
                                         FixAttempt.merge_commit == fix)
                .order_by(FixAttempt.id.desc()).limit(1))
            if attempt is None or attempt.branch is None:
                return None
            delivery = Delivery(branch=attempt.branch, commit=attempt.commit_sha or fix,
                                state=DeliveryState.MERGED, pr_number=attempt.pr_number,
                                pr_url=attempt.pr_url, merge_commit=fix)
        target = delivery_target(project, self.data_dir)
        if delivery.pr_number is None or target.forge is ForgeKind.PLAIN:
            return delivery
        try:
            forge = forge_for(target)
        except Exception:
            log.warning("issue %d: no forge to tell of the regression", issue_id,
                        exc_info=True)
            return delivery
        if forge is None:
            return delivery
        try:
            announce_regression(forge, delivery, release, f"{self.public_url}/issues/{issue_id}")
        except Exception:  # the forge being down must not stop the watch
            log.warning("issue %d: could not comment on pull request %s", issue_id,
                        delivery.pr_url, exc_info=True)
        finally:
            forge.close()
        return delivery


def _naive(value: datetime) -> datetime:
    """UTC without a zone: SQLite gives stored times back naive (they are stored in UTC)."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
