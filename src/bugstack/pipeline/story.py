"""The story of a fix attempt: its row and its stages as plain data, for the API and CLI."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bugstack.pipeline.records import ACTIVE, stages_of
from bugstack.server.storage.models import FixAttempt, Issue

__all__ = ["attempt_story", "attempt_summary", "follow"]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def attempt_summary(attempt: FixAttempt, issue_title: str | None = None) -> dict[str, Any]:
    return {
        "id": attempt.id, "issue_id": attempt.issue_id, "project_id": attempt.project_id,
        "issue_title": issue_title, "status": attempt.status, "trigger": attempt.trigger,
        "tries": attempt.tries, "worker": attempt.worker,
        "created_at": _iso(attempt.created_at),
        "started_at": _iso(attempt.started_at), "finished_at": _iso(attempt.finished_at),
        "branch": attempt.branch, "commit_sha": attempt.commit_sha, "pr_url": attempt.pr_url,
        "pr_number": attempt.pr_number, "ci_state": attempt.ci_state,
        "merged_at": _iso(attempt.merged_at), "release": attempt.release,
        "error": attempt.error,
    }


def attempt_story(session: Session, attempt_id: int,
                  project_ids: set[int] | None = None) -> dict[str, Any] | None:
    """The attempt, its stages in order with their times and logs, and its proposal.
    ``project_ids`` limits what is visible (an API token's organisation)."""
    attempt = session.get(FixAttempt, attempt_id)
    if attempt is None or (project_ids is not None and attempt.project_id not in project_ids):
        return None
    title = session.scalar(select(Issue.title).where(Issue.id == attempt.issue_id))
    stages = []
    for stage in stages_of(session, attempt.id):
        seconds = ((stage.finished_at - stage.started_at).total_seconds()
                   if stage.finished_at is not None else None)
        stages.append({"name": stage.name, "status": stage.status,
                       "started_at": _iso(stage.started_at) or "",
                       "finished_at": _iso(stage.finished_at), "seconds": seconds,
                       "detail": stage.detail})
    proposal = json.loads(attempt.proposal) if attempt.proposal else None
    checks = proposal.get("checks") if isinstance(proposal, dict) else None
    # What was sent to the language model and what came back, when it was asked.
    transcript = checks.get("llm") if isinstance(checks, dict) else None
    return {"fix": attempt_summary(attempt, title), "stages": stages, "proposal": proposal,
            "model_transcript": transcript}


def follow(get: Callable[[], dict[str, Any]], timeout: float,
           say: Callable[[str], None] | None) -> dict[str, Any]:
    """Poll a story until the attempt ends (or ``timeout``), telling each new stage."""
    deadline = time.monotonic() + timeout
    told = 0
    while True:
        story = get()
        stages = story["stages"]
        if say is not None:
            for stage in stages[told:]:
                took = f" ({stage['seconds']:.1f}s)" if stage["seconds"] is not None else ""
                say(f"  {stage['name']:<11} {stage['status']}{took}")
            told = len(stages)
        if story["fix"]["status"] not in ACTIVE or time.monotonic() > deadline:
            return story
        time.sleep(0.5)
