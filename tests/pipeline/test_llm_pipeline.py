"""The project's language model in the fix pipeline, end to end.

A real app in a git repository whose error no guide or template fixes, an event from the
real sentry-sdk sent through the server's real ingest, the model configured through the
dashboard's settings form, the fix job run as a worker runs it (the engine in its child
process, the usage ledger in the server's database), and the model played by the scripted
server on loopback, reached by the real ``openai`` client. The model only proposes: its
patch is ``fixed`` only after the engine's own verification, the transcript is kept with
the fix (REST and dashboard), and nothing leaves the machine when the project says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bugstack.llm import current_month
from bugstack.pipeline import PipelineSettings
from bugstack.pipeline.job import FixJob
from bugstack.server.storage.models import LlmUsage
from tests.llm.apps import VERSIONS_APP as APP
from tests.llm.apps import VERSIONS_TRIGGER as TRIGGER
from tests.llm.scripted import ScriptedModel, scripted_model, text
from tests.pipeline.waiting import first_attempt
from tests.repair.apps import capture_event, make_repo
from tests.support.server import ThreadServer
from tests.web.conftest import Browser, create_project

pytestmark = pytest.mark.slow

PATCH = '''\
SUMMARY: a version without a minor part has minor 0
CONTRACT: shop/versions.py: "a missing minor part counts"
FILE: shop/versions.py
<<<<<<< SEARCH
    major, minor = text.split(".")
=======
{replacement}
>>>>>>> REPLACE
'''
GOOD = PATCH.format(replacement='    major, _, minor = text.partition(".")\n'
                                '    minor = minor or "0"')
#: Applies and parses, and still raises the same ValueError in the same function.
STILL_FAILING = PATCH.format(replacement='    major, minor = text.strip().split(".")')
#: Lines of the app's code: none of them may reach the model when code is forbidden.
CODE_LINES = ('major, minor = text.split(".")', "return int(major), int(minor)",
              "def parse_version")


class Case:
    """The app, its project made and configured through the dashboard, and the error."""

    def __init__(self, tmp: Path, server: ThreadServer) -> None:
        self.repo = make_repo(tmp / "app", APP)
        self.event = capture_event(self.repo, tmp / "deployed", TRIGGER)
        self.server = server
        self.admin = Browser(server.url)
        assert self.admin.sign_up("ada@example.com").status_code == 200
        self.id, self.key = create_project(self.admin, "shop", str(self.repo))

    def configure(self, model: ScriptedModel, **changes: str) -> None:
        form = {"llm_enabled": "on", "llm_provider": "openai", "llm_model": "scripted-1",
                "llm_base_url": model.openai_url, "llm_api_key": "sk-scripted-key-000000",
                "llm_samples": "1", "llm_attempt_seconds": "60"}
        form.update(changes)
        self.admin.get(f"/projects/{self.id}/settings")
        saved = self.admin.post(f"/projects/{self.id}/llm",
                                {k: v for k, v in form.items() if v != "-"})
        assert "language model settings saved" in saved.text, saved.text[-1500:]

    def fix(self) -> dict[str, Any]:
        """The error through the real ingest, one run of its fix job; the fix's detail
        as the REST API gives it."""
        response = httpx.post(
            f"{self.server.url}/api/{self.id}/store/", json=self.event, timeout=30,
            headers={"X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={self.key}"})
        assert response.status_code == 200, response.text
        database = self.server.database()
        try:
            attempt_id = first_attempt(database)
            settings = PipelineSettings(server=self.server.settings, lease=30.0,
                                        time_limit=600.0)
            FixJob(database, settings).run(attempt_id)
        finally:
            database.dispose()
        detail: dict[str, Any] = self.server.api(f"/fixes/{attempt_id}")
        return detail

    def usage(self) -> int:
        database = self.server.database()
        try:
            with database.session() as session:
                return int(session.scalar(select(LlmUsage.tokens).where(
                    LlmUsage.project_id == self.id, LlmUsage.month == current_month())) or 0)
        finally:
            database.dispose()

    def issue_page(self, detail: dict[str, Any]) -> str:
        return self.admin.get(f"/issues/{detail['fix']['issue_id']}").text


@pytest.fixture
def case(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[Case]:
    for name in ("PROVIDER", "MODEL", "BASE_URL", "API_KEY", "ENABLED"):
        monkeypatch.delenv(f"BUGSTACK_LLM_{name}", raising=False)
    with ThreadServer(tmp_path / "data", database_url) as server:
        made = Case(tmp_path, server)
        try:
            yield made
        finally:
            made.admin.close()


def test_a_good_patch_is_verified_then_fixed_and_the_transcript_kept(case: Case) -> None:
    with scripted_model(text(GOOD)) as model:
        case.configure(model)
        detail = case.fix()
    assert detail["fix"]["status"] == "fixed", detail
    proposal = detail["proposal"]
    assert proposal["strategy"] == "llm" and "partition" in proposal["patch"]
    assert proposal["checks"]["regression_test_before"] == "failed"
    transcript = detail["model_transcript"]
    assert transcript["requests"] == 1 and transcript["exchanges"][0]["outcome"] == "candidate"
    assert transcript["settings"]["model"] == "scripted-1"
    assert "sk-scripted-key" not in json.dumps(detail)
    # What was sent: the code, and the failing test the engine reproduced the error with.
    (request,) = model.requests
    prompt = request.body["messages"][1]["content"]
    assert 'major, minor = text.split(".")' in prompt
    assert "## The failing test" in prompt and "result = parse_version(text='3')" in prompt
    assert request.headers["authorization"] == "Bearer sk-scripted-key-000000"
    # Counted in the database: what the scripted server reported (120 in, 40 out).
    assert case.usage() == 160
    page = case.issue_page(detail)
    assert "Model transcript" in page and "a version without a minor part" in page


def test_a_patch_that_fails_the_reproduction_is_never_fixed(case: Case) -> None:
    with scripted_model(text(STILL_FAILING)) as model:
        case.configure(model)
        detail = case.fix()
    assert len(model.requests) == 1
    assert detail["fix"]["status"] == "not_fixed", detail
    assert detail["fix"]["branch"] is None
    (tried,) = [c for c in detail["proposal"]["checks"]["candidates"]
                if "proposed by scripted-1" in c["description"]]
    assert tried["holds"] is False and "ValueError" in tried["reason"]


def test_nothing_of_the_code_is_sent_when_the_project_forbids_it(case: Case) -> None:
    with scripted_model(text("NO FIX: cannot see the code")) as model:
        case.configure(model, llm_never_send_code="on")
        detail = case.fix()
    assert model.requests, "the model is still asked, with the exception only"
    for request in model.requests:
        for line in CODE_LINES:
            assert line not in request.raw
    assert detail["model_transcript"]["settings"]["send_code"] is False
    assert detail["fix"]["status"] != "fixed", detail


def test_no_request_at_all_when_the_model_is_off(case: Case) -> None:
    with scripted_model(text(GOOD)) as model:
        case.configure(model, llm_enabled="-")  # configured, then turned off
        detail = case.fix()
    assert model.requests == []
    assert detail["model_transcript"]["requests"] == 0
    assert "off for this project" in detail["model_transcript"]["stopped"][0]
    assert detail["fix"]["status"] != "fixed", detail  # nothing could propose a fix
    assert case.usage() == 0
