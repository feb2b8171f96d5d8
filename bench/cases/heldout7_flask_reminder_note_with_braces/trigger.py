"""A receptionist previews a reminder with the car park's code in the note."""

from clinic.web import app

app.test_client().post(
    "/reminders/preview",
    data={"name": "Bo", "day": "Fri 6 March", "time": "14:15", "note": "Parking code {4417}, 50% off at the cafe"},
)
