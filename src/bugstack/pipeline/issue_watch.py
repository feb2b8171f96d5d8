"""What the server does after an ingest batch commits, off the request path: tell the
projects' channels about new and regressed issues, and run the recurrence watch.

The ingest writer calls :meth:`IssueWatch.__call__` with each committed batch's result; it
only merges the result into what is pending and returns, so neither a slow git nor a dead
webhook can hold an ingest request. One thread takes everything pending at once (under
load, many batches become one round of a few queries) and notifications go out through an
:class:`~bugstack.deliver.notify.Outbox`, in the background, with bounded retries.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from bugstack.deliver import IssueRef
from bugstack.deliver.notify import (
    Notification,
    Outbox,
    SettingsError,
    new_issue,
    notifier_from_json,
    regressed,
)
from bugstack.pipeline.recurrence_watch import RecurrenceWatch, Sighting
from bugstack.server.config import Settings
from bugstack.server.ingest._store import BatchResult
from bugstack.server.secrets import CredentialBox, open_channel_secrets
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Issue, Project

__all__ = ["IssueWatch"]

log = logging.getLogger("bugstack.pipeline")


@dataclass(slots=True)
class _Pending:
    new_issues: set[int] = field(default_factory=set)
    regressed_issues: set[int] = field(default_factory=set)
    sightings: set[Sighting] = field(default_factory=set)

    def add(self, result: BatchResult) -> None:
        self.new_issues |= result.new_issues
        self.regressed_issues |= result.regressed_issues
        self.sightings |= result.sightings

    def __bool__(self) -> bool:
        return bool(self.new_issues or self.regressed_issues or self.sightings)


class IssueWatch:
    def __init__(self, database: Database, settings: Settings,
                 outbox: Outbox | None = None, *, pause: float = 0.25) -> None:
        self.database = database
        #: Seconds between two rounds: under load, what arrives meanwhile is one round, so
        #: the watch's queries and Python work stay a few per second however busy ingest is
        #: (the watch shares the interpreter with the ingest's writer and event loop).
        self.pause = pause
        self.public_url = settings.public_url.rstrip("/")
        self.outbox = outbox or Outbox()
        #: Channel secrets are stored sealed; they are opened only to send.
        self.box = CredentialBox.for_data_dir(settings.data_dir)
        self.recurrence = RecurrenceWatch(database, settings.data_dir.resolve(),
                                          self.public_url, self.announce)
        self._pending = _Pending()
        self._cond = threading.Condition()
        self._working = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="bugstack-issue-watch",
                                        daemon=True)
        #: Rounds done, and the CPU seconds they took (bench/recurrence_watch.py reads them).
        self.rounds = 0
        self.cpu_seconds = 0.0

    def start(self) -> None:
        self.outbox.start()
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the round in progress (what is still pending is left: the sweep and the
        next events cover it), then stop sending."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.outbox.stop()

    def __call__(self, result: BatchResult) -> None:
        with self._cond:
            self._pending.add(result)
            self._cond.notify()

    def idle(self) -> bool:
        """Nothing pending, nothing being worked on, and every notification sent."""
        with self._cond:
            quiet = not self._pending and not self._working
        return quiet and self.outbox.idle()

    def announce(self, settings: str | None, notification: Notification) -> None:
        """Queue a notification for a project's channels (nothing when it has none)."""
        if not settings:
            return
        try:
            notifier = notifier_from_json(open_channel_secrets(settings, self.box) or "[]")
        except SettingsError as exc:
            log.warning("project %s: notification settings unusable: %s",
                        notification.project, exc)
            return
        self.outbox.post(notifier, notification)

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                work, self._pending = self._pending, _Pending()
                self._working = True
            started = time.thread_time()
            try:
                self._notify_issues(work)
                self.recurrence.check(work.sightings, work.regressed_issues)
            except Exception:  # the database may be down a moment; the next batch retries
                log.warning("issue watch: a round failed", exc_info=True)
            finally:
                self.rounds += 1
                self.cpu_seconds += time.thread_time() - started
                with self._cond:
                    self._working = False
                    resume = time.monotonic() + self.pause
                    while not self._stopping and (left := resume - time.monotonic()) > 0:
                        self._cond.wait(left)

    def _notify_issues(self, work: _Pending) -> None:
        wanted = work.new_issues | work.regressed_issues
        if not wanted:
            return
        releases: dict[int, str] = {}
        for _project, issue_id, release in sorted(work.sightings, key=str):
            if release and issue_id in work.regressed_issues:
                releases[issue_id] = release
        with self.database.session() as session:
            rows = session.execute(
                select(Issue.id, Issue.title, Issue.culprit, Issue.fix_commit, Project.name,
                       Project.notifications)
                .join(Project, Project.id == Issue.project_id)
                .where(Issue.id.in_(sorted(wanted)), Project.notifications.is_not(None))
            ).all()
        for issue_id, title, culprit, fix_commit, project, settings in rows:
            ref = IssueRef(id=issue_id, title=title, culprit=culprit,
                           link=f"{self.public_url}/issues/{issue_id}")
            if issue_id in work.new_issues:
                self.announce(settings, new_issue(project, ref))
            # One with a merged fix is told by the recurrence watch, which places the
            # release against the fix first.
            if issue_id in work.regressed_issues and fix_commit is None:
                self.announce(settings, regressed(
                    project, ref, releases.get(issue_id, "(none reported)"), with_fix=False))
