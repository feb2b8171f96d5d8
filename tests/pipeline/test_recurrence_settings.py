"""A project's quiet period, set by `bugstack project quiet-period`, is what the sweep
waits for before resolving an issue whose fixed release stays quiet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from bugstack.pipeline.recurrence_watch import resolve_quiet_issues
from bugstack.server.storage.models import Issue
from tests.pipeline.recurrence_kit import issue_row
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ThreadServer


def test_the_quiet_period_is_per_project_and_set_from_the_command_line(
    tmp_path: Path,
) -> None:
    with ThreadServer(tmp_path) as server:
        project = server.new_project("shop")
        assert "7d (the default)" in server.cli("project", "quiet-period", "shop").stdout
        assert "12h" in server.cli("project", "quiet-period", "shop", "12h").stdout
        bad = server.cli("project", "quiet-period", "shop", "soon", check=False)
        assert bad.returncode != 0 and "not a duration" in bad.stderr

        httpx.post(f"{server.url}/api/{project.id}/envelope/",
                   content=event_envelope(error_event()), timeout=30,
                   headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}
                   ).raise_for_status()
        (issue,) = server.issues(project.id)
        since = datetime(2026, 11, 1, tzinfo=UTC)
        database = server.database()
        try:
            with database.engine.begin() as connection:
                connection.execute(update(Issue).where(Issue.id == issue["id"]).values(
                    status="fix_proposed", fix_commit="f" * 40, fix_release="2.0",
                    fix_release_at=since))
            assert resolve_quiet_issues(database, since + timedelta(hours=11)) == []
            assert resolve_quiet_issues(database, since + timedelta(hours=12)) == [issue["id"]]
        finally:
            database.dispose()
        resolved = issue_row(server, issue["id"])
        assert resolved.status == "resolved" and resolved.resolved_at is not None
