import pytest

from projects_api import keys
from projects_api.app import app, reset_projects


@pytest.fixture(autouse=True)
def fresh() -> None:
    keys.reset()
    reset_projects()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_list_projects_of_the_keys_workspace() -> None:
    client = app.test_client()
    assert client.get("/api/projects", headers=bearer("wk_acme_ci")).json == [
        {"id": 1, "name": "Website"},
        {"id": 2, "name": "Mobile app"},
    ]
    assert client.get("/api/projects", headers=bearer("wk_globex_importer")).json == [
        {"id": 1, "name": "Warehouse"}
    ]


def test_missing_scope() -> None:
    response = app.test_client().post("/api/projects", json={"name": "X"}, headers=bearer("wk_acme_ci"))
    assert response.status_code == 403


def test_create_project() -> None:
    client = app.test_client()
    response = client.post("/api/projects", json={"name": "Forklifts"}, headers=bearer("wk_globex_importer"))
    assert response.status_code == 201
    assert response.json == {"id": 2, "name": "Forklifts"}


def test_no_or_unknown_or_revoked_key() -> None:
    client = app.test_client()
    assert client.get("/api/projects").status_code == 401
    assert client.get("/api/projects", headers=bearer("wk_nope")).status_code == 401
    key, token = keys.issue("acme", "Old laptop", {"projects:read"})
    key.revoked = True
    assert client.get("/api/projects", headers=bearer(token)).status_code == 401


def test_settings_page_lists_keys() -> None:
    listing = app.test_client().get("/internal/workspaces/acme/keys").json
    assert listing == [
        {"id": 1, "name": "CI deploy", "scopes": ["projects:read"], "revoked": False},
        {"id": 2, "name": "Zapier", "scopes": ["members:read", "projects:read", "projects:write"], "revoked": False},
    ]


def test_issue_rejects_unknown_scopes() -> None:
    with pytest.raises(ValueError):
        keys.issue("acme", "Bad", {"admin"})
