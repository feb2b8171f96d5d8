import pytest
from django.test import Client

from halls.models import Hall, Seat


@pytest.fixture
def grand_hall() -> Hall:
    Hall.objects.all().delete()
    hall = Hall.objects.create(name="Grand Hall")
    labels = [chr(ord("A") + i) for i in range(26)] + ["AA", "AB", "AC", "AD", "AE"]
    for label in reversed(labels):
        for number in (2, 1):
            Seat.objects.create(hall=hall, row=label, number=number, sold=(label, number) == ("AB", 1))
    return hall


def test_rows_past_z_come_after_z(grand_hall: Hall) -> None:
    response = Client().get(f"/halls/{grand_hall.pk}/seat-map/")
    assert response.status_code == 200
    rows = response.json()["rows"]
    labels = [r["row"] for r in rows]
    assert len(labels) == 31
    assert labels[:3] == ["A", "B", "C"]
    assert labels[24:] == ["Y", "Z", "AA", "AB", "AC", "AD", "AE"]
    assert rows[27]["seats"] == [{"number": 1, "free": False}, {"number": 2, "free": True}]

