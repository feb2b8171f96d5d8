from django.test import Client


def test_workshop_day() -> None:
    response = Client().get("/agenda/2025-10-02/")
    assert response.status_code == 200
    slots = response.json()["slots"]
    assert [slot["title"] for slot in slots] == ["Workshop: typing a legacy codebase", "Workshop: your first Django app"]
    assert slots[1]["speaker"] == {"name": "Sofia Reyes", "affiliation": "University of Leeds"}


def test_no_programme_on_sunday() -> None:
    assert Client().get("/agenda/2025-10-05/").status_code == 404


def test_speaker_page_lists_talks() -> None:
    response = Client().get("/speakers/lukas-brandt/")
    assert response.json() == {
        "name": "Lukas Brandt",
        "affiliation": "Freelance",
        "talks": [
            {"day": "2025-10-02", "start": "09:30", "title": "Workshop: typing a legacy codebase"},
            {"day": "2025-10-03", "start": "13:30", "title": "Packaging in 2025"},
        ],
    }


def test_unknown_speaker() -> None:
    assert Client().get("/speakers/nobody/").status_code == 404
