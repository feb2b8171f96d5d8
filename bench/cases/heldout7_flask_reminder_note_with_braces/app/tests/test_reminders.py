from clinic.messages import reminder_text
from clinic.web import app


def test_reminder_without_note() -> None:
    assert reminder_text("Ann", "Tue 3 March", "09:40") == (
        "Hi Ann, this is a reminder of your appointment on Tue 3 March at 09:40."
    )


def test_preview_with_a_note() -> None:
    response = app.test_client().post(
        "/reminders/preview",
        data={"name": "Ann", "day": "Tue 3 March", "time": "09:40", "note": "Please bring your glasses."},
    )
    assert response.get_json() == {
        "text": "Hi Ann, this is a reminder of your appointment on Tue 3 March at 09:40.\nPlease bring your glasses.",
        "segments": 1,
    }
