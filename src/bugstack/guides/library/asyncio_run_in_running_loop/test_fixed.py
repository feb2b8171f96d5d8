# mypy: disable-error-code="import-not-found"
from fastapi.testclient import TestClient
from fixed import app


def test_the_endpoint_converts_with_the_fetched_rate() -> None:
    client = TestClient(app)
    response = client.get("/convert", params={"amount": 10, "currency": "USD"})
    assert response.status_code == 200
    assert response.json() == {"result": 11.0}
