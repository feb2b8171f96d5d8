from django.test import Client


def test_thursday_has_all_six_lessons_at_their_bell_times() -> None:
    response = Client().get("/timetable/9C/thursday/")
    assert response.status_code == 200
    assert response.json()["lessons"] == [
        {"period": 1, "subject": "English", "room": "E2", "start": "08:50", "end": "09:45"},
        {"period": 2, "subject": "Maths", "room": "M4", "start": "09:45", "end": "10:40"},
        {"period": 3, "subject": "Computing", "room": "IT3", "start": "11:00", "end": "11:55"},
        {"period": 4, "subject": "French", "room": "L3", "start": "11:55", "end": "12:50"},
        {"period": 5, "subject": "RE", "room": "H2", "start": "13:35", "end": "14:30"},
        {"period": 6, "subject": "Drama", "room": "Studio", "start": "14:30", "end": "15:25"},
    ]


def test_lesson_times_match_the_bells() -> None:
    client = Client()
    for form, weekday in (("9C", "monday"), ("11A", "monday"), ("11A", "tuesday")):
        for row in client.get(f"/timetable/{form}/{weekday}/").json()["lessons"]:
            bell = client.get(f"/bells/{row['period']}/").json()
            assert (row["start"], row["end"]) == (bell["start"], bell["end"]), (form, weekday, row)
