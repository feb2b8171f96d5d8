from fastapi.testclient import TestClient

from analytics.api import app
from analytics.geo import city_for_ip_sync

client = TestClient(app)


def test_visit_records_the_city() -> None:
    response = client.post("/visits", json={"path": "/pricing", "ip": "81.250.10.4"})
    assert response.status_code == 201
    body = response.json()
    assert body["path"] == "/pricing"
    assert body["city"] == "Lyon"
    assert client.get(f"/visits/{body['id']}").json()["city"] == "Lyon"


def test_visit_from_unknown_address_has_no_city() -> None:
    response = client.post("/visits", json={"path": "/", "ip": "10.0.0.1"})
    assert response.status_code == 201
    assert response.json()["city"] is None


def test_batch_lookup_still_works() -> None:
    assert city_for_ip_sync("92.184.3.77") == "Paris"
