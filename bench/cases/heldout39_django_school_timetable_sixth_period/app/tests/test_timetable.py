from django.test import Client


def test_bell_times() -> None:
    assert Client().get("/bells/3/").json() == {"period": 3, "start": "11:00", "end": "11:55"}
    assert Client().get("/bells/9/").status_code == 404


def test_wednesday_subjects() -> None:
    body = Client().get("/timetable/9C/Wednesday/").json()
    assert body["day"] == "wednesday"
    assert [(row["period"], row["subject"], row["room"]) for row in body["lessons"]] == [
        (1, "Science", "S1"),
        (2, "Science", "S1"),
        (3, "Geography", "G2"),
        (4, "Music", "Mu1"),
    ]


def test_day_without_lessons_for_that_form() -> None:
    assert Client().get("/timetable/11A/friday/").json()["lessons"] == []


def test_unknown_form_or_day() -> None:
    assert Client().get("/timetable/7Z/monday/").status_code == 404
    assert Client().get("/timetable/9C/saturday/").status_code == 404
