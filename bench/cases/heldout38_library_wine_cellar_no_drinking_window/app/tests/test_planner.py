from cellarbook.bottles import Bottle, is_past_peak, is_ready
from cellarbook.planner import drink_now, keep

BAROLO = Bottle("Barolo", 2016, 3, 2024, 2036)
RIOJA = Bottle("Rioja Reserva", 2015, 2, 2020, 2026)
SANCERRE = Bottle("Sancerre", 2021, 6, 2022, 2025)
PORT = Bottle("Vintage Port", 2017, 1, 2030, None)


def test_window() -> None:
    assert is_ready(BAROLO, 2025)
    assert not is_ready(PORT, 2025)
    assert is_past_peak(SANCERRE, 2026)
    assert not is_past_peak(PORT, 2090)


def test_drink_now_order() -> None:
    assert drink_now([BAROLO, RIOJA, SANCERRE, PORT], 2025) == [SANCERRE, RIOJA, BAROLO]


def test_keep() -> None:
    assert keep([BAROLO, PORT], 2025) == [PORT]
