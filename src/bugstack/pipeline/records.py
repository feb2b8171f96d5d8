"""The fix attempt rows: the job's source of truth, its lease, and its recorded stages.

Every change is a short transaction of its own, so a worker killed at any point leaves the
row in a state another worker can pick up from: ``queued`` (waiting), ``running`` with a
lease that runs out, or finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt, FixStage

__all__ = [
    "ACTIVE",
    "MAX_TRIES",
    "STAGES",
    "Claim",
    "add_stage",
    "claim",
    "delivery_announced",
    "finish",
    "now",
    "record_delivery",
    "renew",
    "stages_of",
]

#: The stages a job goes through, in order.
STAGES = ("queued", "workspace", "reproduced", "analysed", "candidates", "verified",
          "delivered", "ci", "merged")
#: An attempt in one of these states holds its issue: no other attempt starts meanwhile.
ACTIVE = ("queued", "running")
#: A job whose worker died this many times is given up rather than tried forever (a job
#: that kills its worker every time must not take the fleet down one worker at a time).
MAX_TRIES = 3


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Claim:
    attempt_id: int
    worker: str
    tries: int


def claim(database: Database, attempt_id: int, worker: str, lease: float) -> Claim | None:
    """Take the attempt for this worker, atomically; ``None`` when another worker holds a
    live lease on it or it is finished (so a duplicate task is a no-op)."""
    moment = now()
    with database.engine.begin() as connection:
        result = connection.execute(
            update(FixAttempt)
            .where(FixAttempt.id == attempt_id)
            .where(or_(FixAttempt.status == "queued",
                       and_(FixAttempt.status == "running",
                            FixAttempt.lease_until < moment)))
            .values(status="running", worker=worker, tries=FixAttempt.tries + 1,
                    lease_until=moment + timedelta(seconds=lease),
                    started_at=moment)
        )
        if result.rowcount != 1:
            return None
        tries = connection.execute(
            select(FixAttempt.tries).where(FixAttempt.id == attempt_id)).scalar_one()
    return Claim(attempt_id, worker, int(tries))


def _still_held(held: Claim) -> tuple[ColumnElement[bool], ...]:
    # The try count is the fencing token: a worker whose lease ran out while it was stalled
    # may take the same job again under the same name, and its stalled first try must not
    # renew, record or finish what the second one now holds.
    return (FixAttempt.id == held.attempt_id, FixAttempt.worker == held.worker,
            FixAttempt.tries == held.tries, FixAttempt.status == "running")


def renew(database: Database, held: Claim, lease: float) -> bool:
    """Extend the lease; False when the attempt is no longer this try's."""
    with database.engine.begin() as connection:
        result = connection.execute(
            update(FixAttempt).where(*_still_held(held))
            .values(lease_until=now() + timedelta(seconds=lease))
        )
        return result.rowcount == 1


def record_delivery(database: Database, held: Claim, **values: object) -> bool:
    """Record where the fix was delivered (branch, commit, pull request), if the attempt is
    still this try's: False tells a try that lost its lease not to announce the delivery,
    since the try that holds the job now does."""
    with database.engine.begin() as connection:
        result = connection.execute(update(FixAttempt).where(*_still_held(held)).values(**values))
        return result.rowcount == 1


def delivery_announced(database: Database, attempt_id: int, commit: str | None) -> bool:
    """Whether an earlier try of this attempt already announced a delivery of ``commit``:
    a try whose lease ran out after announcing is followed by one that delivers the same
    commit again, and the team is told once."""
    if not commit:
        return False
    with database.session() as session:
        details = session.scalars(select(FixStage.detail).where(
            FixStage.fix_id == attempt_id, FixStage.name == "delivered",
            FixStage.status == "done"))
        return any(commit in (detail or "") for detail in details)


def add_stage(database: Database, attempt_id: int, name: str, status: str,
              started_at: datetime, finished_at: datetime | None = None,
              detail: str | None = None) -> None:
    with database.session() as session:
        session.add(FixStage(fix_id=attempt_id, name=name, status=status,
                             started_at=started_at, finished_at=finished_at, detail=detail))
        session.commit()


def stages_of(session: Session, attempt_id: int) -> list[FixStage]:
    return list(session.scalars(select(FixStage).where(FixStage.fix_id == attempt_id)
                                .order_by(FixStage.started_at, FixStage.id)))


def finish(database: Database, held: Claim, status: str, **values: object) -> bool:
    """Record the outcome, if the attempt is still this try's."""
    with database.engine.begin() as connection:
        result = connection.execute(
            update(FixAttempt).where(*_still_held(held))
            .values(status=status, finished_at=now(), lease_until=None, **values)
        )
        return result.rowcount == 1
