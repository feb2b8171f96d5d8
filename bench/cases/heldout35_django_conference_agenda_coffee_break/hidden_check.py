from django.test import Client


def test_main_day_lists_breaks_with_a_null_speaker() -> None:
    response = Client().get("/agenda/2025-10-03/")
    assert response.status_code == 200
    slots = response.json()["slots"]
    assert [slot["title"] for slot in slots] == [
        "Keynote: fifteen years of timetables",
        "Coffee",
        "Async without tears",
        "Lunch",
        "Packaging in 2025",
    ]
    assert slots[1] == {"start": "09:45", "end": "10:15", "room": "Foyer", "title": "Coffee", "speaker": None}
    assert slots[3]["speaker"] is None
    assert slots[0]["speaker"] == {"name": "Mei Tanaka", "affiliation": "Northern Rail Data"}
    assert slots[2]["speaker"] == {"name": "Amara Okafor", "affiliation": "Tidewater Labs"}


def test_workshop_day_unchanged() -> None:
    slots = Client().get("/agenda/2025-10-02/").json()["slots"]
    assert [slot["speaker"]["name"] for slot in slots] == ["Lukas Brandt", "Sofia Reyes"]
