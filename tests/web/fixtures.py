"""Rows the fix pipeline writes, inserted directly: a finished attempt with its stages and
proposal, so the fix story can be read before the pipeline runs in the same test."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bugstack.domain.fix import FixProposal, FixStatus
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt, FixStage, Issue

PATCH = """\
--- a/shop/orders.py
+++ b/shop/orders.py
@@ -1,3 +1,5 @@
 def find_order(order_id):
-    return ORDERS[order_id]
+    if order_id not in ORDERS:
+        raise NotFound(order_id)
+    return ORDERS[order_id]
"""

REGRESSION_TEST = """\
def test_missing_order_is_a_404(client):
    assert client.get("/orders/7").status_code == 404
"""

STAGES = [
    "queued",
    "workspace",
    "reproduced",
    "analysed",
    "candidates",
    "verified",
    "delivered",
    "ci",
]


def proposal() -> FixProposal:
    return FixProposal(
        status=FixStatus.FIXED,
        patch=PATCH,
        regression_test_path="tests/test_bugstack_7.py",
        regression_test=REGRESSION_TEST,
        explanation="find_order indexes ORDERS with an id nobody checked exists.",
        strategy="guide:keyerror_optional_payload_field",
        guide_id="keyerror_optional_payload_field",
        base_commit="abc123",
        checks={
            "reproduced": True,
            "regression_test_before": "failed",
            "regression_test_after": "passed",
            "suite_before": {"passed": 41, "failed": 1},
            "suite_after": {"passed": 42, "failed": 0},
        },
        candidates_tried=3,
        seconds=12.5,
    )


def insert_fixed_attempt(database: Database, issue_id: int, stages: int = len(STAGES)) -> int:
    now = datetime.now(UTC)
    with database.session() as session:
        issue = session.get(Issue, issue_id)
        assert issue is not None
        attempt = FixAttempt(
            issue_id=issue.id,
            project_id=issue.project_id,
            status="fixed",
            trigger="new_issue",
            created_at=now - timedelta(minutes=5),
            started_at=now - timedelta(minutes=5),
            finished_at=now,
            proposal=json.dumps(proposal().to_json()),
            branch="bugstack/fix-7",
            pr_url="https://git.example/acme/shop/pull/12",
            pr_number=12,
            ci_state="success",
        )
        session.add(attempt)
        session.flush()
        for index, name in enumerate(STAGES[:stages]):
            session.add(
                FixStage(
                    fix_id=attempt.id,
                    name=name,
                    status="done",
                    started_at=now - timedelta(minutes=5 - index * 0.5),
                    finished_at=now - timedelta(minutes=4.9 - index * 0.5),
                    detail="pytest -q: 1 failed" if name == "reproduced" else None,
                )
            )
        session.commit()
        return attempt.id


def add_stage(database: Database, fix_id: int, name: str, status: str = "done") -> None:
    with database.session() as session:
        session.add(
            FixStage(
                fix_id=fix_id,
                name=name,
                status=status,
                started_at=datetime.now(UTC),
                finished_at=datetime.now(UTC),
            )
        )
        session.commit()
