from datetime import datetime

from kiln.booking import Load, rota
from kiln.schedule import KILN_MAX_RATE, PRESETS, Segment, firing_minutes


def test_full_ramp_climbs_at_the_kilns_maximum_rate() -> None:
    assert KILN_MAX_RATE == 500
    assert firing_minutes([Segment(None, 520)]) == 60
    assert firing_minutes([Segment(None, 270, 20), Segment(100, 300)]) == 68


def test_glaze_firing_and_its_rota_line() -> None:
    # 60 min to 120 + 60 min hold, 880 degrees at full (500/h) 105.6 min, 220 at 60/h + 15
    assert firing_minutes(PRESETS["glaze"]) == 461
    load = Load("Ana", "glaze", datetime(2024, 4, 5, 18, 0))
    assert load.ready_at == datetime(2024, 4, 6, 13, 41)
    assert rota([load]) == ["Fri 05 Apr 18:00  Ana          glaze   ready Sat 13:41"]


def test_controlled_ramps_unchanged() -> None:
    assert firing_minutes(PRESETS["bisque"]) == 605
    assert firing_minutes(PRESETS["lustre"]) == 370
