import pytest
from fastapi.testclient import TestClient

from crmsync import local, upstream
from crmsync.api import app

RECORDS = [
    {"id": "c-1", "email": "Ann@Example.com", "name": "Ann", "updated_at": "2024-01-05T09:00:00+00:00"},
    {"id": "c-2", "email": "bo@example.com", "name": "Bo", "updated_at": "2024-02-10T10:30:00+00:00"},
]


@pytest.fixture(autouse=True)
def state():
    local.reset()
    upstream.load(RECORDS)
    local.set_cursor("contacts", "2024-01-01T00:00:00+00:00")


def test_sync_imports_changes_since_cursor() -> None:
    client = TestClient(app)
    assert client.post("/sync/contacts").json() == {"imported": 2, "cursor": "2024-02-10T10:30:00+00:00"}
    assert [c["email"] for c in client.get("/contacts").json()] == ["ann@example.com", "bo@example.com"]


def test_second_sync_imports_nothing_new() -> None:
    client = TestClient(app)
    client.post("/sync/contacts")
    assert client.post("/sync/contacts").json() == {"imported": 0, "cursor": "2024-02-10T10:30:00+00:00"}


def test_pages_through_a_large_backlog() -> None:
    upstream.load(
        [
            {"id": f"c-{n:03}", "email": f"u{n}@example.com", "name": f"U{n}",
             "updated_at": f"2024-03-01T{n // 60:02}:{n % 60:02}:00+00:00"}
            for n in range(250)
        ]
    )
    assert TestClient(app).post("/sync/contacts").json()["imported"] == 250
    assert len(local.CONTACTS) == 250


def test_reset_cursor() -> None:
    assert TestClient(app).delete("/sync/contacts/cursor").status_code == 204
    assert local.get_cursor("contacts") is None
