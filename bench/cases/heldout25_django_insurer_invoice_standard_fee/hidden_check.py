from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.test import Client

from billing.models import Appointment, Patient, Practitioner

LONDON = ZoneInfo("Europe/London")


def test_visit_without_a_fee_bills_the_practitioners_standard_fee() -> None:
    osei = Practitioner.objects.create(name="Dr Amara Osei", standard_fee=Decimal("85.00"))
    lindqvist = Practitioner.objects.create(name="Dr Felix Lindqvist", standard_fee=Decimal("120.00"))
    noor = Patient.objects.create(name="Noor Haddad", insurer="KESTREL", policy_number="K123456782")
    lena = Patient.objects.create(name="Lena Vogt", insurer="KESTREL", policy_number="K30561275X")
    Appointment.objects.create(
        patient=noor, practitioner=osei, start=datetime(2024, 5, 3, 9, 30, tzinfo=LONDON),
        status="attended", fee=Decimal("70.00"),
    )
    Appointment.objects.create(
        patient=lena, practitioner=lindqvist, start=datetime(2024, 5, 9, 14, 0, tzinfo=LONDON),
        status="attended",
    )
    Appointment.objects.create(
        patient=lena, practitioner=lindqvist, start=datetime(2024, 5, 23, 14, 0, tzinfo=LONDON),
        status="attended", fee=Decimal("0"),
    )
    response = Client().get("/insurers/KESTREL/invoices/2024/5/")
    assert response.status_code == 200
    invoice = response.json()
    assert [(line["patient"], line["amount"]) for line in invoice["lines"]] == [
        ("Noor Haddad", "70.00"),
        ("Lena Vogt", "120.00"),
        ("Lena Vogt", "0.00"),
    ]
    assert invoice["total"] == "190.00"
