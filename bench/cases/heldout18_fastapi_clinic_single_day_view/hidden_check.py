from fastapi.testclient import TestClient

from clinic.api import app

client = TestClient(app)


def test_single_day_is_that_day_alone() -> None:
    response = client.get("/clinicians/1/appointments", params={"dates": "2024-05-06"})
    assert response.status_code == 200
    assert response.json() == {
        "clinician": "Dr. Amara Okafor",
        "from": "2024-05-06",
        "to": "2024-05-06",
        "appointments": [
            {"id": 105, "patient": "R. Costa", "starts_at": "2024-05-06T08:40", "minutes": 20},
            {"id": 101, "patient": "J. Moreau", "starts_at": "2024-05-06T09:00", "minutes": 20},
            {"id": 102, "patient": "P. Szabo", "starts_at": "2024-05-06T09:20", "minutes": 40},
        ],
    }


def test_single_day_without_appointments() -> None:
    response = client.get("/clinicians/2/appointments", params={"dates": "2024-05-09"})
    assert response.status_code == 200
    assert response.json()["appointments"] == []
    assert (response.json()["from"], response.json()["to"]) == ("2024-05-09", "2024-05-09")


def test_bad_single_day_is_still_422() -> None:
    assert client.get("/clinicians/1/appointments", params={"dates": "2024-13-01"}).status_code == 422
    assert client.get("/clinicians/1/appointments", params={"dates": "monday"}).status_code == 422


def test_ranges_unchanged() -> None:
    response = client.get("/clinicians/2/appointments", params={"dates": "2024-05-06..2024-05-07"})
    assert [a["id"] for a in response.json()["appointments"]] == [103, 107]
