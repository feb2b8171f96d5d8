from datetime import date

from django.test import Client

from prescriptions.models import Prescription


def test_never_collected_is_due_from_the_day_it_was_written() -> None:
    rx = Prescription.objects.create(
        patient="Rosa Diaz", medicine="Levothyroxine 50mcg", written_on=date(2024, 9, 2), last_collected=None
    )
    assert rx.refill_due() == date(2024, 9, 2)
    response = Client().get(f"/prescriptions/{rx.pk}/refill/")
    assert response.status_code == 200
    assert response.json() == {
        "id": rx.pk,
        "patient": "Rosa Diaz",
        "medicine": "Levothyroxine 50mcg",
        "due": "2024-09-02",
        "overdue": True,
    }


def test_due_list_includes_new_prescriptions() -> None:
    Prescription.objects.create(patient="Ann Holt", medicine="Metformin", written_on=date(2024, 4, 1), last_collected=date(2024, 5, 1))
    Prescription.objects.create(patient="Cara Bell", medicine="Sertraline", written_on=date(2024, 5, 28))
    Prescription.objects.create(patient="Dev Rao", medicine="Atorvastatin", written_on=date(2024, 6, 10))
    body = Client().get("/prescriptions/due/?on=2024-06-01").json()
    assert [(r["patient"], r["due"]) for r in body["due"]] == [("Ann Holt", "2024-05-29"), ("Cara Bell", "2024-05-28")]


def test_collected_prescriptions_unchanged() -> None:
    rx = Prescription.objects.create(patient="Edith Cole", medicine="Ramipril 5mg", written_on=date(2024, 1, 8), last_collected=date(2024, 2, 1))
    assert rx.refill_due() == date(2024, 2, 29)
