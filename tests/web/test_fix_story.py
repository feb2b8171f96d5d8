"""The fix story on the issue page, from FixAttempt and FixStage rows, and its actions."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from bugstack.server.storage.models import FixAttempt, Project
from bugstack.server.web._fix_story import diff_lines
from tests.support.server import ThreadServer
from tests.web.conftest import Browser, create_project
from tests.web.fixtures import add_stage, insert_fixed_attempt
from tests.web.test_issues import _seed


def _issue_id(server: ThreadServer, project_id: int) -> int:
    return int(server.issues(project_id)[0]["id"])


def test_diff_lines_are_classified() -> None:
    kinds = [line.kind for line in diff_lines("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n same")]
    assert kinds == ["file", "file", "hunk", "del", "add", "context"]


def test_the_story_shows_stages_diff_test_checks_guide_and_pull_request(
    server: ThreadServer, admin: Browser
) -> None:
    project_id, _ = create_project(admin, "shop")
    _seed(server, project_id, 1)
    issue_id = _issue_id(server, project_id)
    database = server.database()
    insert_fixed_attempt(database, issue_id)
    database.dispose()

    page = admin.get(f"/issues/{issue_id}").text
    labels = re.findall(r'<span class="step-label">([^<]+)</span>', page)
    assert labels == [
        "Captured",
        "Queued",
        "Workspace prepared",
        "Reproduced",
        "Analysed",
        "Candidates tried",
        "Verified",
        "Pull request opened",
        "CI",
    ]
    assert "pytest -q: 1 failed" in page  # a stage's log
    assert "find_order indexes ORDERS with an id nobody checked exists." in page
    assert '<span class="d-del">-    return ORDERS[order_id]</span>' in page
    assert '<span class="d-add">+    if order_id not in ORDERS:</span>' in page
    assert '<span class="d-hunk">@@ -1,3 +1,5 @@</span>' in page
    assert "tests/test_bugstack_7.py" in page and "test_missing_order_is_a_404" in page
    checks = re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td>', page)
    assert ("Regression test", "failed", "passed") in checks
    assert ("The app&#39;s test suite", "41 passed, 1 failed", "42 passed, 0 failed") in checks
    assert 'href="/guides/keyerror_optional_payload_field"' in page
    assert 'href="https://git.example/acme/shop/pull/12"' in page
    assert '<span class="badge ci-success">success</span>' in page


def test_retry_queues_one_attempt_and_the_live_version_follows_stages(
    server: ThreadServer, admin: Browser, tmp_path: Path
) -> None:
    project_id, _ = create_project(admin, "shop", repository=str(tmp_path / "shop"))
    _seed(server, project_id, 1)
    issue_id = _issue_id(server, project_id)
    database = server.database()
    insert_fixed_attempt(database, issue_id)

    before = admin.get(f"/issues/{issue_id}/live").json()["version"]
    admin.get(f"/issues/{issue_id}")
    assert "a new fix attempt is queued" in admin.post(f"/issues/{issue_id}/retry").text
    assert "already queued" in admin.post(f"/issues/{issue_id}/retry").text
    with database.session() as session:
        attempts = session.scalars(
            select(FixAttempt).where(FixAttempt.issue_id == issue_id).order_by(FixAttempt.id)
        ).all()
    assert [(a.status, a.trigger) for a in attempts] == [
        ("fixed", "new_issue"),
        ("queued", "retry"),
    ]
    queued = admin.get(f"/issues/{issue_id}/live").json()["version"]
    assert queued != before
    page = admin.get(f"/issues/{issue_id}").text
    assert "Earlier attempts (1)" in page
    assert re.search(r"<button type=\"submit\" disabled>Retry the fix</button>", page)

    add_stage(database, attempts[1].id, "workspace", "running")
    assert admin.get(f"/issues/{issue_id}/live").json()["version"] != queued
    assert "Workspace prepared" in admin.get(f"/issues/{issue_id}").text
    database.dispose()


def test_merge_policy_can_be_changed_from_the_issue(server: ThreadServer, admin: Browser) -> None:
    project_id, _ = create_project(admin, "shop")
    _seed(server, project_id, 1)
    issue_id = _issue_id(server, project_id)
    admin.get(f"/issues/{issue_id}")
    admin.post(f"/issues/{issue_id}/merge-policy", {"merge_policy": "auto-merge"})
    database = server.database()
    with database.session() as session:
        assert session.get(Project, project_id).merge_policy == "auto-merge"  # type: ignore[union-attr]
    database.dispose()
    assert (
        admin.post(f"/issues/{issue_id}/merge-policy", {"merge_policy": "whenever"}).status_code
        == 422
    )
