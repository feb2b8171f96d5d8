from datetime import date

from django.test import Client

from prescriptions.models import Prescription


def make(**fields) -> Prescription:
    values = {"patient": "Edith Cole", "medicine": "Ramipril 5mg", "written_on": date(2024, 1, 8)}
    values.update(fields)
    return Prescription.objects.create(**values)


def test_refill_after_a_collection() -> None:
    rx = make(last_collected=date(2024, 2, 1))
    body = Client().get(f"/prescriptions/{rx.pk}/refill/").json()
    assert body == {
        "id": rx.pk,
        "patient": "Edith Cole",
        "medicine": "Ramipril 5mg",
        "due": "2024-02-29",
        "overdue": True,
    }


def test_longer_supply() -> None:
    rx = make(last_collected=date(2024, 3, 1), days_supply=56)
    assert rx.refill_due() == date(2024, 4, 26)


def test_unknown_prescription() -> None:
    assert Client().get("/prescriptions/404/refill/").status_code == 404


def test_due_list_cutoff() -> None:
    make(patient="Ann Holt", last_collected=date(2024, 5, 1))
    make(patient="Bill Shaw", last_collected=date(2024, 5, 20))
    body = Client().get("/prescriptions/due/?on=2024-06-01").json()
    assert body["on"] == "2024-06-01"
    assert [r["patient"] for r in body["due"]] == ["Ann Holt"]
