"""A job's side of CI: the one more attempt after CI fails, and the forge's webhooks.

* :class:`CiRetry` is the ``RetryHook`` a job hands to ``follow_checks``. It runs the fix
  engine once more in the job's sandbox with what CI said
  (:class:`~bugstack.deliver.ci_feedback.CiFeedback`: the rejected fix is not proposed
  again, CI's failing tests must pass) and records the try as the ``ci_retry`` stage, which
  is also how a later run of the job knows the retry was spent.
* :func:`requeue_for_ci` is what a CI webhook does: the attempt whose pull request head is
  the webhook's commit, and whose CI follow-up ended without an outcome (polling timed
  out), is queued again; its job then reads the checks from the forge and moves on.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from bugstack.deliver import MAX_ATTEMPTS, DeliveryState, DeliveryTarget
from bugstack.deliver.ci_feedback import CiFeedback
from bugstack.domain import FixProposal
from bugstack.pipeline import records
from bugstack.pipeline.config import PipelineSettings
from bugstack.pipeline.engine import clean_sandbox, run_engine
from bugstack.pipeline.records import Claim, add_stage, now
from bugstack.pipeline.target import SourceError, checkout_for_engine
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt, FixStage

__all__ = ["RETRY_STAGE", "WAITING_FOR_CI", "CiRetry", "attempts_made", "requeue_for_ci"]

log = logging.getLogger("bugstack.pipeline")

RETRY_STAGE = "ci_retry"
#: CI states a webhook can move on: the job stopped polling before CI had an outcome.
WAITING_FOR_CI = (str(DeliveryState.OPEN), str(DeliveryState.CHECKS_PENDING))
_DETAIL_LIMIT = 6000


def attempts_made(database: Database, attempt_id: int) -> int:
    """Fixes pushed to the attempt's branch so far: the first and each CI retry."""
    with database.session() as session:
        retries = session.scalar(select(func.count()).select_from(FixStage).where(
            FixStage.fix_id == attempt_id, FixStage.name == RETRY_STAGE,
            FixStage.status == "done")) or 0
    return min(1 + int(retries), MAX_ATTEMPTS)


class CiRetry:
    """Runs the fix engine once more, knowing what CI said."""

    def __init__(self, database: Database, settings: PipelineSettings, held: Claim,
                 target: DeliveryTarget, event: dict[str, Any], test_command: str | None,
                 sandbox: Path) -> None:
        self.database = database
        self.settings = settings
        self.held = held
        self.target = target
        self.event = event
        self.test_command = test_command
        self.sandbox = sandbox / "ci-retry"

    def _record(self, status: str, started: Any, detail: dict[str, Any]) -> None:
        text = json.dumps(detail, indent=1, default=str)
        if len(text) > _DETAIL_LIMIT:
            text = text[:_DETAIL_LIMIT] + "\n… (cut)"
        add_stage(self.database, self.held.attempt_id, RETRY_STAGE, status, started, now(),
                  text)

    def __call__(self, rejected: FixProposal, failure_output: str) -> FixProposal | None:
        started = now()
        feedback = CiFeedback.from_ci(failure_output, rejected.patch)
        seen: dict[str, Any] = {"ci_failure": failure_output[-2000:],
                                "ci_tests": list(feedback.tests)}
        clean_sandbox(self.sandbox)
        self.sandbox.mkdir(parents=True, exist_ok=True)
        try:
            repo = checkout_for_engine(self.target, self.sandbox)
        except SourceError as exc:
            self._record("failed", started, {**seen, "error": str(exc)})
            return None
        feedback_file = self.sandbox / "ci-feedback.json"
        feedback.save(feedback_file)
        try:
            run = run_engine(
                sandbox=self.sandbox, repo=repo, event=self.event,
                test_command=self.test_command, time_limit=self.settings.time_limit,
                on_stage=lambda *_: None,  # the retry is one stage of the story
                keep_alive=lambda: records.renew(self.database, self.held,
                                                 self.settings.lease),
                keep_alive_every=self.settings.lease / 3,
                extra_args=["--ci-feedback", str(feedback_file)],
            )
        finally:
            clean_sandbox(self.sandbox)
        if run.result is None:
            why = "time limit reached" if run.timed_out else \
                f"the fix engine ended with exit code {run.exit_code} and no result"
            self._record("failed", started, {**seen, "error": why, "log": run.log[-2000:]})
            return None
        proposal = FixProposal.from_json(run.result)
        status = "done" if str(proposal.status) == "fixed" else "failed"
        self._record(status, started, {
            **seen, "status": str(proposal.status), "explanation": proposal.explanation,
            "strategy": proposal.strategy, "ci_retry": proposal.checks.get("ci_retry"),
        })
        return proposal


def requeue_for_ci(database: Database, project_id: int, sha: str) -> int | None:
    """Queue again the attempt of ``project_id`` whose branch head is ``sha`` and whose CI
    follow-up is unfinished; its id, or None when no attempt waits on that commit."""
    with database.engine.begin() as connection:
        attempt_id = connection.execute(
            select(FixAttempt.id).where(
                FixAttempt.project_id == project_id, FixAttempt.commit_sha == sha,
                FixAttempt.status == "fixed", FixAttempt.ci_state.in_(WAITING_FOR_CI))
            .order_by(FixAttempt.id.desc()).limit(1)).scalar()
        if attempt_id is None:
            return None
        # Compare-and-set: of two webhooks at once, one queues it and the other sees it
        # queued already. ``tries`` starts again: a nudge is not a worker that died.
        moved = connection.execute(
            update(FixAttempt).where(FixAttempt.id == attempt_id,
                                     FixAttempt.status == "fixed",
                                     FixAttempt.ci_state.in_(WAITING_FOR_CI))
            .values(status="queued", tries=0, enqueued_at=now(), finished_at=None))
        if moved.rowcount != 1:
            return None
    add_stage(database, attempt_id, "queued", "done", now(), now(),
              f"trigger: a CI webhook about {sha[:12]}")
    log.info("fix %d: queued again by a CI webhook about %s", attempt_id, sha[:12])
    return int(attempt_id)
