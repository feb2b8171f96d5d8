"""The "Language model" section of a project's settings, through the real dashboard.

Saved only with the form's CSRF token; the API key sealed in the project's credentials and
never shown again; the monthly cap changed only by an administrator; settings that cannot
work refused with the reason."""

from __future__ import annotations

import json
import re

import pytest

from bugstack.server.project_llm import CREDENTIAL_KEY, project_model
from bugstack.server.secrets import CredentialBox
from bugstack.server.storage.models import Project
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD, Browser, NewBrowser, create_project

KEY = "sk-test-0123456789abcdefghijkl"


@pytest.fixture(autouse=True)
def _no_server_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PROVIDER", "MODEL", "BASE_URL", "API_KEY", "ENABLED"):
        monkeypatch.delenv(f"BUGSTACK_LLM_{name}", raising=False)


def _stored(server: ThreadServer, project_id: int) -> tuple[str | None, dict[str, object]]:
    database = server.database()
    try:
        with database.session() as session:
            project = session.get(Project, project_id)
            assert project is not None
            sealed = project.credentials
            opened = CredentialBox.for_data_dir(server.settings.data_dir).open(sealed) \
                if sealed else {}
            return project.llm_settings, opened
    finally:
        database.dispose()


def _form(**changes: str) -> dict[str, str]:
    form = {"llm_enabled": "on", "llm_provider": "openai", "llm_model": "qwen2.5-coder",
            "llm_base_url": "http://127.0.0.1:9/v1", "llm_api_key": KEY, "llm_ask": "always",
            "llm_samples": "2", "llm_monthly_tokens": "5000", "llm_never_send_code": "on"}
    form.update(changes)
    return {k: v for k, v in form.items() if v != "-"}


def test_settings_are_saved_with_the_key_sealed_and_never_shown(
        server: ThreadServer, admin: Browser) -> None:
    project_id, _ = create_project(admin, "shop")
    page = admin.get(f"/projects/{project_id}/settings")
    assert "Language model" in page.text and "<strong>off</strong>" in page.text
    refused = admin.post(f"/projects/{project_id}/llm", _form(), csrf=False)
    assert refused.status_code == 403
    assert _stored(server, project_id) == (None, {})

    saved = admin.post(f"/projects/{project_id}/llm", _form())
    assert saved.status_code == 200 and "language model settings saved" in saved.text
    assert KEY not in saved.text and re.search(r"API key <small>\(set\)</small>", saved.text)
    assert "<strong>on</strong>" in saved.text
    raw, credentials = _stored(server, project_id)
    assert raw is not None and KEY not in raw
    assert json.loads(raw) == {"enabled": True, "send_code": False, "ask": "always",
                               "provider": "openai", "model": "qwen2.5-coder",
                               "base_url": "http://127.0.0.1:9/v1", "samples": 2,
                               "monthly_tokens": 5000}
    assert credentials[CREDENTIAL_KEY] == KEY
    model = project_model(raw, credentials, env={})
    assert model.settings is not None and model.settings.api_key == KEY
    assert not model.settings.send_code and model.settings.monthly_tokens == 5000

    # An empty key field keeps the stored key; turning it off keeps the choices.
    admin.get(f"/projects/{project_id}/settings")
    off = admin.post(f"/projects/{project_id}/llm", _form(llm_enabled="-", llm_api_key=""))
    assert "language model settings saved" in off.text and "<strong>off</strong>" in off.text
    raw, credentials = _stored(server, project_id)
    assert raw is not None and json.loads(raw)["enabled"] is False
    assert credentials[CREDENTIAL_KEY] == KEY


def test_settings_that_cannot_work_are_refused_with_the_reason(
        server: ThreadServer, admin: Browser) -> None:
    project_id, _ = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    no_model = admin.post(f"/projects/{project_id}/llm", _form(llm_model=""))
    assert "not saved: no model is named" in no_model.text
    bad_url = admin.post(f"/projects/{project_id}/llm", _form(llm_base_url="ftp://x"))
    assert "is not an http(s) URL" in bad_url.text
    assert _stored(server, project_id)[0] is None


def test_only_an_administrator_changes_the_monthly_cap(
        server: ThreadServer, admin: Browser, new_browser: NewBrowser) -> None:
    project_id, _ = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    admin.post(f"/projects/{project_id}/llm", _form())
    admin.get("/admin/users")
    added = admin.post("/admin/users", {"email": "bob@example.com", "name": "Bob",
                                        "password": PASSWORD, "organization": "default"})
    assert "added bob@example.com" in added.text
    member = new_browser()
    assert member.log_in("bob@example.com").status_code == 200
    page = member.get(f"/projects/{project_id}/settings")
    assert "an administrator changes it" in page.text
    raised = member.post(f"/projects/{project_id}/llm",
                         _form(llm_monthly_tokens="900000000", llm_api_key=""))
    assert "only an administrator can change the monthly token cap" in raised.text
    # Other changes by the member keep the cap the administrator set.
    kept = member.post(f"/projects/{project_id}/llm",
                       _form(llm_monthly_tokens="-", llm_samples="1", llm_api_key=""))
    assert "language model settings saved" in kept.text
    raw, _ = _stored(server, project_id)
    assert raw is not None
    assert (json.loads(raw)["monthly_tokens"], json.loads(raw)["samples"]) == (5000, 1)
    admin.get(f"/projects/{project_id}/settings")
    lowered = admin.post(f"/projects/{project_id}/llm", _form(llm_monthly_tokens="0"))
    assert "language model settings saved" in lowered.text
    assert json.loads(_stored(server, project_id)[0] or "{}")["monthly_tokens"] == 0
