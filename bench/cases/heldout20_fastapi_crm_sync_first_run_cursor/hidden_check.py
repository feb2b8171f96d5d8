import pytest
from fastapi.testclient import TestClient

from crmsync import local, upstream
from crmsync.api import app

RECORDS = [
    {"id": "c-1", "email": "Ann@Example.com", "name": "Ann", "updated_at": "2019-03-05T09:00:00+00:00"},
    {"id": "c-2", "email": "bo@example.com", "name": "Bo", "updated_at": "2022-07-14T11:45:00+00:00"},
    {"id": "c-3", "email": "cy@example.com", "name": "Cy", "updated_at": "2024-02-10T10:30:00+00:00"},
]


@pytest.fixture(autouse=True)
def state():
    local.reset()
    upstream.load(RECORDS)


def test_first_sync_imports_everything() -> None:
    client = TestClient(app)
    response = client.post("/sync/contacts")
    assert response.status_code == 200
    assert response.json() == {"imported": 3, "cursor": "2024-02-10T10:30:00+00:00"}
    assert [c["crm_id"] for c in client.get("/contacts").json()] == ["c-1", "c-2", "c-3"]
    assert local.get_cursor("contacts") == "2024-02-10T10:30:00+00:00"
    assert client.post("/sync/contacts").json() == {"imported": 0, "cursor": "2024-02-10T10:30:00+00:00"}


def test_sync_after_a_reset_starts_over() -> None:
    client = TestClient(app)
    local.set_cursor("contacts", "2024-01-01T00:00:00+00:00")
    assert client.post("/sync/contacts").json()["imported"] == 1
    local.CONTACTS.clear()
    assert client.delete("/sync/contacts/cursor").status_code == 204
    assert client.post("/sync/contacts").json() == {"imported": 3, "cursor": "2024-02-10T10:30:00+00:00"}
    assert len(local.CONTACTS) == 3


def test_first_sync_with_an_empty_crm() -> None:
    upstream.load([])
    assert TestClient(app).post("/sync/contacts").json() == {"imported": 0, "cursor": None}
