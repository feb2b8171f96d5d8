import pytest

from weatherdesk.compass import compass_point
from weatherdesk.readings import parse_upload
from weatherdesk.summary import daily_summary


@pytest.mark.parametrize(
    ("bearing", "point"),
    [(348.75, "N"), (350, "N"), (352, "N"), (359.9, "N"), (360, "N"), (0, "N"), (348.7, "NNW"), (337.5, "NNW")],
)
def test_north_sector_wraps_through_360(bearing: float, point: str) -> None:
    assert compass_point(bearing) == point


def test_northerly_day_prevails_north() -> None:
    upload = """taken_at,speed_kmh,gust_kmh,bearing
2024-11-18T06:00:00,21.0,34.0,5
2024-11-18T06:10:00,24.0,38.5,352
2024-11-18T06:20:00,22.0,36.0,357
2024-11-18T06:30:00,19.0,30.0,14
"""
    assert daily_summary(parse_upload(upload)) == {"mean_kmh": 21.5, "max_gust_kmh": 38.5, "prevailing": "N"}
