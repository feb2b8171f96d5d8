import pytest

from projects_api import keys
from projects_api.app import app, reset_projects


@pytest.fixture(autouse=True)
def fresh() -> None:
    keys.reset()
    reset_projects()


LEGACY = {"Authorization": "Bearer wk_acme_legacy_zapier"}


def test_v1_key_keeps_full_access_in_its_workspace() -> None:
    client = app.test_client()
    response = client.get("/api/projects", headers=LEGACY)
    assert response.status_code == 200
    assert response.json == [{"id": 1, "name": "Website"}, {"id": 2, "name": "Mobile app"}]
    response = client.post("/api/projects", json={"name": "Zap board"}, headers=LEGACY)
    assert response.status_code == 201
    assert response.json == {"id": 3, "name": "Zap board"}
    assert [p["name"] for p in client.get("/api/projects", headers=LEGACY).json] == [
        "Website",
        "Mobile app",
        "Zap board",
    ]
    globex = client.get("/api/projects", headers={"Authorization": "Bearer wk_globex_importer"})
    assert globex.json == [{"id": 1, "name": "Warehouse"}]


def test_revoked_v1_key_and_scoped_keys_unchanged() -> None:
    client = app.test_client()
    key, token = keys.issue("acme", "Old sync", None)
    key.revoked = True
    assert client.get("/api/projects", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    ci = {"Authorization": "Bearer wk_acme_ci"}
    assert client.post("/api/projects", json={"name": "X"}, headers=ci).status_code == 403
    assert client.get("/api/projects", headers=ci).status_code == 200
