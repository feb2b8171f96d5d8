from datetime import date
from decimal import Decimal

from meterkit.billing import Tariff, monthly_bill
from meterkit.readings import Reading, parse_all
from meterkit.usage import consumption_kwh, daily_profile

TARIFF = Tariff(unit_rate=Decimal("0.2450"), standing_charge=Decimal("0.5300"))

MESSAGES = [
    {"meter": "E-2210", "day": "2024-05-03", "kwh": 5031.0},
    {"meter": "E-2210", "day": "2024-05-01", "kwh": 5000.5},
    {"meter": "E-2210", "day": "2024-05-02", "kwh": 5012.25},
]


def test_readings_come_oldest_first() -> None:
    readings = parse_all(MESSAGES)
    assert readings[0] == Reading("E-2210", date(2024, 5, 1), 5000.5)
    assert [r.day.day for r in readings] == [1, 2, 3]


def test_consumption_and_profile() -> None:
    readings = parse_all(MESSAGES)
    assert consumption_kwh(readings) == 30.5
    assert daily_profile(readings) == [("2024-05-02", 11.75), ("2024-05-03", 18.75)]


def test_single_reading_used_nothing() -> None:
    assert consumption_kwh(parse_all(MESSAGES[:1])) == 0.0


def test_monthly_bill() -> None:
    # 30.5 kWh at 0.245 plus two days' standing charge
    assert monthly_bill(MESSAGES, TARIFF) == Decimal("8.53")


def test_no_readings_no_bill() -> None:
    assert monthly_bill([], TARIFF) == Decimal("0.00")
