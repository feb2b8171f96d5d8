from datetime import datetime

from kiln.booking import Load, rota
from kiln.schedule import PRESETS, Segment, controller_lines, firing_minutes


def test_bisque_firing_time() -> None:
    # 20 -> 600 at 80/h is 435 min, 600 -> 1000 at 150/h is 160 min, plus a 10 min hold
    assert firing_minutes(PRESETS["bisque"]) == 605


def test_controlled_cooling_counts_too() -> None:
    assert firing_minutes([Segment(300, 1000), Segment(150, 850, 30)], start=1000) == 90


def test_controller_lines_for_a_glaze_firing() -> None:
    assert controller_lines(PRESETS["glaze"]) == ["100 120 60", "FULL 1000 0", "60 1220 15"]


def test_rota_orders_loads_and_says_when_ready() -> None:
    loads = [
        Load("Priya", "bisque", datetime(2024, 4, 6, 8, 0)),
        Load("Sam", "lustre", datetime(2024, 4, 5, 9, 0)),
    ]
    assert rota(loads) == [
        "Fri 05 Apr 09:00  Sam          lustre  ready Sat 03:10",
        "Sat 06 Apr 08:00  Priya        bisque  ready Sun 06:05",
    ]
    assert loads[1].low_fire and not loads[0].low_fire
