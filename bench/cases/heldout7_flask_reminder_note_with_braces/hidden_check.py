from clinic.messages import reminder_text
from clinic.web import app


def test_note_with_braces_is_sent_verbatim() -> None:
    response = app.test_client().post(
        "/reminders/preview",
        data={"name": "Bo", "day": "Fri 6 March", "time": "14:15", "note": "Parking code {4417}, 50% off at the cafe"},
    )
    assert response.status_code == 200
    assert response.get_json()["text"] == (
        "Hi Bo, this is a reminder of your appointment on Fri 6 March at 14:15.\n"
        "Parking code {4417}, 50% off at the cafe"
    )


def test_note_naming_a_placeholder_is_not_filled_in() -> None:
    assert reminder_text("Cy", "Mon 9 March", "08:00", "Ask for {name} at reception } {") == (
        "Hi Cy, this is a reminder of your appointment on Mon 9 March at 08:00.\n"
        "Ask for {name} at reception } {"
    )
    assert reminder_text("Cy", "Mon 9 March", "08:00") == (
        "Hi Cy, this is a reminder of your appointment on Mon 9 March at 08:00."
    )
