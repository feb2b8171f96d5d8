"""One fix job: claim the attempt, make the sandbox, run the engine, record what it found,
deliver a verified fix, follow its CI, and tell the issue how it ended.

Each step is recorded as a stage with its times and log as soon as it ends, so the story
of a job can be read while it runs. A job run twice (its worker died, or the task was
enqueued twice) does no harm: only the holder of the attempt's lease works on it, a
delivery already recorded is not made again, and one made but not recorded is found on
the branch (delivery reuses the issue's branch and pull request).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bugstack.deliver import (
    Delivery,
    DeliveryError,
    DeliveryState,
    DeliveryTarget,
    ForgeError,
    IssueRef,
    Polling,
    deliver_fix,
    follow_checks,
    forge_for,
)
from bugstack.deliver.branch import branch_name
from bugstack.deliver.notify import fix_failed, fix_proposed, merged
from bugstack.domain import FixProposal, FixStatus
from bugstack.domain.issue import IssueStatus
from bugstack.pipeline import records
from bugstack.pipeline.ci_followup import CiRetry, attempts_made
from bugstack.pipeline.config import PipelineSettings
from bugstack.pipeline.engine import EngineRun, clean_sandbox, run_engine
from bugstack.pipeline.notices import notify
from bugstack.pipeline.records import Claim, add_stage, now
from bugstack.pipeline.recurrence_watch import record_merge
from bugstack.pipeline.target import (
    SourceError,
    branch_tip,
    checkout_for_engine,
    delivers,
    delivery_target,
)
from bugstack.pipeline.trigger import backoff_after
from bugstack.server.issues import event_payload
from bugstack.server.model_config import model_arguments
from bugstack.server.secrets import CredentialBox, open_channel_secrets
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Event, FixAttempt, FixStage, Issue, Project

__all__ = ["FixJob", "worker_name"]

log = logging.getLogger("bugstack.pipeline")
_DETAIL_LIMIT = 6000


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _detail(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, indent=1, default=str)
    return text if len(text) <= _DETAIL_LIMIT else text[:_DETAIL_LIMIT] + "\n… (cut)"


@dataclass(frozen=True, slots=True)
class _Work:
    target: DeliveryTarget
    issue: IssueRef
    event: dict[str, Any]
    test_command: str | None
    recorded: Delivery | None
    proposal: FixProposal | None
    project_name: str
    notifications: str | None
    #: False: the fix stays in bugstack for a person to deliver (see target.delivers).
    delivers: bool


class FixJob:
    """Runs fix attempts for one worker process; ``run`` is the task queue's handler."""

    def __init__(self, database: Database, settings: PipelineSettings) -> None:
        self.database = database
        self.settings = settings

    # -- the job ---------------------------------------------------------------------------

    def run(self, attempt_id: int) -> None:
        held = records.claim(self.database, attempt_id, worker_name(), self.settings.lease)
        if held is None:
            log.info("fix %d: taken by another worker or finished; nothing to do", attempt_id)
            return
        sandbox = self.settings.sandbox_root / f"fix-{attempt_id}"
        clean_sandbox(sandbox)  # what a worker that died on this job left behind
        self._end_queued_stage(attempt_id, held.tries)
        try:
            if held.tries > records.MAX_TRIES:
                self._conclude(held, "failed", error=f"gave up after {held.tries - 1} tries; "
                               "each one ended with its worker gone")
                return
            self._run(held, sandbox)
        except Exception as exc:
            log.exception("fix %d failed", attempt_id)
            self._conclude(held, "failed", error=f"{exc.__class__.__name__}: {exc}")
        finally:
            clean_sandbox(sandbox)

    def _run(self, held: Claim, sandbox: Path) -> None:
        started = now()
        sandbox.mkdir(parents=True, exist_ok=True)
        work = self._load(held.attempt_id)
        if work.proposal is not None and work.recorded is not None:
            # An earlier try delivered and recorded it (or a CI webhook queued it again):
            # only CI follow-up remains.
            self._follow_ci(held, work, work.recorded, work.proposal, sandbox)
            return
        try:
            repo = checkout_for_engine(work.target, sandbox)
        except SourceError as exc:
            add_stage(self.database, held.attempt_id, "workspace", "failed", started, now(),
                      str(exc))
            self._conclude(held, "failed", error=str(exc))
            return
        engine = self._engine(held, sandbox, repo, work, started)
        if engine.lost_lease:
            log.warning("fix %d: lease lost to another worker; stopping", held.attempt_id)
            return
        if engine.result is None:
            why = (f"time limit of {self.settings.time_limit:.0f}s reached" if engine.timed_out
                   else f"the fix engine ended with exit code {engine.exit_code} and no result")
            add_stage(self.database, held.attempt_id, "verified", "failed",
                      self._last_stage_end(engine, started), now(), _detail(engine.log))
            self._conclude(held, "failed", error=why)
            return
        proposal = FixProposal.from_json(engine.result)
        self._store_proposal(held, proposal)
        if proposal.status is not FixStatus.FIXED:
            # A wrong fix is worse than no fix: only verified fixes leave the sandbox.
            self._conclude(held, str(proposal.status), proposal=proposal)
            return
        if not work.delivers:
            add_stage(self.database, held.attempt_id, "delivered", "skipped", now(), now(),
                      "the repository is a URL and the project names no forge: the fix "
                      f"waits here (bugstack fixes deliver {held.attempt_id})")
            self._conclude(held, "fixed", proposal=proposal)
            return
        delivery = self._deliver(held, work, proposal)
        if delivery is None:
            return
        self._follow_ci(held, work, delivery, proposal, sandbox)

    # -- steps -----------------------------------------------------------------------------

    def _load(self, attempt_id: int) -> _Work:
        with self.database.session() as session:
            attempt = session.get(FixAttempt, attempt_id)
            assert attempt is not None
            issue = session.get(Issue, attempt.issue_id)
            project = session.get(Project, attempt.project_id)
            assert issue is not None and project is not None
            event = session.get(Event, attempt.event_row_id) if attempt.event_row_id else None
            if event is None:
                event = session.scalar(select(Event).where(Event.issue_id == issue.id)
                                       .order_by(Event.id.desc()).limit(1))
            if event is None:
                raise RuntimeError(f"issue {issue.id} has no stored event")
            link = f"{self.settings.server.public_url}/issues/{issue.id}"
            recorded = None
            if attempt.branch and attempt.commit_sha:
                recorded = Delivery(branch=attempt.branch, commit=attempt.commit_sha,
                                    state=DeliveryState.OPEN if attempt.pr_number
                                    else DeliveryState.PUSHED,
                                    pr_number=attempt.pr_number, pr_url=attempt.pr_url)
            proposal = (FixProposal.from_json(json.loads(attempt.proposal))
                        if attempt.proposal else None)
            target = delivery_target(project, self.settings.data_dir)
            if recorded is not None:
                recorded.attempts = attempts_made(self.database, attempt_id)
                if recorded.attempts > 1:
                    # A retry was pushed; its commit may not have been recorded yet.
                    recorded.commit = branch_tip(target, recorded.branch) or recorded.commit
            return _Work(
                target=target,
                issue=IssueRef(id=issue.id, title=issue.title, culprit=issue.culprit,
                               link=link),
                event=event_payload(event), test_command=project.test_command,
                recorded=recorded, proposal=proposal, project_name=project.name,
                notifications=open_channel_secrets(
                    project.notifications, CredentialBox.for_data_dir(self.settings.data_dir)),
                delivers=delivers(project),
            )

    def _engine(self, held: Claim, sandbox: Path, repo: Path, work: _Work,
                started: datetime) -> EngineRun:
        last_end = [started]

        def on_stage(stage: str, finished: datetime, result: dict[str, Any]) -> None:
            failed = (stage == "reproduced" and result.get("reproduced") is False) or (
                stage == "workspace" and bool(result.get("stale")))
            add_stage(self.database, held.attempt_id, stage, "failed" if failed else "done",
                      min(last_end[0], finished), finished, _detail(result))
            last_end[0] = max(last_end[0], finished)

        return run_engine(
            sandbox=sandbox, repo=repo, event=work.event, test_command=work.test_command,
            time_limit=self.settings.time_limit, on_stage=on_stage,
            keep_alive=lambda: records.renew(self.database, held, self.settings.lease),
            keep_alive_every=self.settings.lease / 3,
            # The project's language model, when it has one (docs/llm.md).
            extra_args=model_arguments(self.database, self.settings.server.resolved_database_url,
                                       self.settings.data_dir, held.attempt_id, sandbox),
        )

    def _deliver(self, held: Claim, work: _Work, proposal: FixProposal) -> Delivery | None:
        started = now()
        forge = None
        try:
            forge = forge_for(work.target)
            delivery = deliver_fix(proposal, work.target, work.issue, forge)
        except DeliveryError as exc:
            if "changes nothing on top of the branch" in str(exc):
                # An earlier try of this job pushed the same fix and died before recording.
                name = branch_name(work.issue)
                delivery = Delivery(branch=name, commit=branch_tip(work.target, name) or "",
                                    state=DeliveryState.PUSHED,
                                    notes=["the branch already holds this fix"])
            else:
                add_stage(self.database, held.attempt_id, "delivered", "failed", started,
                          now(), str(exc))
                self._conclude(held, "fixed", proposal=proposal,
                               error=f"delivery failed: {exc}",
                               issue_status=IssueStatus.UNRESOLVED)
                return None
        finally:
            if forge is not None:
                forge.close()
        if not records.record_delivery(self.database, held, branch=delivery.branch,
                                       commit_sha=delivery.commit or None,
                                       pr_url=delivery.pr_url, pr_number=delivery.pr_number):
            # Another try holds the job now and announces the delivery itself: one message.
            log.warning("fix %d: lease lost while delivering; leaving it to the newer try",
                        held.attempt_id)
            return None
        if records.delivery_announced(self.database, held.attempt_id, delivery.commit):
            sent = ["none: an earlier try announced this commit"]
        else:
            sent = notify(work.notifications,
                          fix_proposed(work.project_name, work.issue, delivery))
        add_stage(self.database, held.attempt_id, "delivered", "done", started, now(),
                  _detail({**delivery.to_json(), "notifications": sent}))
        return delivery

    def _follow_ci(self, held: Claim, work: _Work, delivery: Delivery,
                   proposal: FixProposal, sandbox: Path) -> None:
        if delivery.pr_number is None:
            self._conclude(held, "fixed", proposal=proposal)
            return
        started = now()
        retry = CiRetry(self.database, self.settings, held, work.target, work.event,
                        work.test_command, sandbox)
        forge = forge_for(work.target)
        assert forge is not None
        try:
            delivery, proposal = follow_checks(
                delivery, proposal, target=work.target, issue=work.issue, forge=forge,
                retry=retry,
                polling=Polling(interval=min(30.0, self.settings.lease / 3),
                                timeout=self.settings.ci_wait,
                                sleep=lambda seconds: self._sleep_renewing(held, seconds)),
            )
        except (ForgeError, DeliveryError) as exc:
            # The forge is down or refused (after its retries), or the retry's push was
            # refused: said on the fix; a CI webhook or a person's retry takes it on.
            add_stage(self.database, held.attempt_id, "ci", "failed", started, now(),
                      _detail({**delivery.to_json(), "error": str(exc)}))
            self._conclude(held, "fixed", proposal=proposal,
                           error=f"CI follow-up stopped: {exc}",
                           ci_state=str(DeliveryState.CHECKS_PENDING),
                           commit_sha=delivery.commit or None)
            return
        finally:
            forge.close()
        add_stage(self.database, held.attempt_id, "ci", str(delivery.state), started, now(),
                  _detail(delivery.to_json()))
        values: dict[str, Any] = {"ci_state": str(delivery.state),
                                  "commit_sha": delivery.commit or None}
        if delivery.state is DeliveryState.GAVE_UP:
            # Said on the pull request by the flow; said on the fix and to the team here,
            # and the issue is open again (it reads "fix proposed" when a webhook resumed
            # the job after an earlier run ended).
            self._conclude(held, "fixed", proposal=proposal, error=delivery.notes[-1],
                           issue_status=IssueStatus.UNRESOLVED, **values)
            with self.database.engine.begin() as connection:
                connection.execute(update(Issue).where(
                    Issue.id == work.issue.id,
                    Issue.status == IssueStatus.FIX_PROPOSED.value)
                    .values(status=IssueStatus.UNRESOLVED.value))
            return
        if delivery.state is DeliveryState.MERGED:
            values["merged_at"] = now()
            # The recurrence watch follows the commit releases contain: the forge's merge
            # commit (the branch's head when someone else merged and the forge did not say).
            record_merge(self.database, held.attempt_id,
                         delivery.merge_commit or delivery.commit)
            sent = notify(work.notifications, merged(work.project_name, work.issue, delivery))
            add_stage(self.database, held.attempt_id, "merged", "done", now(), now(),
                      _detail({"merge_commit": delivery.merge_commit, "notifications": sent}))
        self._conclude(held, "fixed", proposal=proposal, **values)

    def _sleep_renewing(self, held: Claim, seconds: float) -> None:
        threading.Event().wait(seconds)
        records.renew(self.database, held, self.settings.lease)

    # -- records ---------------------------------------------------------------------------

    def _end_queued_stage(self, attempt_id: int, tries: int) -> None:
        with self.database.engine.begin() as connection:
            connection.execute(update(FixStage).where(
                FixStage.fix_id == attempt_id, FixStage.name == "queued",
                FixStage.finished_at.is_(None)).values(finished_at=now()))
        if tries > 1:
            add_stage(self.database, attempt_id, "queued", "retried", now(), now(),
                      f"try {tries}: the worker of the previous try stopped without "
                      "finishing; its sandbox was removed")

    def _tell_failure(self, attempt_id: int, reason: str) -> None:
        try:
            work = self._load(attempt_id)
        except Exception:  # the failure may be that the attempt's data is unreadable
            log.warning("fix %d: no failure notification (cannot load the attempt)",
                        attempt_id, exc_info=True)
            return
        notify(work.notifications, fix_failed(work.project_name, work.issue, reason))

    def _store_proposal(self, held: Claim, proposal: FixProposal) -> None:
        with self.database.engine.begin() as connection:
            connection.execute(update(FixAttempt).where(FixAttempt.id == held.attempt_id)
                               .values(proposal=json.dumps(proposal.to_json())))

    @staticmethod
    def _last_stage_end(engine: EngineRun, started: datetime) -> datetime:
        return max(engine.seen.values(), default=started)

    def _conclude(self, held: Claim, status: str, *, proposal: FixProposal | None = None,
                  error: str | None = None, issue_status: IssueStatus | str | None = "auto",
                  **values: Any) -> None:
        if proposal is not None:
            values["proposal"] = json.dumps(proposal.to_json())
        if error is not None:
            values["error"] = error
        with self.database.session() as session:
            attempt = session.get(FixAttempt, held.attempt_id)
            assert attempt is not None
            if status != "fixed":
                values["retry_after"] = now() + backoff_after(
                    session, attempt.issue_id, self.settings.retry_backoff)
            issue_id = attempt.issue_id
        if not records.finish(self.database, held, status, **values):
            log.warning("fix %d: finished after losing its lease; outcome not recorded",
                        held.attempt_id)
            return
        if status != "fixed" or error is not None:
            self._tell_failure(held.attempt_id, error or f"the fix engine's answer: {status}")
        if issue_status == "auto":
            issue_status = (IssueStatus.FIX_PROPOSED if status == "fixed"
                            else IssueStatus.UNRESOLVED)
        if isinstance(issue_status, IssueStatus):
            with self.database.engine.begin() as connection:
                # Only an issue still marked as being fixed moves: a person who resolved
                # or ignored it meanwhile has the last word.
                connection.execute(update(Issue).where(
                    Issue.id == issue_id, Issue.status == IssueStatus.FIXING.value)
                    .values(status=issue_status.value))
        log.info("fix %d: %s", held.attempt_id, status)
