"""The billing clerk opens May's invoice to Kestrel Health. One visit was booked through
the new online form, which leaves the fee empty."""

import os
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinicsite.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from billing.models import Appointment, Patient, Practitioner  # noqa: E402

call_command("migrate", verbosity=0)
london = ZoneInfo("Europe/London")
osei = Practitioner.objects.create(name="Dr Amara Osei", standard_fee=Decimal("85.00"))
lindqvist = Practitioner.objects.create(name="Dr Felix Lindqvist", standard_fee=Decimal("120.00"))
noor = Patient.objects.create(name="Noor Haddad", insurer="KESTREL", policy_number="K123456782")
lena = Patient.objects.create(name="Lena Vogt", insurer="KESTREL", policy_number="K30561275X")
Appointment.objects.create(
    patient=noor, practitioner=osei, start=datetime(2024, 5, 3, 9, 30, tzinfo=london),
    status="attended", fee=Decimal("85.00"),
)
Appointment.objects.create(
    patient=lena, practitioner=lindqvist, start=datetime(2024, 5, 9, 14, 0, tzinfo=london),
    status="attended",
)

Client().get("/insurers/KESTREL/invoices/2024/5/")
