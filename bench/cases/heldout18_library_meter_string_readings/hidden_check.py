from datetime import date
from decimal import Decimal

from meterkit.billing import Tariff, monthly_bill
from meterkit.readings import Reading, parse, parse_all
from meterkit.usage import consumption_kwh, daily_profile

TARIFF = Tariff(unit_rate=Decimal("0.2450"), standing_charge=Decimal("0.5300"))

FIRST_GENERATION = [
    {"meter": "E-0412", "day": "2024-05-02", "kwh": "18250.1"},
    {"meter": "E-0412", "day": "2024-05-01", "kwh": "18234.6"},
    {"meter": "E-0412", "day": "2024-05-03", "kwh": "18271.35"},
]

UPGRADED_MID_MONTH = [
    {"meter": "E-0977", "day": "2024-05-01", "kwh": "7100.4"},
    {"meter": "E-0977", "day": "2024-05-02", "kwh": "7109.9"},
    {"meter": "E-0977", "day": "2024-05-03", "kwh": 7121.4},
    {"meter": "E-0977", "day": "2024-05-04", "kwh": 7130.0},
]


def test_a_string_register_is_read_as_a_number() -> None:
    reading = parse({"meter": "E-0412", "day": "2024-05-01", "kwh": "18234.6"})
    assert reading == Reading("E-0412", date(2024, 5, 1), 18234.6)
    assert isinstance(reading.kwh, float)


def test_first_generation_meter_is_billed() -> None:
    readings = parse_all(FIRST_GENERATION)
    assert consumption_kwh(readings) == 36.75
    assert daily_profile(readings) == [("2024-05-02", 15.5), ("2024-05-03", 21.25)]
    assert monthly_bill(FIRST_GENERATION, TARIFF) == Decimal("10.06")


def test_meter_upgraded_in_the_middle_of_the_month() -> None:
    readings = parse_all(UPGRADED_MID_MONTH)
    assert consumption_kwh(readings) == 29.6
    assert daily_profile(readings) == [
        ("2024-05-02", 9.5),
        ("2024-05-03", 11.5),
        ("2024-05-04", 8.6),
    ]
    assert monthly_bill(UPGRADED_MID_MONTH, TARIFF) == Decimal("8.84")
