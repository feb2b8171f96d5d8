import pytest
from flask.testing import FlaskClient

from clinicweb import create_app, store


@pytest.fixture
def client() -> FlaskClient:
    store.reset()
    app = create_app()
    app.config["TESTING"] = True
    return app.test_client()


def test_calendar_file_of_a_video_visit_names_the_video_call(client: FlaskClient) -> None:
    response = client.get("/appointments/7/calendar.ics")
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    text = response.get_data(as_text=True)
    assert "DTSTART:20240515T081500\r\nDTEND:20240515T083500\r\n" in text
    assert "SUMMARY:Appointment with Dr Amara Osei\r\n" in text
    assert "LOCATION:Video call (the link is in your confirmation e-mail)\r\n" in text
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_calendar_file_of_a_room_visit_unchanged(client: FlaskClient) -> None:
    text = client.get("/appointments/5/calendar.ics").get_data(as_text=True)
    assert "LOCATION:Room 5\\, Riverside Clinic\\, 14 Mill Lane\\, Leeds LS2 7QT\r\n" in text
