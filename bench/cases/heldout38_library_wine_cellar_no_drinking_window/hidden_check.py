from cellarbook.bottles import Bottle, is_ready
from cellarbook.planner import drink_now, keep

BAROLO = Bottle("Barolo", 2016, 3, 2024, 2036)
RIOJA = Bottle("Rioja Reserva", 2015, 2, 2020, 2026)
PICPOUL = Bottle("Picpoul de Pinet", 2023, 6)
CAVA = Bottle("Cava", 2022, 4, None, 2026)
PORT = Bottle("Vintage Port", 2017, 1, 2030, None)


def test_bottle_without_a_window_is_ready_now() -> None:
    assert is_ready(PICPOUL, 2025) is True
    assert is_ready(CAVA, 1990) is True


def test_drink_now_includes_bottles_without_a_start() -> None:
    assert drink_now([BAROLO, PICPOUL, RIOJA, CAVA, PORT], 2025) == [RIOJA, CAVA, BAROLO, PICPOUL]


def test_keep_leaves_them_out() -> None:
    assert keep([BAROLO, PICPOUL, PORT, CAVA], 2025) == [PORT]
