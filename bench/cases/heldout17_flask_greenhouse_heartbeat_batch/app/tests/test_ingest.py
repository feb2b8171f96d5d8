import pytest

from greenhouse import create_app
from greenhouse.readings import frost_alert, mean_temperature


@pytest.fixture
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def batch(device: str, *temps: float) -> dict:
    return {
        "device": device,
        "sent_at": "2024-11-02T05:40:00+00:00",
        "readings": [{"at": "2024-11-02T05:30:00+00:00", "temp_c": t, "rh": 80} for t in temps],
    }


def test_mean_temperature() -> None:
    assert mean_temperature([{"temp_c": 3.0}, {"temp_c": 4.25}]) == 3.6


def test_frost_alert_threshold() -> None:
    assert frost_alert(1.9) is True
    assert frost_alert(2.0) is False


def test_ingest_mild_batch(client) -> None:
    response = client.post("/ingest", json=batch("gh-north-3", 6.1, 6.5, 7.0))
    assert response.get_json() == {"device": "gh-north-3", "readings": 3, "mean_c": 6.5, "frost_alert": False}
    assert client.get("/devices/gh-north-3").get_json() == {
        "device": "gh-north-3",
        "last_seen": "2024-11-02T05:40:00+00:00",
        "last_mean_c": 6.5,
    }


def test_ingest_frost(client) -> None:
    assert client.post("/ingest", json=batch("gh-south-1", 1.2, 0.4)).get_json()["frost_alert"] is True
    assert client.application.config["ALERTS"] == [
        {"device": "gh-south-1", "mean_c": 0.8, "at": "2024-11-02T05:40:00+00:00"}
    ]


def test_malformed_batch(client) -> None:
    assert client.post("/ingest", json={"readings": []}).status_code == 400
