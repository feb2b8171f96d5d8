import pytest

from greenhouse import create_app
from greenhouse.readings import mean_temperature


@pytest.fixture
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def test_mean_of_no_readings_is_none() -> None:
    assert mean_temperature([]) is None
    assert mean_temperature([{"temp_c": 5.0}]) == 5.0


def test_heartbeat_refreshes_last_seen_without_a_frost_alert(client) -> None:
    client.post(
        "/ingest",
        json={
            "device": "gh-north-3",
            "sent_at": "2024-11-02T05:40:00+00:00",
            "readings": [{"at": "2024-11-02T05:30:00+00:00", "temp_c": 4.4, "rh": 80}],
        },
    )
    response = client.post(
        "/ingest", json={"device": "gh-north-3", "sent_at": "2024-11-02T05:50:00+00:00", "readings": []}
    )
    assert response.status_code == 200
    assert response.get_json() == {"device": "gh-north-3", "readings": 0, "mean_c": None, "frost_alert": False}
    assert client.application.config["ALERTS"] == []
    assert client.get("/devices/gh-north-3").get_json() == {
        "device": "gh-north-3",
        "last_seen": "2024-11-02T05:50:00+00:00",
        "last_mean_c": 4.4,
    }


def test_first_contact_is_a_heartbeat(client) -> None:
    response = client.post(
        "/ingest", json={"device": "gh-east-2", "sent_at": "2024-11-02T06:00:00+00:00", "readings": []}
    )
    assert response.get_json()["mean_c"] is None
    assert client.get("/devices/gh-east-2").get_json() == {
        "device": "gh-east-2",
        "last_seen": "2024-11-02T06:00:00+00:00",
        "last_mean_c": None,
    }
