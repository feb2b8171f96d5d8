"""The REST API: token auth, one organisation never sees another's data, OpenAPI."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from bugstack.server.projects import create_token
from bugstack.server.storage.models import Organization
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ThreadServer


def _send(server: ThreadServer, project_id: int, key: str, **event: object) -> str:
    body = error_event(**event)  # type: ignore[arg-type]
    response = httpx.post(f"{server.url}/api/{project_id}/envelope/",
                          content=event_envelope(body),
                          headers={"Authorization": f"Bearer {key}"}, timeout=10)
    assert response.status_code == 200, response.text
    return str(body["event_id"])


def _other_org_token(server: ThreadServer) -> str:
    database = server.database()
    with database.session() as session:
        org = Organization(name="rival", created_at=datetime.now(UTC))
        session.add(org)
        session.flush()
        token = create_token(session, "rival", org.id)
        session.commit()
    database.dispose()
    return token


def test_issues_and_events_are_served_to_their_organisation_only(server: ThreadServer) -> None:
    project = server.new_project("shop")
    event_id = _send(server, project.id, project.api_key)
    (issue,) = server.issues(project.id)
    event = server.api(f"/events/{event_id}")
    assert event["event"]["event_id"] == event_id and event["issue_id"] == issue["id"]
    assert server.api(f"/events/{event['id']}")["event_id"] == event_id
    assert [p["name"] for p in server.api("/projects")] == ["shop"]

    rival = {"Authorization": f"Bearer {_other_org_token(server)}"}
    base = f"{server.url}/api/v1"
    assert httpx.get(f"{base}/projects", headers=rival).json() == []
    for path in (f"/projects/{project.id}/issues", f"/issues/{issue['id']}",
                 f"/issues/{issue['id']}/events", f"/events/{event_id}"):
        assert httpx.get(base + path, headers=rival).status_code == 404, path
        assert httpx.get(base + path).status_code == 401, path
        assert httpx.get(base + path,
                         headers={"Authorization": "Bearer bst_nope"}).status_code == 401
    refused = httpx.patch(f"{base}/issues/{issue['id']}", json={"status": "resolved"},
                          headers=rival)
    assert refused.status_code == 404
    assert server.api(f"/issues/{issue['id']}")["status"] == "unresolved"


def test_resolving_then_a_new_release_regresses_the_issue(server: ThreadServer) -> None:
    project = server.new_project("shop")
    _send(server, project.id, project.api_key, release="v1")
    (issue,) = server.issues(project.id)
    headers = {"Authorization": f"Bearer {server.token}"}
    response = httpx.patch(f"{server.url}/api/v1/issues/{issue['id']}",
                           json={"status": "resolved"}, headers=headers)
    assert response.status_code == 200 and response.json()["status"] == "resolved"
    bad = httpx.patch(f"{server.url}/api/v1/issues/{issue['id']}", json={"status": "gone"},
                      headers=headers)
    assert bad.status_code == 422
    _send(server, project.id, project.api_key, release="v2")
    detail = server.api(f"/issues/{issue['id']}")
    assert detail["status"] == "regressed"
    assert detail["releases"] == ["v1", "v2"]


def test_filters_search_and_sorting(server: ThreadServer) -> None:
    project = server.new_project("shop")
    for _ in range(3):
        _send(server, project.id, project.api_key, exc_type="ValueError", function="parse")
    _send(server, project.id, project.api_key, exc_type="KeyError", function="checkout")
    by_events = server.api(f"/projects/{project.id}/issues", sort="events")
    assert [i["exception_type"] for i in by_events] == ["ValueError", "KeyError"]
    found = server.api(f"/projects/{project.id}/issues", query="checkout")
    assert [i["exception_type"] for i in found] == ["KeyError"]
    assert server.api(f"/projects/{project.id}/issues", status="resolved") == []


def test_openapi_document_describes_the_api(server: ThreadServer) -> None:
    document = httpx.get(f"{server.url}/openapi.json").json()
    assert {"/api/v1/projects", "/api/v1/issues/{issue_id}", "/api/v1/events/{ident}"} <= set(
        document["paths"])


def test_the_server_publishes_the_error_guides(server: ThreadServer) -> None:
    index = httpx.get(f"{server.url}/guides/", params={"exception": "KeyError"})
    assert index.status_code == 200
    assert "KeyError" in index.text
