from fastapi.testclient import TestClient

from clinic.api import app

client = TestClient(app)


def test_clinicians() -> None:
    assert client.get("/clinicians").json()[0] == {"id": 1, "name": "Dr. Amara Okafor"}


def test_week_planner() -> None:
    response = client.get("/clinicians/1/appointments", params={"dates": "2024-05-06..2024-05-12"})
    assert response.status_code == 200
    body = response.json()
    assert (body["from"], body["to"]) == ("2024-05-06", "2024-05-12")
    assert [a["id"] for a in body["appointments"]] == [105, 101, 102, 104, 106]


def test_range_ending_before_it_starts() -> None:
    response = client.get("/clinicians/1/appointments", params={"dates": "2024-05-09..2024-05-06"})
    assert response.status_code == 422


def test_range_too_long() -> None:
    response = client.get("/clinicians/2/appointments", params={"dates": "2024-05-01..2024-06-30"})
    assert response.status_code == 422


def test_not_a_date() -> None:
    response = client.get("/clinicians/1/appointments", params={"dates": "2024-05-06..friday"})
    assert response.status_code == 422


def test_unknown_clinician() -> None:
    response = client.get("/clinicians/9/appointments", params={"dates": "2024-05-06..2024-05-06"})
    assert response.status_code == 404
