# mypy: disable-error-code="import-not-found"
from fastapi.testclient import TestClient
from fixed import app


def test_invalid_input_is_a_422_naming_the_field() -> None:
    response = TestClient(app).post("/signup", json={"email": "kid@example.com", "age": 9})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["age"]


def test_valid_input_is_accepted() -> None:
    response = TestClient(app).post("/signup", json={"email": "ada@example.com", "age": 36})
    assert response.status_code == 200
    assert response.json() == {"email": "ada@example.com"}
