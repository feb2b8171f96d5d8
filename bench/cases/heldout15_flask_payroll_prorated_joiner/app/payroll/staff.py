"""The staff register (HR's system exports it nightly; a dict stands in for it here)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from payroll.salary import Employee

STAFF: dict[str, Employee] = {
    e.id: e
    for e in [
        Employee("E-101", "Ines Duarte", Decimal("4200.00"), date(2019, 9, 2)),
        Employee("E-117", "Tomasz Wrona", Decimal("3100.00"), date(2021, 1, 4), date(2024, 3, 15)),
        Employee("E-204", "Amara Okafor", Decimal("3100.00"), date(2024, 3, 18)),
        Employee("E-205", "Leif Sandberg", Decimal("2900.00"), date(2024, 2, 12)),
    ]
}
