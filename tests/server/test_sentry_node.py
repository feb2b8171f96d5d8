"""@sentry/node, the official Node SDK, reports to bugstack unchanged.

It authenticates by query string, may send chunked bodies without Content-Length and
omits ``length`` on JSON items; the ingest must take all of that as it comes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.server import ThreadServer

JS = Path(__file__).parent.parent / "js"


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_sentry_node_reports_an_error(server: ThreadServer) -> None:
    if not (JS / "node_modules" / "@sentry" / "node").is_dir():
        pytest.fail("tests/js has no node_modules: run `make test`, which installs them")
    project = server.new_project("node-app")
    subprocess.run(["node", str(JS / "report_error.mjs"), project.dsn], check=True,
                   timeout=60, capture_output=True)
    (event,) = server.wait_for_events(project.id, 1)
    assert event["platform"] == "node"
    assert event["release"] == "node-app@2.0.0"
    (issue,) = server.issues(project.id)
    assert issue["exception_type"] == "TypeError"
    assert "chargeCard" in (issue["culprit"] or "")
