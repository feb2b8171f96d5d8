# mypy: disable-error-code="import-not-found"
from fixed import app
from starlette.testclient import TestClient


def test_the_badge_shows_the_unread_count() -> None:
    response = TestClient(app).get("/badge/ada")
    assert response.status_code == 200
    assert response.json() == {"badge": "3"}
