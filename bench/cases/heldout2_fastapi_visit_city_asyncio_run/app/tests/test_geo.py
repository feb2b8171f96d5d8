from fastapi.testclient import TestClient

from analytics.api import app
from analytics.geo import city_for_ip_sync

client = TestClient(app)


def test_where() -> None:
    assert client.get("/where", params={"ip": "92.184.3.77"}).json() == {
        "ip": "92.184.3.77",
        "city": "Paris",
    }


def test_where_unknown_address() -> None:
    assert client.get("/where", params={"ip": "10.0.0.1"}).json()["city"] is None


def test_batch_lookup() -> None:
    assert city_for_ip_sync("145.53.12.9") == "Amsterdam"


def test_unknown_visit() -> None:
    assert client.get("/visits/99").status_code == 404
