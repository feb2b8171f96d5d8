"""Employees and their contracts (production reads them from the HR database).

Contract records, as HR's two systems have stored them:

* The old HR system (every contract signed before 2024) only had salaried contracts and
  no ``type`` column: ``{"annual_salary_cents": 4_160_000, "weekly_hours": 40}``.
* The new HR system (since January 2024) writes every column for every contract and
  adds ``type`` and ``hourly_rate_cents``. Salaried contracts (``"type": "salaried"``)
  look as before, with ``hourly_rate_cents`` 0. Zero-hours contracts
  (``"type": "hourly"``) have ``annual_salary_cents`` 0 and ``weekly_hours`` 0 (no
  contracted hours) and are paid ``hourly_rate_cents`` for every hour worked, with no
  overtime premium.

A record without ``type`` is salaried.
"""

from __future__ import annotations

from typing import Any

Employee = dict[str, Any]

_EMPLOYEES: dict[int, Employee] = {}


def reset() -> None:
    _EMPLOYEES.clear()
    _EMPLOYEES[7] = {
        "name": "Halima Yusuf",
        "contract": {"annual_salary_cents": 4_160_000, "weekly_hours": 40},
    }
    _EMPLOYEES[31] = {
        "name": "Kofi Mensah",
        "contract": {
            "type": "salaried",
            "annual_salary_cents": 2_080_000,
            "weekly_hours": 20,
            "hourly_rate_cents": 0,
        },
    }
    _EMPLOYEES[48] = {
        "name": "Sofia Lindqvist",
        "contract": {
            "type": "hourly",
            "annual_salary_cents": 0,
            "weekly_hours": 0,
            "hourly_rate_cents": 1450,
        },
    }


def get(employee_id: int) -> Employee | None:
    return _EMPLOYEES.get(employee_id)


reset()
