import pytest
from django.test import Client

from halls.models import Hall, Seat
from halls.rows import row_label


@pytest.fixture
def studio() -> Hall:
    Hall.objects.all().delete()
    hall = Hall.objects.create(name="Studio")
    for row in "CAB":
        for number in (2, 1, 3):
            Seat.objects.create(hall=hall, row=row, number=number, sold=(row, number) == ("B", 2))
    return hall


def test_seat_map_front_to_back(studio: Hall) -> None:
    data = Client().get(f"/halls/{studio.pk}/seat-map/").json()
    assert data["hall"] == "Studio"
    assert [r["row"] for r in data["rows"]] == ["A", "B", "C"]
    assert data["rows"][1]["seats"] == [
        {"number": 1, "free": True},
        {"number": 2, "free": False},
        {"number": 3, "free": True},
    ]


def test_free_seats_in_a_row(studio: Hall) -> None:
    assert Client().get(f"/halls/{studio.pk}/rows/b/").json() == {"row": "B", "free": [1, 3]}


def test_unknown_hall() -> None:
    assert Client().get("/halls/999/seat-map/").status_code == 404


def test_row_labels() -> None:
    assert [row_label(i) for i in (0, 25, 26, 27, 30, 51, 52)] == ["A", "Z", "AA", "AB", "AE", "AZ", "BA"]
