"""Demo data for a local run and the tests: `python -c "from repairs.demo import load; load()"`."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from repairs.models import Bike, Quote, RepairJob


def load() -> None:
    Quote.objects.all().delete()
    RepairJob.objects.all().delete()
    Bike.objects.all().delete()
    brompton = Bike.objects.create(id=1, owner="Priya", make="Brompton")
    trek = Bike.objects.create(id=2, owner="Tom", make="Trek FX 2")
    dawes = Bike.objects.create(id=3, owner="Lena", make="Dawes Galaxy")
    service = RepairJob.objects.create(
        id=1, bike=brompton, description="Annual service", booked_in=date(2024, 4, 2), status="ready"
    )
    wheel = RepairJob.objects.create(
        id=2, bike=trek, description="Buckled rear wheel", booked_in=date(2024, 4, 3), status="in_workshop"
    )
    RepairJob.objects.create(
        id=3, bike=dawes, description="Gears slipping, brakes squeal", booked_in=date(2024, 4, 4)
    )
    Quote.objects.create(
        job=service, total=Decimal("65.00"), created_at=datetime(2024, 4, 2, 10, tzinfo=timezone.utc), accepted=True
    )
    Quote.objects.create(
        job=wheel, total=Decimal("40.00"), created_at=datetime(2024, 4, 3, 9, tzinfo=timezone.utc)
    )
    Quote.objects.create(
        job=wheel, total=Decimal("85.50"), created_at=datetime(2024, 4, 3, 15, tzinfo=timezone.utc)
    )
