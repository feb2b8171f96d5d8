"""The server's side of the pipeline: new and regressed issues become queued fix jobs.

The ingest writer calls :meth:`IssueHook.__call__` in its thread right after a batch is
committed. The attempt row is committed before the task is sent, so a crash between the
two loses nothing: the workers' sweep sends queued attempts that nobody picked up.
"""

from __future__ import annotations

import logging

from bugstack.pipeline.queue import FixQueue
from bugstack.pipeline.trigger import Decision, start_fix
from bugstack.server.ingest._store import BatchResult
from bugstack.server.storage.database import Database

__all__ = ["IssueHook", "request_fix"]

log = logging.getLogger("bugstack.pipeline")


def request_fix(database: Database, queue: FixQueue | None, issue_id: int, trigger: str,
                *, manual: bool = False) -> Decision:
    """Queue a fix for the issue if the rules allow, and send the job."""
    with database.session() as session:
        decision = start_fix(session, issue_id, trigger, manual=manual)
        session.commit()
    if decision.created and decision.attempt is not None and queue is not None:
        try:
            queue.enqueue(decision.attempt.id)
        except Exception:  # the sweep sends it later; the attempt row is what counts
            log.warning("fix %d: the task queue is unreachable; a worker's sweep will "
                        "pick the job up", decision.attempt.id, exc_info=True)
    return decision


class IssueHook:
    def __init__(self, database: Database, queue: FixQueue | None) -> None:
        self.database = database
        self.queue = queue

    def __call__(self, result: BatchResult) -> None:
        for trigger, ids in (("new_issue", result.new_issues),
                             ("regression", result.regressed_issues)):
            for issue_id in sorted(ids):
                decision = request_fix(self.database, self.queue, issue_id, trigger)
                log.info("issue %d: %s", issue_id, decision.reason)
