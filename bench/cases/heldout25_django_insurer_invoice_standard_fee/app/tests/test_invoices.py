from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.test import Client

from billing.models import Appointment, Patient, Practitioner

LONDON = ZoneInfo("Europe/London")


def test_invoice_lists_the_attended_visits_of_the_month() -> None:
    osei = Practitioner.objects.create(name="Dr Amara Osei", standard_fee=Decimal("85.00"))
    noor = Patient.objects.create(name="Noor Haddad", insurer="KESTREL", policy_number="K123456782")
    ivo = Patient.objects.create(name="Ivo Brandt", insurer="ATLAS", policy_number="A305612748")
    first = Appointment.objects.create(
        patient=noor, practitioner=osei, start=datetime(2024, 5, 3, 9, 30, tzinfo=LONDON),
        status="attended", fee=Decimal("85.00"),
    )
    follow_up = Appointment.objects.create(
        patient=noor, practitioner=osei, start=datetime(2024, 5, 17, 10, 0, tzinfo=LONDON),
        status="attended", fee=Decimal("0"),
    )
    Appointment.objects.create(
        patient=noor, practitioner=osei, start=datetime(2024, 5, 24, 10, 0, tzinfo=LONDON),
        status="cancelled", fee=Decimal("85.00"),
    )
    Appointment.objects.create(
        patient=ivo, practitioner=osei, start=datetime(2024, 5, 6, 11, 0, tzinfo=LONDON),
        status="attended", fee=Decimal("85.00"),
    )
    response = Client().get("/insurers/KESTREL/invoices/2024/5/")
    assert response.status_code == 200
    invoice = response.json()
    assert invoice["month"] == "2024-05"
    assert [line["appointment"] for line in invoice["lines"]] == [first.id, follow_up.id]
    assert [line["amount"] for line in invoice["lines"]] == ["85.00", "0.00"]
    assert invoice["lines"][0]["policy"] == "K123456782"
    assert invoice["total"] == "85.00"


def test_month_without_visits() -> None:
    invoice = Client().get("/insurers/ATLAS/invoices/2024/2/").json()
    assert invoice == {"insurer": "ATLAS", "month": "2024-02", "lines": [], "total": "0.00"}
