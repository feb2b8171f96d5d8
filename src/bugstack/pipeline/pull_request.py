"""A person's actions on a fix's pull request, from the dashboard: close it, reopen it.

The change goes through the project's forge (so the forge's own rules apply: a merged
pull request can be neither closed nor reopened) and is recorded on the fix as a
``pull_request`` stage saying who did what. A job still following the pull request's CI
sees it closed on its next look and stops (``flow._settled_by_someone``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from bugstack.deliver import DeliveryError, forge_for
from bugstack.pipeline.records import add_stage, now
from bugstack.pipeline.target import delivery_target
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt, Project

__all__ = ["PR_STAGE", "PullRequestAction", "change_pull_request"]

PR_STAGE = "pull_request"
PullRequestAction = Literal["close", "reopen"]


def change_pull_request(database: Database, data_dir: Path, attempt_id: int,
                        action: PullRequestAction, who: str) -> str:
    """Close or reopen the attempt's pull request; what happened, for the person to read.

    Raises ``DeliveryError`` (a ``ForgeError`` from the forge) when it cannot be done."""
    with database.session() as session:
        attempt = session.get(FixAttempt, attempt_id)
        project = session.get(Project, attempt.project_id) if attempt else None
        if attempt is None or project is None or attempt.pr_number is None:
            raise DeliveryError("this fix has no pull request")
        if not project.repository:
            raise DeliveryError("the project has no repository")
        number = attempt.pr_number
        target = delivery_target(project, data_dir)
    forge = forge_for(target)
    if forge is None:
        raise DeliveryError("the project has no forge to ask")
    started = now()
    try:
        pull = (forge.close_pull_request(number) if action == "close"
                else forge.reopen_pull_request(number))
    finally:
        forge.close()
    done = "closed" if action == "close" else "reopened"
    add_stage(database, attempt_id, PR_STAGE, pull.state, started, now(),
              f"pull request #{number} {done} by {who}")
    return f"pull request #{number} {done}"
