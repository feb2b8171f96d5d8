import pytest
from flask.testing import FlaskClient

from clinicweb import create_app, store


@pytest.fixture
def client() -> FlaskClient:
    store.reset()
    app = create_app()
    app.config["TESTING"] = True
    return app.test_client()


def test_show(client: FlaskClient) -> None:
    assert client.get("/appointments/3").json == {
        "id": 3,
        "practitioner": "Dr Amara Osei",
        "start": "2024-05-14T09:30:00",
        "minutes": 30,
        "video": False,
    }


def test_unknown_appointment(client: FlaskClient) -> None:
    assert client.get("/appointments/99").status_code == 404
    assert client.get("/appointments/99/calendar.ics").status_code == 404


def test_calendar_file_for_a_visit_in_a_room(client: FlaskClient) -> None:
    response = client.get("/appointments/3/calendar.ics")
    assert response.mimetype == "text/calendar"
    text = response.get_data(as_text=True)
    assert "DTSTART:20240514T093000\r\nDTEND:20240514T100000\r\n" in text
    assert "LOCATION:Room 2\\, Riverside Clinic\\, 14 Mill Lane\\, Leeds LS2 7QT\r\n" in text


def test_confirmation_of_a_video_visit(client: FlaskClient) -> None:
    body = client.get("/appointments/7/confirmation").json["body"]
    assert "Where: Video call (the link is in your confirmation e-mail)" in body
