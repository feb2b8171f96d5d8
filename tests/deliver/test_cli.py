"""``bugstack fixes`` as a person runs it: real subprocesses, real repositories."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bugstack.domain import FixStatus
from tests.deliver.conftest import FIXED, Project, git, make_proposal
from tests.deliver.fakes.gitea import FakeGitea
from tests.deliver.fakes.http import FakeServer, Response


def bugstack(*args: str, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from bugstack.cli import main; main()", *args],
        capture_output=True, text=True, env=os.environ | (env or {}), cwd=cwd, check=False,
        timeout=120,
    )


@pytest.fixture
def proposal_file(project: Project, tmp_path: Path) -> Path:
    path = tmp_path / "proposal.json"
    path.write_text(json.dumps(make_proposal(project).to_json()))
    return path


def test_deliver_to_a_local_repository(project: Project, proposal_file: Path) -> None:
    result = bugstack("fixes", "deliver", str(proposal_file), "--repo", str(project.work),
                      "--issue", "42", "--title", "ZeroDivisionError: division by zero",
                      "--bot-email", "bot@bugstack.test", "--json")
    assert result.returncode == 0, result.stderr
    delivery = json.loads(result.stdout)
    assert delivery["branch"] == "bugstack/42-zerodivisionerror-division-by-zero"
    assert delivery["state"] == "pushed" and delivery["pr_number"] is None
    assert git(project.work, "show", f"{delivery['branch']}:app/calc.py") == FIXED
    assert git(project.work, "status", "--porcelain") == ""
    assert git(project.work, "symbolic-ref", "--short", "HEAD").strip() == "main"


def test_deliver_opens_a_pull_request_on_a_forge(
    project: Project, proposal_file: Path, tmp_path: Path
) -> None:
    fake = FakeGitea("acme", "shop", str(project.remote), "cli-token").start()
    try:
        result = bugstack(
            "fixes", "deliver", str(proposal_file), "--repo", project.remote.as_uri(),
            "--issue", "42", "--title", "ZeroDivisionError", "--forge", "gitea",
            "--forge-url", fake.url, "--forge-repo", "acme/shop",
            "--data-dir", str(tmp_path / "data"), "--label", "bugstack", "--label", "auto",
            env={"BUGSTACK_FORGE_TOKEN": "cli-token"},
        )
    finally:
        fake.stop()
    assert result.returncode == 0, result.stderr
    assert "Pull request #1" in result.stdout
    assert fake.pulls[1].head == "bugstack/42-zerodivisionerror"
    assert fake.pulls[1].labels == ["bugstack", "auto"]


def test_deliver_refusals_exit_1_with_the_reason(project: Project, tmp_path: Path) -> None:
    not_fixed = tmp_path / "p.json"
    not_fixed.write_text(json.dumps(
        make_proposal(project, status=FixStatus.NOT_FIXED).to_json()))
    result = bugstack("fixes", "deliver", str(not_fixed), "--repo", str(project.work))
    assert result.returncode == 1
    assert "not_fixed result has no fix to deliver" in result.stderr


def test_show_prints_the_diff_explanation_and_results(proposal_file: Path) -> None:
    result = bugstack("fixes", "show", str(proposal_file))
    assert result.returncode == 0, result.stderr
    for part in ("fixed", "divides by b", "failed before the fix", "5 passed, 0 failed after",
                 "+    if b == 0:"):
        assert part in result.stdout, part
    as_json = json.loads(bugstack("fixes", "show", str(proposal_file), "--json").stdout)
    assert as_json["regression_test"]["path"] == "tests/test_bugstack_42.py"


def test_apply_to_a_working_tree_once(project: Project, proposal_file: Path) -> None:
    first = bugstack("fixes", "apply", str(proposal_file), "--repo", str(project.work))
    assert first.returncode == 0, first.stderr
    assert (project.work / "app" / "calc.py").read_text() == FIXED
    assert (project.work / "tests" / "test_bugstack_42.py").exists()
    again = bugstack("fixes", "apply", str(proposal_file), "--repo", str(project.work))
    assert again.returncode == 1 and "does not apply here" in again.stderr
    assert (project.work / "app" / "calc.py").read_text() == FIXED


def test_apply_refuses_unverified_unless_asked(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_text(json.dumps(make_proposal(project, status=FixStatus.UNVERIFIED).to_json()))
    refused = bugstack("fixes", "apply", str(path), "--repo", str(project.work))
    assert refused.returncode == 1 and "--unverified" in refused.stderr
    assert git(project.work, "status", "--porcelain") == ""
    assert bugstack("fixes", "apply", str(path), "--repo", str(project.work),
                    "--unverified").returncode == 0


def test_bad_input_exits_2(tmp_path: Path) -> None:
    (tmp_path / "junk.json").write_text("{not json")
    (tmp_path / "other.json").write_text('{"status": "perfect"}')
    for name in ("junk.json", "other.json", "missing.json"):
        result = bugstack("fixes", "show", str(tmp_path / name))
        assert result.returncode == 2, name
        assert result.stderr.startswith("bugstack fixes: "), result.stderr


def test_test_notify_reports_each_channel(tmp_path: Path) -> None:
    server = FakeServer()
    server.route("POST", "/hook", lambda r: Response(204))
    server.start()
    try:
        good = tmp_path / "good.json"
        good.write_text(json.dumps([{"type": "webhook", "url": f"{server.url}/hook",
                                     "secret": "s"}]))
        ok = bugstack("fixes", "test-notify", str(good), "--project", "shop")
        mixed = tmp_path / "mixed.json"
        mixed.write_text(json.dumps([
            {"type": "webhook", "url": f"{server.url}/hook", "secret": "s"},
            {"type": "slack", "url": f"{server.url}/missing"},
        ]))
        failed = bugstack("fixes", "test-notify", str(mixed))
    finally:
        server.stop()
    assert ok.returncode == 0 and "ok" in ok.stdout
    assert json.loads(server.requests[0].body)["project"] == "shop"
    assert failed.returncode == 1 and "FAIL slack" in failed.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"type": "pager"}]))
    refused = bugstack("fixes", "test-notify", str(bad))
    assert refused.returncode == 2 and "unknown channel type" in refused.stderr


def test_stored_fixes_are_listed_shown_and_delivered_by_id(
    project: Project, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from bugstack.cli._context import open_database
    from bugstack.server.projects import create_project
    from bugstack.server.storage.models import FixAttempt, Issue
    from bugstack.server.storage.models import Project as ProjectRow

    data = tmp_path / "data"
    now = datetime.now(UTC)
    _, database = open_database(data)
    with database.session() as session:
        create_project(session, "shop")
        shop = session.query(ProjectRow).filter_by(name="shop").one()
        issue = Issue(project_id=shop.id, fingerprint="f" * 32, level="error",
                      title="ZeroDivisionError: division by zero", culprit="app.calc in ratio",
                      first_seen=now, last_seen=now, event_count=1)
        session.add(issue)
        session.flush()
        session.add_all([
            FixAttempt(issue_id=issue.id, project_id=shop.id, status="fixed", created_at=now,
                       proposal=json.dumps(make_proposal(project).to_json())),
            FixAttempt(issue_id=issue.id, project_id=shop.id, status="queued", created_at=now),
        ])
        session.commit()
        issue_id = issue.id
    database.dispose()

    listed = bugstack("fixes", "list", "--data-dir", str(data), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["status"]) for r in rows] == [(2, "queued"), (1, "fixed")]
    assert rows[0]["issue"] == "ZeroDivisionError: division by zero"

    shown = bugstack("fixes", "show", "1", "--data-dir", str(data))
    assert shown.returncode == 0 and "+    if b == 0:" in shown.stdout
    pending = bugstack("fixes", "show", "2", "--data-dir", str(data))
    assert pending.returncode == 1 and "queued and has no proposal yet" in pending.stderr
    assert bugstack("fixes", "show", "9", "--data-dir", str(data)).returncode == 2

    delivered = bugstack("fixes", "deliver", "1", "--repo", str(project.work),
                         "--data-dir", str(data), "--json")
    assert delivered.returncode == 0, delivered.stderr
    branch = json.loads(delivered.stdout)["branch"]
    assert branch == f"bugstack/{issue_id}-zerodivisionerror-division-by-zero"
    assert git(project.work, "show", f"{branch}:app/calc.py") == FIXED
